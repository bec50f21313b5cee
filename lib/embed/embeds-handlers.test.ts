import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRevocationBus, type Revocation } from "@/lib/cache/revocation-bus";
import { openTestEmbedStore, type TestEmbedStore } from "@/lib/testing/embed-test-store";
import { parseAllowlist } from "./allowed-origins";
import { embedListSchema } from "./embeds-contract";
import { createEmbedsHandlers } from "./embeds-handlers";
import { mintEmbed } from "./mint-embed";
import { embedMintRequestSchema } from "./mint-request";

/** `GET /api/embeds` and `DELETE /api/embeds/{id}` over a real store and a (local) revocation bus. */

const ALICE = "alice-s2-token-0123456789";
const BOB = "bob-s2-token-0123456789";
let clock = 1_800_000_000_000;
let embeds: TestEmbedStore;
const bus = createRevocationBus(null);
const heard: Revocation[] = [];

beforeAll(async () => {
  embeds = await openTestEmbedStore({ now: () => clock });
  bus.onRevocation((r) => {
    heard.push(r);
    if (r.kind === "embed") embeds.resolver.forget(r.id);
  });
});
afterAll(async () => {
  await bus.close();
  await embeds.close();
});

function handlers(sessionToken: string | null) {
  return createEmbedsHandlers({
    getSessionToken: async () => sessionToken,
    ownerOf: async (token) => embeds.ownerLabel(token),
    records: async () => embeds.records,
    publishRevocation: (id) => bus.publish({ kind: "embed", id }),
    now: () => clock,
    log: () => {},
  });
}

async function mintAs(token: string, expiresInSeconds = 3_600) {
  const request = embedMintRequestSchema.parse({
    target: { level: "stream", basin: "prod-events", stream: "orders" },
    range: { kind: "relative", seconds: 3_600 },
    expiresInSeconds,
    title: "Orders",
  });
  return mintEmbed(
    request,
    { owner: embeds.ownerLabel(token), credential: token, source: "share" },
    {
      records: embeds.records,
      links: embeds.links,
      allowlist: parseAllowlist(["https://portal.example"]),
      baseUrl: "https://metrics.example",
      nowMs: clock,
    },
  );
}

const list = async (token: string | null) => {
  const response = await handlers(token).list(new Request("https://metrics.example/api/embeds"));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const revoke = async (token: string | null, id: string) => {
  const response = await handlers(token).revoke(
    new Request(`https://metrics.example/api/embeds/${id}`, { method: "DELETE" }),
    { params: Promise.resolve({ id }) },
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe("/api/embeds", () => {
  it("lists only the signed-in user's embeds, with what each shows, its times, views and status", async () => {
    const first = await mintAs(ALICE, 60);
    clock += 1_000;
    const second = await mintAs(ALICE);
    await mintAs(BOB);
    await embeds.resolver.resolve(second.token, { countView: true });
    clock += 120_000;
    const { status, body } = await list(ALICE);
    expect(status).toBe(200);
    const { embeds: rows } = embedListSchema.parse(body);
    expect(rows.map((row) => row.id)).toEqual([second.id, first.id]);
    expect(rows[0]).toMatchObject({
      kind: "view",
      target: { level: "stream", basin: "prod-events", stream: "orders" },
      title: "Orders",
      createdBy: "you",
      views: 1,
      lastUsedAt: clock - 120_000,
      status: "active",
    });
    expect(rows[1]).toMatchObject({ status: "expired", views: 0, lastUsedAt: null });
    expect(JSON.stringify(body)).not.toContain(ALICE);
  });

  it("revokes the owner's embed: the bus tells every replica, the link is refused, the list says so", async () => {
    const { id, token } = await mintAs(ALICE);
    expect((await embeds.resolver.resolve(token)).ok).toBe(true);
    heard.length = 0;
    expect(await revoke(ALICE, id)).toEqual({ status: 200, body: { id, revoked: true } });
    expect(heard).toEqual([{ kind: "embed", id }]);
    expect(await embeds.resolver.resolve(token)).toEqual({ ok: false, reason: "revoked" });
    const rows = embedListSchema.parse((await list(ALICE)).body).embeds;
    expect(rows.find((row) => row.id === id)).toMatchObject({ status: "revoked", revokedAt: clock });
    expect((await revoke(ALICE, id)).status).toBe(200);
  });

  it("answers 404 for someone else's embed (and leaves it alone), 400 for a bad id, 401 signed out", async () => {
    const { id, token } = await mintAs(BOB);
    heard.length = 0;
    expect(await revoke(ALICE, id)).toEqual({
      status: 404,
      body: { code: "not_found", message: expect.any(String) },
    });
    expect(heard).toEqual([]);
    expect((await embeds.resolver.resolve(token)).ok).toBe(true);
    expect((await revoke(ALICE, "not an id")).body).toMatchObject({ code: "bad_path" });
    expect((await revoke(ALICE, "not an id")).status).toBe(400);
    expect((await revoke(null, id)).status).toBe(401);
    expect((await list(null)).body).toMatchObject({ code: "authn" });
  });
});
