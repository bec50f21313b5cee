import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEmbedLinkSigner } from "./embed-link";
import { createSecretBox } from "./sealed-secret";
import { deriveKey } from "./secret-keys";

const secret = "k".repeat(40);
const signer = createEmbedLinkSigner(deriveKey(secret, "embed-link/v1"));

/** Replaces the character at `index` with a different base64url character. */
function flip(text: string, index: number): string {
  const replacement = text[index] === "A" ? "B" : "A";
  return `${text.slice(0, index)}${replacement}${text.slice(index + 1)}`;
}

describe("embed link ids", () => {
  it("are 128-bit random ids whose signed form verifies back to the id", () => {
    const id = signer.newId();
    expect(Buffer.from(id, "base64url")).toHaveLength(16);
    expect(signer.newId()).not.toBe(id);
    expect(signer.verify(signer.sign(id))).toBe(id);
  });

  it("refuses a token with any character of its id or signature changed", () => {
    const token = signer.sign(signer.newId());
    fc.assert(
      fc.property(fc.integer({ min: 0, max: token.length - 1 }), (index) => {
        fc.pre(token[index] !== ".");
        expect(signer.verify(flip(token, index))).toBeNull();
      }),
      { numRuns: 80 },
    );
  });

  it("refuses malformed tokens and tokens signed with another secret", () => {
    const id = signer.newId();
    const token = signer.sign(id);
    const [, signature = ""] = token.split(".");
    const other = createEmbedLinkSigner(deriveKey("o".repeat(40), "embed-link/v1"));
    // The credential key derived from the same secret is a different key.
    const sibling = createEmbedLinkSigner(deriveKey(secret, "embed-credential/v1"));
    for (const bad of [
      "",
      id,
      `${id}.`,
      `.${signature}`,
      `${token}.x`,
      `${id}.${signature.slice(0, -1)}`,
      `${id}=.${signature}`,
      other.sign(id),
      sibling.sign(id),
    ]) {
      expect(signer.verify(bad)).toBeNull();
    }
  });
});

describe("sealed secrets", () => {
  const box = createSecretBox(deriveKey(secret, "embed-credential/v1"));

  it("open with the same key and associated data only", () => {
    const sealed = box.seal("s2-token", "record-1");
    expect(sealed).not.toContain("s2-token");
    expect(box.open(sealed, "record-1")).toBe("s2-token");
    expect(box.open(sealed, "record-2")).toBeNull();
    expect(
      createSecretBox(deriveKey("o".repeat(40), "embed-credential/v1")).open(sealed, "record-1"),
    ).toBeNull();
    const [version, iv, ciphertext, tag] = sealed.split(".");
    expect(box.open([version, iv, flip(ciphertext ?? "", 0), tag].join("."), "record-1")).toBeNull();
    expect(box.open([version, iv, ciphertext, flip(tag ?? "", 3)].join("."), "record-1")).toBeNull();
    expect(box.open(`${sealed}.extra`, "record-1")).toBeNull();
    expect(box.open("v2.a.b.c", "record-1")).toBeNull();
  });

  it("seal one value differently each time", () => {
    expect(box.seal("s2-token", "record-1")).not.toBe(box.seal("s2-token", "record-1"));
  });
});
