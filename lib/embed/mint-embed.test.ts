import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRevocationBus } from "@/lib/cache/revocation-bus";
import { openTestEmbedStore, type TestEmbedStore } from "@/lib/testing/embed-test-store";
import { parseAllowlist } from "./allowed-origins";
import { MINT_API_OWNER, type Minter, mintEmbed } from "./mint-embed";
import { type EmbedMintInput, embedMintRequestSchema } from "./mint-request";
import { EMBED_RESOLVE_CACHE_MS } from "./resolve-embed";

/** Minting and resolving against a real store (SQLite file): what the link carries, and every refusal. */

const S2_TOKEN = "s2-user-token/with+odd=chars_0123456789abcdefXYZ";
let clock = 1_800_000_000_000;
const now = () => clock;
let embeds: TestEmbedStore;

beforeAll(async () => {
  embeds = await openTestEmbedStore({ now });
});
afterAll(async () => {
  await embeds.close();
});
beforeEach(() => {
  clock += 3_600_000;
});

const allowlist = parseAllowlist(["https://portal.example"]);

async function mint(input: Partial<EmbedMintInput> = {}, minter?: Partial<Minter>) {
  const request = embedMintRequestSchema.parse({
    target: { level: "basin", basin: "prod-events" },
    chart: "append-ops",
    range: { kind: "relative", seconds: 86_400 },
    parent: "https://portal.example",
    ...input,
  });
  const who: Minter = {
    owner: embeds.ownerLabel(S2_TOKEN),
    credential: S2_TOKEN,
    source: "share",
    ...minter,
  };
  return mintEmbed(request, who, {
    records: embeds.records,
    links: embeds.links,
    allowlist,
    baseUrl: "https://metrics.example",
    nowMs: clock,
  });
}

/** Every spelling of the token a link could smuggle it in. */
function encodingsOf(token: string): string[] {
  const bytes = Buffer.from(token, "utf8");
  return [
    token,
    encodeURIComponent(token),
    bytes.toString("base64"),
    bytes.toString("base64url"),
    bytes.toString("base64").replace(/=+$/, ""),
    bytes.toString("hex"),
  ];
}

describe("mintEmbed", () => {
  it("stores a record and answers a link that names it, with no credential in any form", async () => {
    const minted = await mint();
    expect(minted.token).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
    expect(minted.token.split(".")[0]).toBe(minted.id);
    expect(minted.url).toBe(
      `https://metrics.example/embed/${minted.token}?parent=https%3A%2F%2Fportal.example`,
    );
    const answer = JSON.stringify(minted);
    for (const spelling of encodingsOf(S2_TOKEN)) expect(answer).not.toContain(spelling);
    const record = await embeds.records.get(minted.id);
    expect(record).toMatchObject({
      owner: embeds.ownerLabel(S2_TOKEN),
      expiresAt: clock + 86_400_000,
      views: 0,
      spec: { kind: "chart", sets: ["append-ops"], source: "share", theme: "light" },
    });
    expect(minted.expiresAt).toBe(Math.floor((clock + 86_400_000) / 1000));
  });

  it("keeps the credential sealed at rest", async () => {
    const { id } = await mint();
    const row = await embeds.store.db
      .selectFrom("embeds")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    for (const spelling of encodingsOf(S2_TOKEN)) expect(JSON.stringify(row)).not.toContain(spelling);
  });

  it("records the mint API as owner, with whom it minted for", async () => {
    const { id } = await mint({}, { owner: MINT_API_OWNER, source: "mint-api", createdBy: "portal-7" });
    expect(await embeds.records.get(id)).toMatchObject({
      owner: "mint-api",
      spec: { source: "mint-api", createdBy: "portal-7" },
    });
  });

  it("refuses a parent origin that is not allowed, and writes nothing", async () => {
    const before = (await embeds.records.listByOwner(embeds.ownerLabel(S2_TOKEN))).length;
    await expect(mint({ parent: "https://evil.example" })).rejects.toMatchObject({ status: 422 });
    expect(await embeds.records.listByOwner(embeds.ownerLabel(S2_TOKEN))).toHaveLength(before);
  });
});

