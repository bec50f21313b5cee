import "server-only";
import type { Redis } from "ioredis";
import { z } from "zod";
import type { RedisConnection } from "./redis-connection";

/**
 * Tells every replica at once that a session or an embed was revoked, so each drops what it cached about
 * it. Published on a Redis channel; listeners in the publishing process are called directly, so one code
 * path serves one replica and many. Without Redis it is just the local call. A replica that was cut off
 * from Redis may have missed messages: when its subscription comes back it hears `{kind: "all"}` and
 * drops every cached answer (the short life of those answers bounds the gap meanwhile).
 */

export const REVOCATION_CHANNEL = "s2-dashboard:revocations";

const revocationSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("session"), jti: z.string().min(1).max(200) }),
  z.object({ kind: z.literal("embed"), id: z.string().min(1).max(200) }),
  z.object({ kind: z.literal("all") }),
]);
export type Revocation = z.infer<typeof revocationSchema>;
export type RevocationListener = (revocation: Revocation) => void;

export interface RevocationBus {
  /** Calls this process's listeners, then tells the other replicas (best effort: Redis may be down). */
  publish(revocation: Revocation): Promise<void>;
  onRevocation(listener: RevocationListener): () => void;
  /** Resolves once the subscription is live (at once without Redis). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export function createRevocationBus(redis: RedisConnection | null): RevocationBus {
  const listeners = new Set<RevocationListener>();
  const deliver = (revocation: Revocation) => {
    for (const listener of listeners) listener(revocation);
  };
  let subscriber: Redis | null = null;
  let subscribed: Promise<void> = Promise.resolve();

  if (redis) {
    const connection = redis.duplicate();
    subscriber = connection;
    let everSubscribed = false;
    subscribed = new Promise((resolve) => {
      const subscribe = () => {
        // ioredis re-subscribes by itself after a reconnect; the first subscription is ours to make.
        if (everSubscribed) {
          deliver({ kind: "all" });
          return;
        }
        connection.subscribe(REVOCATION_CHANNEL).then(
          () => {
            everSubscribed = true;
            resolve();
          },
          (error: unknown) => redis.reportFailure(error),
        );
      };
      connection.on("ready", subscribe);
    });
    connection.on("message", (channel: string, message: string) => {
      if (channel !== REVOCATION_CHANNEL) return;
      let payload: unknown;
      try {
        payload = JSON.parse(message);
      } catch {
        return;
      }
      const revocation = revocationSchema.safeParse(payload);
      if (revocation.success) deliver(revocation.data);
    });
  }

  return {
    async publish(revocation) {
      const checked = revocationSchema.parse(revocation);
      deliver(checked);
      if (redis?.client.status !== "ready") return;
      try {
        await redis.client.publish(REVOCATION_CHANNEL, JSON.stringify(checked));
        redis.reportSuccess();
      } catch (error) {
        redis.reportFailure(error);
      }
    },
    onRevocation(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready: () => subscribed,
    async close() {
      listeners.clear();
      subscriber?.disconnect();
    },
  };
}
