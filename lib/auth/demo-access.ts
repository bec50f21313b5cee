import { isLoopbackAddress } from "@/lib/config/listen";
import type { ClientAddress } from "./client-address";

/**
 * Whether a client is offered (and may use) the one-click demo token, which signs in with full access to
 * the embedded backend. Only clients on this machine get it, unless LOCAL_S2_DEMO_REMOTE says everyone may.
 *
 * "On this machine" needs an address nobody can forge: the one a trusted proxy wrote, or any address at all
 * when the server listens on loopback only (then a remote client cannot reach it except through a proxy,
 * and a proxy that adds X-Forwarded-For names a remote client there, which hides the button).
 */
export interface DemoAccessSettings {
  localDemo: boolean;
  demoForRemoteClients: boolean;
  listenHost: string;
}

export function demoOffered(settings: DemoAccessSettings, client: ClientAddress): boolean {
  if (!settings.localDemo) return false;
  if (settings.demoForRemoteClients) return true;
  if (client.trusted) return isLoopbackAddress(client.address);
  return isLoopbackAddress(settings.listenHost) && client.chain.every(isLoopbackAddress);
}
