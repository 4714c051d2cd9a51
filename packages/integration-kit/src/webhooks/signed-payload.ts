import type { SignatureScheme } from "./signature-scheme.js";

type Piece = { readonly literal: string } | { readonly field: "body" | "timestamp" | "id" };

const templates = new WeakMap<SignatureScheme, readonly Piece[]>();

/** `"v0:{timestamp}:{body}"` as pieces, parsed once per scheme. */
function piecesOf(scheme: SignatureScheme): readonly Piece[] {
  let pieces = templates.get(scheme);
  if (!pieces) {
    pieces = scheme.signedPayload
      .split(/(\{body\}|\{timestamp\}|\{id\})/)
      .filter((text) => text !== "")
      .map((text) =>
        text === "{body}" || text === "{timestamp}" || text === "{id}"
          ? { field: text.slice(1, -1) as "body" | "timestamp" | "id" }
          : { literal: text },
      );
    templates.set(scheme, pieces);
  }
  return pieces;
}

/** The text a scheme signs, in parts (the body is never copied or re-encoded). */
export function signedParts(
  scheme: SignatureScheme,
  values: { readonly body: string | Uint8Array; readonly timestamp: string; readonly id: string },
): (string | Uint8Array)[] {
  return piecesOf(scheme).map((piece) => ("literal" in piece ? piece.literal : values[piece.field]));
}
