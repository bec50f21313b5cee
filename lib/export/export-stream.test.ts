import { describe, expect, it } from "vitest";
import { parseCsvRecords } from "@/lib/testing/parse-csv";
import type { ExportRow } from "./export-rows";
import { exportStream, ROWS_PER_CHUNK, type SetExport } from "./export-stream";

const row = (start: number, value: number | null, kind: ExportRow["kind"] = "bucket"): ExportRow => ({
  kind,
  series: "s",
  statistic: kind === "summary" ? "total" : null,
  metricType: "accumulation",
  unit: "operations",
  interval: "minute",
  start,
  end: start + 60,
  value,
  ratePerSecond: value === null ? null : value / 60,
  partial: false,
});
const set = (name: string, rows: ExportRow[]): SetExport => ({
  context: { basin: "prod-events", stream: "", set: name, zone: "UTC" },
  range: { start: 0, end: 600 },
  interval: "minute",
  rows,
});
async function* fromArray(sets: SetExport[]) {
  for (const s of sets) yield s;
}

describe("exportStream", () => {
  it("writes a byte order mark, one CSV header and every set's rows", async () => {
    const sets = [set("append-ops", [row(0, 1), row(60, null)]), set("read-ops", [row(0, 2)])];
    const bytes = new Uint8Array(await new Response(exportStream("csv", fromArray(sets))).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith("kind,basin,")).toBe(true);
    const records = parseCsvRecords(text);
    expect(records.map((r) => [r.set, r.value])).toEqual([
      ["append-ops", "1"],
      ["append-ops", ""],
      ["read-ops", "2"],
    ]);
  });

  it("writes JSON with rows and a separate summary per set", async () => {
    const sets = [set("append-ops", [row(0, 1), row(60, null), row(0, 1, "summary")]), set("read-ops", [])];
    const json = JSON.parse(await new Response(exportStream("json", fromArray(sets))).text());
    expect(json.sets).toHaveLength(2);
    expect(json.sets[0]).toMatchObject({
      set: "append-ops",
      start: "1970-01-01T00:00:00+00:00",
      interval: "minute",
    });
    expect(json.sets[0].rows.map((r: { value: unknown }) => r.value)).toEqual([1, null]);
    expect(json.sets[0].summary).toMatchObject([{ statistic: "total", value: 1 }]);
    expect(json.sets[1]).toMatchObject({ rows: [], summary: [] });
  });

  it("produces a long set in several chunks, fetching the next set only when pulled", async () => {
    const fetched: string[] = [];
    async function* lazy() {
      for (const name of ["a", "b"]) {
        fetched.push(name);
        yield set(
          name,
          Array.from({ length: ROWS_PER_CHUNK * 2 + 1 }, (_, i) => row(i * 60, i)),
        );
      }
    }
    const reader = exportStream("csv", lazy()).getReader();
    await reader.read(); // header
    const first = await reader.read();
    expect(fetched).toEqual(["a"]);
    expect(parseCsvRecords(`kind\r\n${new TextDecoder().decode(first.value)}`)).toHaveLength(ROWS_PER_CHUNK);
    let chunks = 1;
    while (!(await reader.read()).done) chunks++;
    expect(chunks).toBe(6);
    expect(fetched).toEqual(["a", "b"]);
  });

  it("errors the stream when a later set fails, so the download cannot look complete", async () => {
    async function* failing() {
      yield set("append-ops", [row(0, 1)]);
      throw new Error("upstream went away");
    }
    await expect(new Response(exportStream("csv", failing())).text()).rejects.toThrow();
  });
});
