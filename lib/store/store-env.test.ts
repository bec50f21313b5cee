import { describe, expect, it } from "vitest";
import { parseStoreEnv, StoreConfigError } from "./store-env";

describe("parseStoreEnv", () => {
  it("defaults to a SQLite file in .data, no Redis and AUTH_SECRET as key material", () => {
    expect(parseStoreEnv({ AUTH_SECRET: "a".repeat(32) }, "/srv/app")).toEqual({
      database: { kind: "sqlite", file: "/srv/app/.data/dashboard.sqlite" },
      encryptionSecret: "a".repeat(32),
      redisUrl: null,
      redisCommandTimeoutMs: 200,
    });
  });

  it("reads PostgreSQL, a SQLite path, Redis and a dedicated key", () => {
    const env = parseStoreEnv(
      {
        DATABASE_URL: "postgres://u:p@db:5432/dash",
        DATABASE_ENCRYPTION_KEY: "d".repeat(32),
        AUTH_SECRET: "a".repeat(32),
        REDIS_URL: "redis://cache:6379",
        REDIS_COMMAND_TIMEOUT_MS: "150",
      },
      "/srv/app",
    );
    expect(env).toEqual({
      database: { kind: "postgres", url: "postgres://u:p@db:5432/dash" },
      encryptionSecret: "d".repeat(32),
      redisUrl: "redis://cache:6379",
      redisCommandTimeoutMs: 150,
    });
    expect(parseStoreEnv({ DATABASE_URL: "sqlite:var/db.sqlite", REDIS_URL: "" }, "/srv/app")).toMatchObject({
      database: { kind: "sqlite", file: "/srv/app/var/db.sqlite" },
      redisUrl: null,
    });
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }],
    [{ DATABASE_ENCRYPTION_KEY: "short" }],
    [{ REDIS_URL: "http://cache" }],
    [{ REDIS_COMMAND_TIMEOUT_MS: "0" }],
  ])("refuses %j naming the variable", (env) => {
    const name = Object.keys(env)[0] ?? "";
    expect(() => parseStoreEnv(env)).toThrow(StoreConfigError);
    expect(() => parseStoreEnv(env)).toThrow(name);
  });
});
