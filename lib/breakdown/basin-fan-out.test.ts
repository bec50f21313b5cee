import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/api-error";
import type { S2Client } from "@/lib/upstream/s2-client";
import { fanOutOverBasins } from "./basin-fan-out";

/** An account of `count` basins, listed `pageSize` at a time (S2 pages its listings). */
function fakeAccount(count: number, pageSize: number): S2Client {
  const names = Array.from({ length: count }, (_, i) => `b-${String(i).padStart(4, "0")}`);
  const unused = () => Promise.reject(new Error("unused"));
  return {
    accountMetrics: unused,
    basinMetrics: unused,
    streamMetrics: unused,
    listStreams: unused,
    async listBasins(_token, query) {
      const from = query.start_after ? names.indexOf(query.start_after) + 1 : 0;
      const page = names.slice(from, from + Math.min(pageSize, query.limit ?? 1000));
      const basins = page.map((name) => ({ name, scope: "aws:us-east-1", state: "active" as const }));
      return { basins, has_more: from + page.length < names.length } as never;
    },
  };
}

describe("fanOutOverBasins", () => {
  it("asks every basin of every listing page each call, with no cap on basins", async () => {
    const asked: string[] = [];
    const answers = await fanOutOverBasins(fakeAccount(130, 40), "t", ["x", "y"], async (basin, call) => {
      asked.push(`${basin}/${call}`);
      return `${basin}:${call}`;
    });
    expect(answers).toHaveLength(130);
    expect(asked).toHaveLength(260);
    expect(answers[129]).toEqual({
      basin: { name: "b-0129", deleted: false },
      ok: true,
      values: ["b-0129:x", "b-0129:y"],
    });
  });

  it("gives a basin outside the token's scope its problem, and fails on any other error", async () => {
    const s2 = fakeAccount(3, 1000);
    const answers = await fanOutOverBasins(s2, "t", ["x"], async (basin) => {
      if (basin === "b-0001") throw new ApiError(403, "permission_denied", "not in scope");
      return basin;
    });
    expect(answers.map((a) => a.ok)).toEqual([true, false, true]);
    expect(answers[1]).toMatchObject({ ok: false, problem: "not in scope" });
    await expect(
      fanOutOverBasins(s2, "t", ["x"], async () => {
        throw new ApiError(500, "internal", "boom");
      }),
    ).rejects.toThrow("boom");
  });
});
