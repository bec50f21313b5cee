import { describe, expect, it } from "vitest";
import { embedDiagnostics } from "./diagnostics";

const SECRET = "do-not-show-this-secret-0123456789abcdef";

describe("embedDiagnostics", () => {
  it("reports the configuration and a verdict for one origin, without any secret", () => {
    const report = embedDiagnostics(
      {
        EMBED_ALLOWED_ORIGINS: "https://portal.example, https://portal.example/intranet",
        DATABASE_ENCRYPTION_KEY: SECRET,
        EMBED_MINT_SECRET: `${SECRET}-mint`,
        EMBED_S2_TOKEN: "s2-token-do-not-show",
      },
      "http://portal.example",
      "operator",
    );
    expect(report).toMatchObject({
      configError: null,
      allowedOrigins: ["https://portal.example"],
      frameAncestors: "https://portal.example",
      signingKey: "DATABASE_ENCRYPTION_KEY",
      mintApi: true,
      serverS2Token: true,
      origin: { allowed: false, nearMisses: ["https://portal.example"] },
    });
    expect(report.ignoredEntries.map((p) => p.entry)).toEqual(["https://portal.example/intranet"]);
    const text = JSON.stringify(report);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain("s2-token-do-not-show");
  });

  it("still reads the allowlist when another embed variable is wrong, and says which", () => {
    const report = embedDiagnostics(
      { EMBED_ALLOWED_ORIGINS: "http://127.0.0.1:4400", EMBED_MINT_SECRET: "short" },
      null,
      "operator",
    );
    expect(report.configError).toMatch(/EMBED_MINT_SECRET/);
    expect(report.allowedOrigins).toEqual(["http://127.0.0.1:4400"]);
    expect(report.signingKey).toBe("none");
  });

  it("tells an anonymous visitor the origin's verdict and nothing about the configuration", () => {
    const report = embedDiagnostics(
      {
        EMBED_ALLOWED_ORIGINS: "https://portal.example",
        DATABASE_ENCRYPTION_KEY: SECRET,
        EMBED_MINT_SECRET: `${SECRET}-mint`,
        EMBED_S2_TOKEN: "s2-token-do-not-show",
      },
      "https://portal.example",
      "public",
    );
    expect(report).toEqual({
      audience: "public",
      origin: expect.objectContaining({ allowed: true, normalised: "https://portal.example" }),
    });
    const text = JSON.stringify(report);
    for (const word of ["mint", "EMBED_S2_TOKEN", "DATABASE_ENCRYPTION_KEY", "signingKey"]) {
      expect(text).not.toContain(word);
    }
  });
});
