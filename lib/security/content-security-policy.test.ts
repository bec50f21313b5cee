import { describe, expect, it } from "vitest";
import {
  API_CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  createNonce,
  isEmbedPath,
  wantsStrictTransportSecurity,
  withApiContentSecurityPolicy,
} from "./content-security-policy";

const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("allows scripts by this response's nonce only, never 'unsafe-inline' or eval, in a build", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123==", frameAncestors: "'none'", isDev: false });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
  });

  it("differs between a page and an embed in frame-ancestors alone", () => {
    const page = contentSecurityPolicy({ nonce: "n", frameAncestors: "'none'", isDev: false });
    const embed = contentSecurityPolicy({
      nonce: "n",
      frameAncestors: "https://portal.example",
      isDev: false,
    });
    const rest = (p: string) => p.split("; ").filter((d) => !d.startsWith("frame-ancestors"));
    expect(rest(embed)).toEqual(rest(page));
    expect(directive(embed, "frame-ancestors")).toBe("frame-ancestors https://portal.example");
  });

  it("lets next dev evaluate code and reload over a websocket", () => {
    const policy = contentSecurityPolicy({ nonce: "n", frameAncestors: "'none'", isDev: true });
    expect(directive(policy, "script-src")).toContain("'unsafe-eval'");
    expect(directive(policy, "connect-src")).toBe("connect-src 'self' ws:");
  });
});

describe("createNonce", () => {
  it("is base64 of 16 random bytes, new every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    }
  });
});

describe("wantsStrictTransportSecurity", () => {
  it("is on for an https public URL only", () => {
    expect(wantsStrictTransportSecurity("https://metrics.example")).toBe(true);
    expect(wantsStrictTransportSecurity("http://127.0.0.1:3000")).toBe(false);
    expect(wantsStrictTransportSecurity(null)).toBe(false);
  });
});

describe("isEmbedPath", () => {
  it.each([
    ["/embed", true],
    ["/embed/abc", true],
    ["/embed/diagnostics", true],
    ["/embedded", false],
    ["/api/embed/share", false],
    ["/", false],
  ])("%s -> %s", (path, expected) => {
    expect(isEmbedPath(path)).toBe(expected);
  });
});

describe("withApiContentSecurityPolicy", () => {
  it("puts the API policy on every answer, errors included", async () => {
    const handler = withApiContentSecurityPolicy(async (request: Request) =>
      request.method === "POST"
        ? Response.json({ code: "payload_too_large", message: "x" }, { status: 413 })
        : Response.json({}),
    );
    for (const method of ["GET", "POST"]) {
      const response = await handler(new Request("http://dashboard.test/api/embed/share", { method }));
      expect(response.headers.get("content-security-policy")).toBe(API_CONTENT_SECURITY_POLICY);
    }
    expect(API_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});
