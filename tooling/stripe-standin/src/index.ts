export type { ParamProblem } from "./check-params.js";
export type { ForcedFailure } from "./forced-failure.js";
export { type FormParams, type FormValue, parseFormParams } from "./form-params.js";
export { PLATFORM, type StripeObject } from "./object-store.js";
export type { Schema } from "./schema.js";
export {
  loadStripeApiDescription,
  type OperationKind,
  type StripeApiDescription,
  type StripeOperation,
} from "./stripe-api-description.js";
export {
  type StandInRequest,
  type StripeStandIn,
  type StripeStandInOptions,
  startStripeStandIn,
} from "./stripe-stand-in.js";
export { DECLINING_CARDS } from "./test-cards.js";
