import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseServerEnv, pricesSource, requireAuthSecret } from "./server-env";

describe("parseServerEnv", () => {
  it("falls back to the embedded backend and documented defaults", () => {
    expect(parseServerEnv({})).toEqual({
      authSecret: null,
      publicUrl: null,
      secureCookies: false,
      sessionMaxAgeSeconds: 43_200,
      localDemo: false,
      demoForRemoteClients: false,
      listenHost: "127.0.0.1",
      demoToken: "s2-local-demo-token",
      upstream: "embedded",
      accountEndpoint: "http://127.0.0.1:4243",
      basinEndpoint: "http://127.0.0.1:4243",
      requestTimeoutMs: 10_000,
      cacheMaxEntries: 1_000,
      cacheTtlSeconds: 600,
      signIn: { attempts: 10, windowSeconds: 60, trustedProxyHops: 0 },
      s2CallsPerMinute: 3_000,
      store: {
        database: { kind: "sqlite", file: path.resolve(".data/dashboard.sqlite") },
        encryptionSecret: null,
        redisUrl: null,
        redisCommandTimeoutMs: 200,
      },
    });
  });

  it("reads the database, Redis and the S2 call budget from the same configuration", () => {
    const env = parseServerEnv({
      AUTH_SECRET: "a".repeat(32),
      DATABASE_URL: "postgres://dash:pw@db.internal:5432/dash",
      DATABASE_ENCRYPTION_KEY: "k".repeat(32),
      REDIS_URL: "redis://cache.internal:6379",
      REDIS_COMMAND_TIMEOUT_MS: "150",
      S2_CALLS_PER_MINUTE: "0",
    });
    expect(env.s2CallsPerMinute).toBe(0);
    expect(env.store).toEqual({
      database: { kind: "postgres", url: "postgres://dash:pw@db.internal:5432/dash" },
      encryptionSecret: "k".repeat(32),
      redisUrl: "redis://cache.internal:6379",
      redisCommandTimeoutMs: 150,
    });
    // Without its own key, the database's secrets are sealed under the session secret.
    expect(parseServerEnv({ AUTH_SECRET: "a".repeat(32) }).store.encryptionSecret).toBe("a".repeat(32));
  });

  it("reads every variable, treating empty values as unset", () => {
    const env = parseServerEnv({
      NEXTAUTH_SECRET: "n".repeat(32),
      AUTH_URL: "https://metrics.example.com",
      AUTH_SESSION_MAX_AGE: "3600",
      LOCAL_S2_DEMO: "1",
      LOCAL_S2_URL: "http://127.0.0.1:9999/",
      S2_ACCOUNT_ENDPOINT: "https://aws.s2.dev",
      S2_BASIN_ENDPOINT: "https://{basin}.b.aws.s2.dev",
      S2_REQUEST_TIMEOUT_MS: "2500",
      S2_CACHE_MAX_ENTRIES: "0",
      LOCAL_S2_DEMO_TOKEN: "",
      LOCAL_S2_DEMO_REMOTE: "true",
      AUTH_TRUST_PROXY: "2",
      AUTH_SIGN_IN_ATTEMPTS: "5",
      AUTH_SIGN_IN_WINDOW_SECONDS: "300",
    });
    expect(env).toMatchObject({
      authSecret: "n".repeat(32),
      secureCookies: true,
      sessionMaxAgeSeconds: 3_600,
      localDemo: true,
      demoToken: "s2-local-demo-token",
      accountEndpoint: "https://aws.s2.dev",
      basinEndpoint: "https://{basin}.b.aws.s2.dev",
      requestTimeoutMs: 2_500,
      cacheMaxEntries: 0,
      demoForRemoteClients: true,
      signIn: { attempts: 5, windowSeconds: 300, trustedProxyHops: 2 },
    });
  });

  it("reads AUTH_TRUST_PROXY=true as one proxy", () => {
    expect(parseServerEnv({ AUTH_TRUST_PROXY: "true" }).signIn.trustedProxyHops).toBe(1);
    expect(parseServerEnv({ AUTH_TRUST_PROXY: "false" }).signIn.trustedProxyHops).toBe(0);
  });

  it("never sends tokens to the embedded backend's URL once S2 is configured", () => {
    const env = parseServerEnv({ S2_ACCOUNT_ENDPOINT: "https://a.s2.dev" });
    expect(env).toMatchObject({
      upstream: "s2",
      accountEndpoint: "https://a.s2.dev",
      basinEndpoint: "https://{basin}.b.s2.dev",
    });
  });

  it("refuses a configuration that mixes S2 with another backend", () => {
    expect(() =>
      parseServerEnv({ S2_ACCOUNT_ENDPOINT: "https://a.s2.dev", S2_BASIN_ENDPOINT: "http://127.0.0.1:4243" }),
    ).toThrow(ConfigError);
  });

  it("prefers AUTH_SECRET over NEXTAUTH_SECRET", () => {
    expect(parseServerEnv({ AUTH_SECRET: "a".repeat(32), NEXTAUTH_SECRET: "n".repeat(32) }).authSecret).toBe(
      "a".repeat(32),
    );
  });

  it.each([
    [{ AUTH_SECRET: "short" }],
    [{ AUTH_SESSION_MAX_AGE: "12h" }],
    [{ S2_ACCOUNT_ENDPOINT: "ftp://x" }],
    [{ S2_REQUEST_TIMEOUT_MS: "-1" }],
    [{ LOCAL_S2_DEMO: "yes" }],
    [{ AUTH_TRUST_PROXY: "yes" }],
    [{ AUTH_SIGN_IN_ATTEMPTS: "many" }],
    [{ AUTH_SIGN_IN_WINDOW_SECONDS: "0" }],
    [{ S2_CALLS_PER_MINUTE: "-5" }],
    [{ DATABASE_URL: "mysql://x" }],
    [{ REDIS_URL: "http://cache" }],
    [{ DATABASE_ENCRYPTION_KEY: "short" }],
  ])("refuses %j with a message naming the variable", (env) => {
    const name = Object.keys(env)[0] ?? "";
    expect(() => parseServerEnv(env)).toThrow(ConfigError);
    expect(() => parseServerEnv(env)).toThrow(name);
  });

  it("names the variable to set when no secret is configured", () => {
    expect(() => requireAuthSecret(parseServerEnv({}))).toThrow(/AUTH_SECRET/);
  });
});

describe("pricesSource", () => {
  it("reads S2_PRICES and S2_PRICES_FILE, treating empty values as unset", () => {
    expect(pricesSource({})).toEqual({ inline: null, file: null });
    expect(pricesSource({ S2_PRICES: '{"currency":"USD"}', S2_PRICES_FILE: " " })).toEqual({
      inline: '{"currency":"USD"}',
      file: null,
    });
    expect(pricesSource({ S2_PRICES_FILE: "/etc/s2-prices.json" }).file).toBe("/etc/s2-prices.json");
  });
});