describe("resolving a link", () => {
  it("opens an active embed with its credential, counting a view only when asked", async () => {
    const { token, id } = await mint();
    const verdict = await embeds.resolver.resolve(token, { countView: true });
    expect(verdict).toMatchObject({ ok: true, credential: S2_TOKEN, embed: { id, kind: "chart" } });
    expect(JSON.stringify(verdict.ok && verdict.embed)).not.toContain(S2_TOKEN);
    await embeds.resolver.resolve(token);
    await embeds.resolver.resolve(token);
    expect(await embeds.records.get(id)).toMatchObject({ views: 1, lastUsedAt: clock });
    await embeds.resolver.resolve(token, { countView: true });
    expect(await embeds.records.get(id)).toMatchObject({ views: 2 });
  });

  it("refuses a tampered signature or id as invalid, without a record lookup", async () => {
    const { token } = await mint();
    const [id = "", signature = ""] = token.split(".");
    const flip = (s: string, at: number) => `${s.slice(0, at)}${s[at] === "A" ? "B" : "A"}${s.slice(at + 1)}`;
    for (const tampered of [`${id}.${flip(signature, 5)}`, `${flip(id, 3)}.${signature}`]) {
      expect(await embeds.resolver.resolve(tampered)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await embeds.resolver.resolve("not-a-link")).toEqual({ ok: false, reason: "malformed" });
  });

  it("says a previous version's link (a sealed JWE) no longer works", async () => {
    const jwe = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aXYtaXYtaXYt.Y2lwaGVydGV4dA.dGFnLXRhZy10YWc";
    expect(await embeds.resolver.resolve(jwe)).toEqual({ ok: false, reason: "outdated" });
  });

  it("answers not_found for a well-signed id with no record", async () => {
    const token = embeds.links.sign(embeds.links.newId());
    expect(await embeds.resolver.resolve(token)).toEqual({ ok: false, reason: "not_found" });
  });

  it("refuses a revoked embed, at once when the revocation bus says so", async () => {
    const { token, id } = await mint();
    const bus = createRevocationBus(null);
    bus.onRevocation((r) => r.kind === "embed" && embeds.resolver.forget(r.id));
    expect((await embeds.resolver.resolve(token)).ok).toBe(true); // now cached
    expect(await embeds.records.revoke(id, embeds.ownerLabel(S2_TOKEN))).toBe(true);
    await bus.publish({ kind: "embed", id });
    expect(await embeds.resolver.resolve(token)).toEqual({ ok: false, reason: "revoked" });
    await bus.close();
  });

  it("refuses a revoked embed within the cache's life even if the message is lost", async () => {
    const { token, id } = await mint();
    expect((await embeds.resolver.resolve(token)).ok).toBe(true);
    await embeds.records.revoke(id);
    clock += EMBED_RESOLVE_CACHE_MS + 1;
    expect(await embeds.resolver.resolve(token)).toEqual({ ok: false, reason: "revoked" });
    // A frame load always asks the database.
    const other = await mint();
    expect((await embeds.resolver.resolve(other.token)).ok).toBe(true);
    await embeds.records.revoke(other.id);
    expect(await embeds.resolver.resolve(other.token, { countView: true })).toEqual({
      ok: false,
      reason: "revoked",
    });
  });

  it("refuses an expired embed, cached or not", async () => {
    const { token } = await mint({ expiresInSeconds: 60 });
    expect((await embeds.resolver.resolve(token)).ok).toBe(true);
    clock += 60_000;
    expect(await embeds.resolver.resolve(token)).toEqual({ ok: false, reason: "expired" });
    expect(await embeds.resolver.resolve(token, { countView: true })).toEqual({
      ok: false,
      reason: "expired",
    });
  });
});
