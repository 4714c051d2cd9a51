import type { Options } from "tsup";

/** The build every publishable package uses; `overrides` adds entries or package-specific settings. */
export declare function packageBuild(overrides?: Options): Options | Options[];
