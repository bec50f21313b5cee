import "server-only";
import { createHmac } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { z } from "zod";
import { sharedRevocationBus } from "@/lib/cache/shared-cache";
import { serverEnv } from "@/lib/config/server-env";
import { createDatabase, migrateToLatest } from "./database";
import { createEmbedLinkSigner, type EmbedLinkSigner } from "./embed-link";
import { createEmbedRepository, type EmbedRepository } from "./embed-repository";
import { followRevocations } from "./follow-revocations";
import type { DashboardDatabase } from "./schema";
import { createSecretBox } from "./sealed-secret";
import { deriveKey } from "./secret-keys";
import { createSessionRevocations, type SessionRevocations } from "./session-revocations";
import { StoreConfigError, type StoreEnv } from "./store-env";

/** The dashboard's own state: one database (migrated on open), the embed records and session revocations. */
export interface Store {
  kind: "sqlite" | "postgres";
  db: Kysely<DashboardDatabase>;
  /** Signs and verifies the `<id>.<signature>` an embed link carries. */
  links: EmbedLinkSigner;
  sessions: SessionRevocations;
  /** The embed records, their specs validated by the embed contract's schema. */
  embeds<Spec>(specSchema: z.ZodType<Spec>): EmbedRepository<Spec>;
  /**
   * Who made a record, from their S2 token: a keyed hash (HMAC), stable for one token under one secret and
   * useless for recognising the token anywhere else.
   */
  ownerLabel(token: string): string;
  /** For /api/health: whether the database answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  now?: () => number;
  poolSize?: number;
}

export async function openStore(env: StoreEnv, options: OpenStoreOptions = {}): Promise<Store> {
  if (!env.encryptionSecret) {
    throw new StoreConfigError("set DATABASE_ENCRYPTION_KEY (or AUTH_SECRET) to keep embeds in the database");
  }
  const db = createDatabase(env.database, { poolSize: options.poolSize });
  try {
    await migrateToLatest(db, env.database);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const box = createSecretBox(deriveKey(env.encryptionSecret, "embed-credential/v1"));
  const ownerKey = deriveKey(env.encryptionSecret, "owner-label/v1");
  return {
    kind: env.database.kind,
    db,
    links: createEmbedLinkSigner(deriveKey(env.encryptionSecret, "embed-link/v1")),
    sessions: createSessionRevocations({ db, now: options.now }),
    embeds: (specSchema) => createEmbedRepository({ db, box, specSchema, now: options.now }),
    ownerLabel: (token) => createHmac("sha256", ownerKey).update(token).digest("base64url").slice(0, 32),
    async ping() {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
    close: () => db.destroy(),
  };
}

// On globalThis so that `next dev`'s module reloads share one pool instead of opening one per reload.
const holder = globalThis as typeof globalThis & { __s2DashboardStore?: Promise<Store> };

/**
 * This process's store, opened (and migrated) on first use from the environment, its cached revocation
 * answers following the revocations channel (lib/cache).
 */
export function getStore(): Promise<Store> {
  if (!holder.__s2DashboardStore) {
    const opening = openStore(serverEnv().store).then((store) => {
      followRevocations(sharedRevocationBus(), store.sessions);
      return store;
    });
    // A failed open (database not up yet) is not remembered: the next request tries again.
    opening.catch(() => {
      if (holder.__s2DashboardStore === opening) holder.__s2DashboardStore = undefined;
    });
    holder.__s2DashboardStore = opening;
  }
  return holder.__s2DashboardStore;
}
