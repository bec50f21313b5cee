import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";
import { demoOffered } from "./demo-access";

const from = (value: string, hops = 0) => clientAddress(new Headers({ "x-forwarded-for": value }), hops);
const settings = { localDemo: true, demoForRemoteClients: false, listenHost: "127.0.0.1" };

describe("demoOffered", () => {
  it("offers the demo to a browser on this machine", () => {
    expect(demoOffered(settings, from("127.0.0.1"))).toBe(true);
    expect(demoOffered(settings, from("::1"))).toBe(true);
  });

  it("hides it from a client that a proxy names as remote", () => {
    expect(demoOffered(settings, from("203.0.113.5, 127.0.0.1"))).toBe(false);
    expect(demoOffered(settings, from("203.0.113.5", 1))).toBe(false);
  });

  it("does not believe a claimed loopback address when the server listens on the network", () => {
    expect(demoOffered({ ...settings, listenHost: "0.0.0.0" }, from("127.0.0.1"))).toBe(false);
    // A trusted proxy's word is believed.
    expect(demoOffered({ ...settings, listenHost: "0.0.0.0" }, from("6.6.6.6, 127.0.0.1", 1))).toBe(true);
  });

  it("offers it to everyone only when LOCAL_S2_DEMO_REMOTE says so, and to nobody without the demo", () => {
    expect(demoOffered({ ...settings, demoForRemoteClients: true }, from("203.0.113.5", 1))).toBe(true);
    expect(demoOffered({ ...settings, localDemo: false }, from("127.0.0.1"))).toBe(false);
  });
});
