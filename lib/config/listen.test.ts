import { describe, expect, it } from "vitest";
import { isLoopbackAddress, listenHost } from "./listen";

describe("listenHost", () => {
  it("binds loopback unless HOST says otherwise", () => {
    expect(listenHost(undefined)).toBe("127.0.0.1");
    expect(listenHost(" ")).toBe("127.0.0.1");
    expect(listenHost("0.0.0.0")).toBe("0.0.0.0");
  });
});

describe("isLoopbackAddress", () => {
  it("knows this machine's addresses", () => {
    for (const a of ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "::ffff:127.0.0.1", "localhost"]) {
      expect(isLoopbackAddress(a)).toBe(true);
    }
    for (const a of ["0.0.0.0", "10.0.0.1", "::", "128.0.0.1", "unknown", "127.0.0.1.evil"]) {
      expect(isLoopbackAddress(a)).toBe(false);
    }
  });
});
