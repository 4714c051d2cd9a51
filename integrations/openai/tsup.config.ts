import { packageBuild } from "@acme/tsup-config";

export default packageBuild();
