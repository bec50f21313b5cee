import { describe, expect, it } from "vitest";
import { monthSetRequests } from "./month-requests";

describe("monthSetRequests", () => {
  it("asks only for the sets the list prices, counters by day and storage by hour", () => {
    expect(monthSetRequests({ currency: "USD" })).toEqual([]);
    expect(monthSetRequests({ currency: "USD", readPerGiB: 0.1, storagePerGiBMonth: {} })).toEqual([
      { set: "storage", interval: "hour" },
      { set: "read-throughput", interval: "day" },
    ]);
    expect(
      monthSetRequests({
        currency: "USD",
        appendOperationsPerMillion: 1,
        readOperationsPerMillion: 1,
        appendedPerGiB: { default: 1 },
      }).map((r) => `${r.set}/${r.interval}`),
    ).toEqual(["append-ops/day", "read-ops/day", "append-throughput/day"]);
  });
});
