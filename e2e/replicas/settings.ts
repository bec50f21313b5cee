/**
 * The two-replica run's fixed settings, shared by its config, its global setup and its specs. Ports are
 * this run's own, so it can run beside the main e2e run (3100/4343/4400).
 */

export type ReplicaName = "A" | "B";

export const REPLICA_PORTS: Record<ReplicaName, number> = {
  A: Number(process.env.E2E_REPLICA_A_PORT ?? 3171),
  B: Number(process.env.E2E_REPLICA_B_PORT ?? 3172),
};
export const REPLICA_S2_PORT = Number(process.env.E2E_REPLICAS_S2_PORT ?? 4371);
export const REPLICA_PROXY_PORT = Number(process.env.E2E_REPLICAS_PROXY_PORT ?? 4372);
export const REPLICA_PORTAL_PORT = Number(process.env.E2E_REPLICAS_PORTAL_PORT ?? 4471);

export const REPLICA_A = `http://127.0.0.1:${REPLICA_PORTS.A}`;
export const REPLICA_B = `http://127.0.0.1:${REPLICA_PORTS.B}`;
export const REPLICA_PROXY = `http://127.0.0.1:${REPLICA_PROXY_PORT}`;
export const REPLICA_PORTAL_ORIGIN = `http://127.0.0.1:${REPLICA_PORTAL_PORT}`;

// Test-only secrets, the same on both replicas as an operator must configure them.
export const REPLICA_AUTH_SECRET = "e2e-replicas-secret-not-for-production-0123456789";
export const REPLICA_ENCRYPTION_KEY = "e2e-replicas-encryption-key-not-for-production-0123";
export const REPLICA_EMBED_SECRET = "e2e-replicas-embed-secret-not-for-production-01234";
export const REPLICA_MINT_SECRET = "e2e-replicas-mint-secret-not-for-production-012345";

/** Set by the global setup: where the specs ask it to inject faults (it owns every process). */
export const CONTROL_URL_ENV = "E2E_REPLICAS_CONTROL_URL";
