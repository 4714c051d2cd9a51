/**
 * `pnpm pack:all [dir]`: every publishable package as a tarball in one folder (`packed/` at the
 * repository root by default), for installing them in an app before they are on a registry.
 */
import { join, relative, resolve } from "node:path";
import { packAll } from "./pack-all.js";

const root = join(import.meta.dirname, "..", "..", "..");
const outDir = resolve(process.env.INIT_CWD ?? root, process.argv[2] ?? join(root, "packed"));

const packed = await packAll(root, outDir);
const shown = (path: string) => relative(process.env.INIT_CWD ?? root, path) || ".";
for (const pkg of packed) console.log(`${pkg.name}@${pkg.version}  ${shown(pkg.tarball)}`);
console.log(
  `\n${packed.length} tarballs in ${outDir}. In your app:\n  npm install ${outDir}/*.tgz @trigger.dev/sdk@^2.3.0`,
);
