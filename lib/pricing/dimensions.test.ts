import { describe, expect, it } from "vitest";
import { pricedDimension, storageClassOf } from "./dimensions";

describe("pricedDimension", () => {
  it("maps each billed set to its dimension, by set rather than by series name", () => {
    expect(pricedDimension("basin", "storage", "whatever")).toEqual({ kind: "storage", storageClass: null });
    expect(pricedDimension("stream", "storage", "metered_size")).toEqual({
      kind: "storage",
      storageClass: null,
    });
    expect(pricedDimension("basin", "append-ops", "express")).toEqual({ kind: "append-operations" });
    expect(pricedDimension("basin", "read-ops", "unary")).toEqual({ kind: "read-operations" });
    expect(pricedDimension("basin", "read-throughput", "bytes")).toEqual({ kind: "read-bytes" });
    expect(pricedDimension("basin", "append-throughput", "express")).toEqual({
      kind: "appended-bytes",
      storageClass: "express",
    });
  });

  it("prices nothing for operation counts by type or the active-basins list", () => {
    expect(pricedDimension("basin", "basin-ops", "append")).toBeNull();
    expect(pricedDimension("account", "account-ops", "read")).toBeNull();
    expect(pricedDimension("account", "active-basins", "active-basins")).toBeNull();
  });
});

describe("storageClassOf", () => {
  it("recognises the class words and otherwise says it does not know", () => {
    expect(storageClassOf("standard")).toBe("standard");
    expect(storageClassOf("Express appends")).toBe("express");
    expect(storageClassOf("bytes")).toBeNull();
    expect(storageClassOf("standard-vs-express")).toBeNull();
  });
});
