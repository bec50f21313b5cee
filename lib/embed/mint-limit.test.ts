import { describe, expect, it } from "vitest";
import { MINT_API_OWNER } from "./mint-embed";
import { createMintLimit, EMBED_MINTS_PER_MINT_API, EMBED_MINTS_PER_USER } from "./mint-limit";

describe("createMintLimit (memory)", () => {
  it("gives each owner their own allowance, and the mint API a larger one", async () => {
    const limit = createMintLimit(null);
    const take = async (owner: string, n: number) => {
      const results: boolean[] = [];
      for (let i = 0; i < n; i++) results.push((await limit(owner)).ok);
      return results;
    };
    const alice = await take("alice", EMBED_MINTS_PER_USER + 1);
    expect(alice.filter(Boolean)).toHaveLength(EMBED_MINTS_PER_USER);
    expect(alice.at(-1)).toBe(false);
    expect((await limit("bob")).ok).toBe(true);
    const api = await take(MINT_API_OWNER, EMBED_MINTS_PER_MINT_API + 1);
    expect(api.filter(Boolean)).toHaveLength(EMBED_MINTS_PER_MINT_API);
    const refused = await limit(MINT_API_OWNER);
    expect(refused.ok ? null : refused.retryAfterSeconds).toBeGreaterThan(0);
  });
});
