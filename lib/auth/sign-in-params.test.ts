import { describe, expect, it } from "vitest";
import { parseSignInSearchParams, signInErrorMessage, signInPath } from "./sign-in-params";

describe("parseSignInSearchParams", () => {
  it("keeps a same-site callback, a known reason and an error code", () => {
    expect(
      parseSignInSearchParams({
        callbackUrl: "/basins/prod-events",
        reason: "expired",
        error: "invalid_token",
      }),
    ).toEqual({
      callbackUrl: "/basins/prod-events",
      reason: "expired",
      error: "invalid_token",
    });
  });

  it("falls back to safe defaults instead of failing", () => {
    expect(
      parseSignInSearchParams({
        callbackUrl: "https://evil.example",
        reason: "hacked",
        error: "x".repeat(100),
      }),
    ).toEqual({
      callbackUrl: "/",
      reason: undefined,
      error: undefined,
    });
    expect(parseSignInSearchParams({ callbackUrl: ["/a", "//evil"], reason: ["signed-out"] })).toEqual({
      callbackUrl: "/a",
      reason: "signed-out",
      error: undefined,
    });
  });
});

describe("signInPath", () => {
  it("builds the sign-in URL with the return path and the reason", () => {
    expect(signInPath()).toBe("/sign-in");
    expect(signInPath({ callbackPath: "/basins/prod-events?range=1h", reason: "expired" })).toBe(
      "/sign-in?callbackUrl=%2Fbasins%2Fprod-events%3Frange%3D1h&reason=expired",
    );
    expect(signInPath({ callbackPath: "//evil.example" })).toBe("/sign-in");
  });
});

describe("signInErrorMessage", () => {
  it("explains known codes and gives a generic message for anything else", () => {
    expect(signInErrorMessage("no_metrics_permission")).toMatch(/no permission to read metrics/);
    expect(signInErrorMessage("CredentialsSignin")).toBe("Sign-in failed. Try again.");
    expect(signInErrorMessage("toString")).toBe("Sign-in failed. Try again.");
  });
});
