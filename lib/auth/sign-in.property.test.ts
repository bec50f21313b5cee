import assert from "node:assert/strict";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseServerEnv } from "@/lib/config/server-env";
import { hostileText } from "@/lib/testing/hostile-input";
import { authoriseSignIn } from "./auth-options";
import { safeCallbackPath } from "./safe-callback-path";
import { parseSignInSearchParams, SIGN_IN_ERRORS } from "./sign-in-params";

/**
 * The sign-in route's parsing against 10,000 generated requests each: the credentials form next-auth
 * hands to `authorize`, and the sign-in page's search parameters (where `callbackUrl` decides where the
 * user is sent after signing in).
 */

const RUNS = 10_000;
const SECRET = "property-test-secret-0123456789abcdefghijklm";
const DEMO_TOKEN = "demo-token-of-the-local-backend";
const ORIGIN = "https://dash.example";

/** A form value as next-auth passes it on: a string mostly, sometimes something a JSON body made of it. */
const formValue = fc.oneof(
  { weight: 6, arbitrary: hostileText },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom("1", " 1", "true", "") },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);
const FORM_KEYS = ["token", "demo", "csrfToken", "callbackUrl", "json", "__proto__", "constructor"];
const credentials = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...FORM_KEYS), hostileText), formValue, { maxKeys: 5 }),
  },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, "token", 42, [], ["token"]) },
);

describe("sign-in, given 10,000 generated requests", () => {
  for (const demo of [true, false]) {
    it(`\`authorize\` refuses with a form error or asks S2 about exactly one token (demo ${demo ? "on" : "off"})`, async () => {
      const env = parseServerEnv({
        AUTH_SECRET: SECRET,
        ...(demo ? { LOCAL_S2_DEMO: "1", LOCAL_S2_DEMO_TOKEN: DEMO_TOKEN } : {}),
      });
      let signedIn = 0;
      await fc.assert(
        fc.asyncProperty(credentials, async (form) => {
          const asked: string[] = [];
          const verify = async (token: string) => {
            asked.push(token);
            return "ok" as const;
          };
          let user: { s2Token?: string } | null = null;
          try {
            user = (await authoriseSignIn(form, undefined, { env, verify, limiter: null })) as {
              s2Token?: string;
            };
          } catch (error) {
            assert.ok(error instanceof Error);
            assert.ok((SIGN_IN_ERRORS as readonly string[]).includes(error.message), error.message);
            assert.equal(asked.length, 0, "a refused form still asked S2");
            return;
          }
          signedIn += 1;
          assert.equal(asked.length, 1);
          const token = asked[0] as string;
          assert.equal(user.s2Token, token);
          // Only printable ASCII without spaces reaches S2 (and so an Authorization header): token-format.ts.
          assert.match(token, /^[\x21-\x7e]+$/);
          const record = (form ?? {}) as Record<string, unknown>;
          if (token === DEMO_TOKEN && record.token !== DEMO_TOKEN) {
            assert.ok(demo && record.demo === "1", "the demo token without the demo flag and demo mode");
          } else {
            assert.equal(record.token, token);
          }
        }),
        { numRuns: RUNS },
      );
      expect(signedIn).toBeGreaterThan(RUNS / 20);
    });
  }

  it("the sign-in page's parameters never throw, and callbackUrl stays on the site", () => {
    const value = fc.oneof(
      { weight: 4, arbitrary: hostileText },
      { weight: 2, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
      { weight: 2, arbitrary: hostileText.map((s) => `/${s}`) },
      { weight: 1, arbitrary: fc.array(hostileText, { maxLength: 3 }) },
      { weight: 1, arbitrary: fc.constant(undefined) },
    );
    const raw = fc.record({ callbackUrl: value, reason: value, error: value }, { requiredKeys: [] });
    fc.assert(
      fc.property(raw, (params) => {
        const parsed = parseSignInSearchParams(params);
        const path = parsed.callbackUrl;
        assert.ok(path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\"), path);
        assert.equal(new URL(path, ORIGIN).origin, ORIGIN);
        assert.equal(safeCallbackPath(path), path, "a second pass changes the path");
        assert.ok(parsed.error === undefined || parsed.error.length <= 64);
      }),
      { numRuns: RUNS },
    );
  });
});
