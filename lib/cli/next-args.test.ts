import { describe, expect, it } from "vitest";
import { listenHost } from "@/lib/config/listen";
import { localUrl, nextArgs } from "./next-args";

describe("nextArgs", () => {
  it("binds loopback by default, for `next start` and `next dev` alike", () => {
    expect(nextArgs({ dev: false, host: listenHost(undefined), port: 3000 })).toEqual([
      "start",
      "--hostname",
      "127.0.0.1",
      "--port",
      "3000",
    ]);
    expect(nextArgs({ dev: true, host: listenHost(""), port: 3001 })).toEqual([
      "dev",
      "--hostname",
      "127.0.0.1",
      "--port",
      "3001",
    ]);
  });

  it("opens up only when HOST says so", () => {
    expect(nextArgs({ dev: false, host: listenHost("0.0.0.0"), port: 80 })).toContain("0.0.0.0");
  });
});

describe("localUrl", () => {
  it("reaches a wildcard or named-loopback bind on 127.0.0.1, and brackets IPv6", () => {
    expect(localUrl("0.0.0.0", 3000)).toBe("http://127.0.0.1:3000");
    expect(localUrl("localhost", 3000)).toBe("http://127.0.0.1:3000");
    expect(localUrl("::1", 3000)).toBe("http://[::1]:3000");
    expect(localUrl("10.1.2.3", 3000)).toBe("http://10.1.2.3:3000");
  });
});
