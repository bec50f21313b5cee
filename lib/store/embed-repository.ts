import "server-only";
import type { Kysely, Selectable } from "kysely";
import type { z } from "zod";
import type { DashboardDatabase, EmbedsTable } from "./schema";
import type { SecretBox } from "./sealed-secret";

/**
 * Embeds as server-side records. The credential goes in sealed and comes out only through `resolve`, for
 * serving the embed; every other read returns the record without it.
 */

export interface EmbedRecord<Spec> {
  id: string;
  owner: string;
  spec: Spec;
  createdAt: number;
  expiresAt: number | null;
  revokedAt: number | null;
  lastUsedAt: number | null;
  views: number;
}

export interface NewEmbed<Spec> {
  owner: string;
  spec: Spec;
  /** The S2 token the embed reads with; sealed before it is written. */
  credential: string;
  /** Epoch ms, or null for no expiry. */
  expiresAt: number | null;
}

export type ResolvedEmbed<Spec> =
  | { status: "active"; embed: EmbedRecord<Spec>; credential: string }
  | { status: "not_found" | "revoked" | "expired" };

export interface EmbedRepository<Spec> {
  create(id: string, input: NewEmbed<Spec>): Promise<EmbedRecord<Spec>>;
  get(id: string): Promise<EmbedRecord<Spec> | null>;
  listByOwner(owner: string): Promise<EmbedRecord<Spec>[]>;
  /** Marks it revoked (once; the first time stays). False when no such embed (of that owner, if given). */
  revoke(id: string, owner?: string): Promise<boolean>;
  /** The record and its credential when it may be served; `countView` adds a view and sets last used. */
  resolve(id: string, options?: { countView?: boolean }): Promise<ResolvedEmbed<Spec>>;
  /** Deletes records expired or revoked before `olderThan` (epoch ms). Returns how many. */
  purge(olderThan: number): Promise<number>;
}

export class EmbedRecordError extends Error {
  override name = "EmbedRecordError";
}

export interface EmbedRepositoryOptions<Spec> {
  db: Kysely<DashboardDatabase>;
  box: SecretBox;
  /** The embed contract's schema: a stored spec is validated on the way out as strictly as on the way in. */
  specSchema: z.ZodType<Spec>;
  now?: () => number;
}

export function createEmbedRepository<Spec>(options: EmbedRepositoryOptions<Spec>): EmbedRepository<Spec> {
  const { db, box, specSchema } = options;
  const now = options.now ?? Date.now;

  const toRecord = (row: Omit<Selectable<EmbedsTable>, "credential">): EmbedRecord<Spec> => {
    const spec = specSchema.safeParse(JSON.parse(row.spec));
    if (!spec.success) throw new EmbedRecordError(`embed ${row.id} holds a spec the contract refuses`);
    return {
      id: row.id,
      owner: row.owner,
      spec: spec.data,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      revokedAt: row.revoked_at,
      lastUsedAt: row.last_used_at,
      views: row.views,
    };
  };
  const publicColumns = [
    "id",
    "owner",
    "spec",
    "created_at",
    "expires_at",
    "revoked_at",
    "last_used_at",
    "views",
  ] as const;

  return {
    async create(id, input) {
      const spec = specSchema.parse(input.spec);
      const row = {
        id,
        owner: input.owner,
        spec: JSON.stringify(spec),
        credential: box.seal(input.credential, id),
        created_at: now(),
        expires_at: input.expiresAt,
        revoked_at: null,
        last_used_at: null,
      };
      await db.insertInto("embeds").values(row).execute();
      return toRecord({ ...row, views: 0 });
    },

    async get(id) {
      const row = await db.selectFrom("embeds").select(publicColumns).where("id", "=", id).executeTakeFirst();
      return row ? toRecord(row) : null;
    },

    async listByOwner(owner) {
      const rows = await db
        .selectFrom("embeds")
        .select(publicColumns)
        .where("owner", "=", owner)
        .orderBy("created_at", "desc")
        .orderBy("id")
        .execute();
      return rows.map(toRecord);
    },

    async revoke(id, owner) {
      let query = db
        .updateTable("embeds")
        .set({ revoked_at: now() })
        .where("id", "=", id)
        .where("revoked_at", "is", null);
      if (owner !== undefined) query = query.where("owner", "=", owner);
      const result = await query.executeTakeFirst();
      if (result.numUpdatedRows > 0n) return true;
      // Already revoked counts as done; a missing (or someone else's) embed does not.
      let exists = db.selectFrom("embeds").select("id").where("id", "=", id);
      if (owner !== undefined) exists = exists.where("owner", "=", owner);
      return (await exists.executeTakeFirst()) !== undefined;
    },

    async resolve(id, { countView = false } = {}) {
      const at = now();
      const row = await db.selectFrom("embeds").selectAll().where("id", "=", id).executeTakeFirst();
      if (!row) return { status: "not_found" };
      if (row.revoked_at !== null) return { status: "revoked" };
      if (row.expires_at !== null && row.expires_at <= at) return { status: "expired" };
      const credential = box.open(row.credential, row.id);
      if (credential === null)
        throw new EmbedRecordError(`embed ${row.id}: its credential does not open with this key`);
      let { views, last_used_at } = row;
      if (countView) {
        await db
          .updateTable("embeds")
          .set((eb) => ({ views: eb("views", "+", 1), last_used_at: at }))
          .where("id", "=", id)
          .execute();
        views += 1;
        last_used_at = at;
      }
      return { status: "active", embed: toRecord({ ...row, views, last_used_at }), credential };
    },

    async purge(olderThan) {
      const result = await db
        .deleteFrom("embeds")
        .where((eb) => eb.or([eb("expires_at", "<", olderThan), eb("revoked_at", "<", olderThan)]))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
