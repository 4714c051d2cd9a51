// `@acme/integration-kit/client`: what every integration's `/client` entry re-exports beside its
// own client (`export * from "@acme/integration-kit/client"`), so v4 users import the hook and the
// error from one place. Imported by package name so the classes are the main entry's own.
export {
  type CatchErrorAnswer,
  type CatchErrorParams,
  catchServiceError,
  chainCatchError,
  ServiceError,
} from "@acme/integration-kit";
