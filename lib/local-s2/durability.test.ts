import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type LocalS2Process, startLocalS2 } from "./spawn";
import { DEMO_TOKEN } from "./tokens";

/** The real CLI process and its database file: what survives `kill -9`, and concurrent writers. */

const dataDir = mkdtempSync(path.join(tmpdir(), "local-s2-durability-"));
let running: LocalS2Process | null = null;
afterAll(() => {
  running?.child.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

const TS = Math.floor(Date.now() / 1000 / 3_600) * 3_600 - 3_600;
const auth = { authorization: `Bearer ${DEMO_TOKEN}` };

async function record(url: string, key: string, value: number) {
  const res = await fetch(`${url}/local/v1/records`, {
    method: "POST",
    headers: { ...auth, "idempotency-key": key, "content-type": "application/json" },
    body: JSON.stringify({
      counters: [{ ts: TS + 60, set: "append-ops", basin: "durable-basin", series: "standard", value }],
    }),
  });
  return res.status;
}

async function total(url: string): Promise<number> {
  const res = await fetch(
    `${url}/v1/metrics/durable-basin?set=append-ops&interval=hour&start=${TS}&end=${TS + 3_600}`,
    {
      headers: auth,
    },
  );
  const body = (await res.json()) as {
    values: { accumulation: { name: string; values: [number, number][] } }[];
  };
  const standard = body.values.find((m) => m.accumulation.name === "standard");
  return standard?.accumulation.values.reduce((s, [, v]) => s + v, 0) ?? 0;
}

describe("durability of the recording API", () => {
  it("keeps an acknowledged batch across kill -9, and counts a retry once", async () => {
    running = await startLocalS2(dataDir, ["--no-simulate", "--fresh"]);
    expect(await record(running.url, "before-kill", 5)).toBe(201);
    running.child.kill("SIGKILL");
    await new Promise((r) => running?.child.once("exit", r));

    running = await startLocalS2(dataDir, ["--no-simulate"]);
    expect(await total(running.url)).toBe(5);
    expect(await record(running.url, "before-kill", 5)).toBe(200);
    expect(await total(running.url)).toBe(5);
  }, 60_000);

  it("loses nothing to concurrent writers, and counts concurrent retries of one key once", async () => {
    if (!running) throw new Error("the previous test starts the backend");
    const url = running.url;
    const before = await total(url);
    const writers = Array.from({ length: 40 }, (_, i) => record(url, `writer-${i}`, i + 1));
    const retries = Array.from({ length: 10 }, () => record(url, "same-key", 1000));
    const statuses = await Promise.all([...writers, ...retries]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(41);
    expect(statuses.filter((s) => s === 200)).toHaveLength(9);
    expect(await total(url)).toBe(before + (40 * 41) / 2 + 1000);
  }, 60_000);
});
