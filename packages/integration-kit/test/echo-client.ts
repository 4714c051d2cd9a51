import { type ClientSettings, JsonHttpClient, type ServiceClientOptions, serviceClient } from "../src/index.js";
import { Things } from "./echo-integration.js";

/** Counts the vendor clients built, by token, so tests can see the per-token cache. */
export const built: string[] = [];

/** The smallest real plain client, built as a generated service's is: one group, one alias. */
export const EchoClient = serviceClient({
  service: { id: "echo", name: "Echo", icon: "echo", tokenEnv: "ECHO_TOKEN" },
  createClient: (token: string, { options, timeoutMs }: ClientSettings<ServiceClientOptions & { baseUrl: string }>) => {
    built.push(token);
    return new JsonHttpClient({ baseUrl: options.baseUrl, headers: { authorization: `Bearer ${token}` }, timeoutMs });
  },
  groups: { things: Things<"call"> },
  aliases: { getThing: "things.get", listThings: "things.list" },
});
