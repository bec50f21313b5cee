import { describe, expect, it } from "vitest";
import { attachmentDisposition, exportFileName, fileTimestamp, sanitiseNamePart } from "./file-name";

const at = (iso: string) => Date.parse(iso) / 1000;
const november = { start: at("2026-11-01T00:00:00Z"), end: at("2026-12-01T00:00:00Z") };

describe("exportFileName", () => {
  it("names basin, set, window and interval", () => {
    const name = exportFileName({
      basin: "prod-events",
      set: "append-ops",
      range: november,
      interval: "hour",
      format: "csv",
    });
    expect(name).toBe("prod-events_append-ops_2026-11-01T00-00Z_2026-12-01T00-00Z_hour.csv");
  });

  it("names the stream after its basin, made safe for file systems", () => {
    const name = exportFileName({
      basin: "prod-events",
      stream: "orders/eu-west: v2",
      set: "storage",
      range: november,
      interval: "minute",
      format: "json",
    });
    expect(name).toBe(
      "prod-events_orders-eu-west-v2_storage_2026-11-01T00-00Z_2026-12-01T00-00Z_minute.json",
    );
  });

  it("starts account sets with 'account'", () => {
    const name = exportFileName({ set: "account-ops", range: november, interval: "day", format: "csv" });
    expect(name).toBe("account_account-ops_2026-11-01T00-00Z_2026-12-01T00-00Z_day.csv");
  });
});

describe("sanitiseNamePart", () => {
  it.each([
    ["a/b\\c", "a-b-c"],
    ['what?*:<>|"', "what"],
    ["..hidden", "hidden"],
    ["line\nbreak\ttab", "line-break-tab"],
    ["fleet/gps-追踪", "fleet-gps-追踪"],
    ["events 🚀", "events-🚀"],
    ["\u202eexe.txt", "exe.txt"],
    ["...", "unnamed"],
    ["", "unnamed"],
  ])("%j -> %j", (input, expected) => {
    expect(sanitiseNamePart(input)).toBe(expected);
  });

  it("keeps a long name within 60 characters without splitting an emoji", () => {
    const part = sanitiseNamePart("😀".repeat(100));
    expect(Array.from(part)).toHaveLength(60);
    expect(part).toBe("😀".repeat(60));
  });
});

describe("fileTimestamp", () => {
  it("is UTC to the minute without colons", () => {
    expect(fileTimestamp(at("2026-11-01T05:30:59Z"))).toBe("2026-11-01T05-30Z");
  });
});

describe("attachmentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(attachmentDisposition("b_追踪.csv")).toBe(
      "attachment; filename=\"b___.csv\"; filename*=UTF-8''b_%E8%BF%BD%E8%B8%AA.csv",
    );
  });
});
