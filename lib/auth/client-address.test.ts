import { describe, expect, it } from "vitest";
import { clientAddress, headerRecord, UNKNOWN_ADDRESS } from "./client-address";

const xff = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientAddress", () => {
  it("behind N trusted proxies, takes the entry the outermost proxy wrote, whatever the client claimed", () => {
    expect(clientAddress(xff("6.6.6.6, 198.51.100.7"), 1)).toMatchObject({
      address: "198.51.100.7",
      trusted: true,
    });
    expect(clientAddress(xff("6.6.6.6, 198.51.100.7, 10.0.0.2"), 2)).toMatchObject({
      address: "198.51.100.7",
    });
  });

  it("without a trusted proxy, uses the last entry (Next's socket address) but does not trust it", () => {
    expect(clientAddress(xff("127.0.0.1"), 0)).toEqual({
      address: "127.0.0.1",
      trusted: false,
      chain: ["127.0.0.1"],
    });
    expect(clientAddress(xff("6.6.6.6, 127.0.0.1"), 0)).toMatchObject({
      address: "127.0.0.1",
      trusted: false,
    });
  });

  it("normalises ports, brackets and IPv4-mapped IPv6, and refuses anything that is not an address", () => {
    expect(clientAddress(xff("[::FFFF:192.0.2.1]:443"), 1).address).toBe("192.0.2.1");
    expect(clientAddress(xff("192.0.2.1:5555"), 1).address).toBe("192.0.2.1");
    expect(clientAddress(headerRecord({ "x-forwarded-for": "x\n[api] forged" }), 1)).toMatchObject({
      address: UNKNOWN_ADDRESS,
      trusted: false,
    });
    expect(clientAddress(xff(), 1)).toMatchObject({ address: UNKNOWN_ADDRESS, trusted: false });
  });

  it("reads next-auth's plain header object", () => {
    expect(clientAddress(headerRecord({ "x-forwarded-for": "192.0.2.9" }), 1).address).toBe("192.0.2.9");
    expect(clientAddress(headerRecord(undefined), 1).address).toBe(UNKNOWN_ADDRESS);
  });
});
