import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");

/** Tool versions come from the kit, so a new integration builds with exactly what the repo uses. */
function kitVersions() {
  const kit = JSON.parse(readFileSync(join(root, "packages/integration-kit/package.json"), "utf8"));
  const { peerDependencies: peer, devDependencies: dev } = kit;
  return {
    sdkPeer: peer["@trigger.dev/sdk"],
    sdk: dev["@trigger.dev/sdk"],
    attw: dev["@arethetypeswrong/cli"],
    typesNode: dev["@types/node"],
    publint: dev.publint,
    tsup: dev.tsup,
    typescript: dev.typescript,
    vitest: dev.vitest,
  };
}

const SERVICE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const ENV_VAR = /^[A-Z][A-Z0-9_]*$/;

const AUTH_KINDS = [
  { name: "an API token (LOCAL) or OAuth managed by Trigger.dev (HOSTED)", value: "both" },
  { name: "an API token only (LOCAL)", value: "local" },
  { name: "OAuth managed by Trigger.dev only (HOSTED)", value: "hosted" },
];

/** `GOOGLE_SHEETS` for `google-sheets`. */
const constantCase = (service) => service.toUpperCase().replace(/-/g, "_");

/**
 * Reads an auth kind given on the command line. Plop's own check only says the value was not
 * recognised; this one lists the values it takes.
 */
function authBypass(value) {
  const kind = AUTH_KINDS.find((choice) => choice.value === value.trim().toLowerCase());
  if (kind) return kind.value;
  throw new Error(`use one of: ${AUTH_KINDS.map((choice) => `${choice.value} (${choice.name})`).join(", ")}`);
}

/** The vendor SDK's current version, pinned exactly as the repo pins everything; "*" when the registry cannot say. */
function latestVersion(pkg) {
  try {
    return execFileSync("npm", ["view", pkg, "version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "*";
  }
}

/** @param {import("plop").NodePlopAPI} plop */
export default function generator(plop) {
  plop.setGenerator("integration", {
    description: "A new @acme/<service> integration: class, one task, contract suite, README, changeset",
    prompts: [
      {
        type: "input",
        name: "service",
        message: "Service id (kebab-case; the package becomes @acme/<service>):",
        validate: (value) => {
          if (!SERVICE_ID.test(value))
            return "Use lower-case letters, digits and single dashes, starting with a letter (e.g. google-sheets).";
          if (existsSync(join(root, "integrations", value))) return `integrations/${value} already exists.`;
          return true;
        },
      },
      {
        type: "input",
        name: "displayName",
        message: "Display name (shown in messages and the dashboard):",
        default: ({ service }) =>
          service
            .split("-")
            .map((word) => word[0].toUpperCase() + word.slice(1))
            .join(" "),
      },
      {
        type: "input",
        name: "sdk",
        message: "Vendor SDK npm package, or none to use the kit's JSON HTTP client:",
        default: "none",
        filter: (value) => (value.trim() === "" || value.trim() === "none" ? "" : value.trim()),
      },
      {
        type: "list",
        name: "auth",
        message: "How do users authenticate?",
        choices: AUTH_KINDS,
        default: "both",
        bypass: authBypass,
      },
      {
        type: "input",
        name: "apiUrl",
        message: "The service's API root URL:",
        default: ({ service }) => `https://api.${service.replace(/-/g, "")}.com`,
      },
      {
        type: "input",
        name: "tokenEnv",
        message:
          "Environment variable users keep the credential in (errors name it; use the service's own docs' name):",
        default: ({ service, auth }) => `${constantCase(service)}_${auth === "hosted" ? "ACCESS_TOKEN" : "API_KEY"}`,
        validate: (value) =>
          ENV_VAR.test(value.trim()) ||
          "Use upper-case letters, digits and underscores, starting with a letter (e.g. RESEND_API_KEY).",
        filter: (value) => value.trim(),
      },
    ],
    actions: (answers) => {
      const data = {
        versions: kitVersions(),
        className: plop.getHelper("pascalCase")(answers.service),
        tokenEnv: answers.tokenEnv,
        sdkVersion: answers.sdk ? latestVersion(answers.sdk) : undefined,
        local: answers.auth !== "hosted",
        hosted: answers.auth !== "local",
      };
      return [
        {
          type: "addMany",
          destination: join(root, "integrations", "{{service}}"),
          base: "templates/integration",
          templateFiles: "templates/integration/**/*",
          globOptions: { dot: true },
          data,
        },
        {
          type: "add",
          path: join(root, ".changeset", "{{service}}-integration.md"),
          templateFile: "templates/changeset.md.hbs",
          data,
        },
        // Names vary in length: let the repo's formatter lay out what the templates wrote.
        () => {
          const biome = join(root, "node_modules", ".bin", "biome");
          execFileSync(biome, ["check", "--write", join("integrations", answers.service)], {
            cwd: root,
            stdio: "pipe",
          });
          return "formatted with biome";
        },
        () =>
          `Next: pnpm install && pnpm turbo run build lint typecheck test --filter=@acme/${answers.service}` +
          (answers.sdk ? `, then build ${answers.sdk}'s client in createClient` : ""),
      ];
    },
  });
}
