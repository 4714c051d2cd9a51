import { describe, expect, it } from "vitest";
import { InvalidOptionsError, resolveEndpointSettings, SigningSecretUndefinedError } from "../src/index.js";
import { slackSignatureScheme, standardWebhooksSignatureScheme } from "../src/webhooks/stock-schemes.js";

const origin = { service: { name: "Acme" }, integrationId: "acme" };
const declaration = {
  call: "acme.webhooks.endpoint()",
  exampleId: "acme-webhooks",
  secretOption: "secret",
  env: "ACME_WEBHOOK_SECRET_UNSET_IN_TESTS",
  scheme: standardWebhooksSignatureScheme,
};

describe("resolveEndpointSettings", () => {
  it("takes the id and a secret the scheme can use", () => {
    const secret = `whsec_${Buffer.from("a signing key of 24 bytes").toString("base64")}`;
    expect(resolveEndpointSettings(origin, { id: "acme-webhooks", secret } as object, declaration)).toEqual({
      id: "acme-webhooks",
      secret,
    });
  });

  it("refuses a secret the scheme cannot decode when declared, without echoing it", () => {
    const secret = "whsec_not*base64!";
    const declare = () => resolveEndpointSettings(origin, { id: "acme-webhooks", secret } as object, declaration);
    expect(declare).toThrow(InvalidOptionsError);
    expect(declare).toThrow(/Acme integration \(acme\).*acme\.webhooks\.endpoint\(\).*not a whsec_<base64> secret/);
    expect(() => declare()).not.toThrow(new RegExp(secret.replace(/[*!]/g, "\\$&")));
  });

  it("accepts any text under a scheme that keys with the secret as it is (Slack)", () => {
    const settings = resolveEndpointSettings(origin, { id: "s", secret: "not*base64!" } as object, {
      ...declaration,
      scheme: slackSignatureScheme,
    });
    expect(settings.secret).toBe("not*base64!");
  });

  it("still refuses an empty secret and a missing id", () => {
    expect(() => resolveEndpointSettings(origin, { id: "x", secret: "" } as object, declaration)).toThrow(
      SigningSecretUndefinedError,
    );
    expect(() => resolveEndpointSettings(origin, {} as object, declaration)).toThrow(/needs an `id`/);
  });
});
