import { readFileSync } from "node:fs";
import { z } from "zod";
import { type Operation, type ResourceSet, tokenScopeSchema } from "@/lib/s2/contract";
import { authn, permissionDenied } from "./errors";

/**
 * Access tokens of the local backend: a documented full-access demo token plus scoped tokens from a JSON
 * file or environment variable, each `{ "<token>": { basins?, streams?, ops?, op_groups?, expires_at? } }`.
 */

export const DEMO_TOKEN = "s2-local-demo-token";

const localTokenSchema = tokenScopeSchema.extend({ expires_at: z.iso.datetime({ offset: true }).optional() });
export const tokenFileSchema = z.record(z.string().min(1), localTokenSchema);
export type LocalToken = z.infer<typeof localTokenSchema>;

/** Which op group (level, read) grants an operation: CONTRACT.md "Access tokens and scope". */
const READ_GROUP: Partial<Record<Operation, "account" | "basin" | "stream">> = {
  "list-basins": "account",
  "account-metrics": "account",
  "list-streams": "basin",
  "basin-metrics": "basin",
  "get-basin-config": "basin",
  "stream-metrics": "stream",
  "check-tail": "stream",
  read: "stream",
  "get-stream-config": "stream",
};

export function parseTokenFile(json: string, source: string): Record<string, LocalToken> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new Error(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = tokenFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${source}: ${issue?.path.join(".") || "(root)"}: ${issue?.message}`);
  }
  return parsed.data;
}

export class TokenRegistry {
  private readonly tokens = new Map<string, LocalToken>();

  constructor(scoped: Record<string, LocalToken> = {}, demoToken: string | null = DEMO_TOKEN) {
    if (demoToken) this.tokens.set(demoToken, {});
    for (const [token, scope] of Object.entries(scoped)) this.tokens.set(token, scope);
  }

  static fromSources(opts: { file?: string; envJson?: string; demoToken?: string | null }): TokenRegistry {
    const scoped = {
      ...(opts.file ? parseTokenFile(readFileSync(opts.file, "utf8"), opts.file) : {}),
      ...(opts.envJson ? parseTokenFile(opts.envJson, "LOCAL_S2_TOKENS") : {}),
    };
    return new TokenRegistry(scoped, opts.demoToken === undefined ? DEMO_TOKEN : opts.demoToken);
  }

  /** The token named by an `Authorization: Bearer` header, or 401 `authn`. */
  authenticate(header: string | undefined, now: number): LocalToken {
    const bearer = bearerOf(header);
    if (bearer === null) {
      throw authn("missing access token: send `Authorization: Bearer <token>`");
    }
    const token = this.tokens.get(bearer);
    if (!token) throw authn("unknown access token: check the token, or issue a new one");
    if (token.expires_at && Date.parse(token.expires_at) / 1000 <= now) {
      throw authn(`access token expired at ${token.expires_at}: issue a new one`);
    }
    return token;
  }
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerOf(header: string | undefined): string | null {
  return /^Bearer (\S+)$/i.exec(header ?? "")?.[1] ?? null;
}

function allowsOp(token: LocalToken, op: Operation): boolean {
  // A token file entry with neither ops nor op_groups is unrestricted, like the demo token.
  if (!token.ops && !token.op_groups) return true;
  if (token.ops?.includes(op)) return true;
  const group = READ_GROUP[op];
  return group !== undefined && token.op_groups?.[group]?.read === true;
}

export function inResourceSet(set: ResourceSet | undefined, name: string): boolean {
  if (!set) return true;
  return "exact" in set ? set.exact === name : name.startsWith(set.prefix);
}

function describeScope(set: ResourceSet): string {
  return "exact" in set ? `exactly '${set.exact}'` : `names starting with '${set.prefix}'`;
}

/** Throws 403 `permission_denied` unless the token may perform `op` on the named basin/stream. */
export function authorise(token: LocalToken, op: Operation, basin?: string, stream?: string): void {
  if (!allowsOp(token, op)) throw permissionDenied(`this access token does not allow the '${op}' operation`);
  if (basin !== undefined && token.basins && !inResourceSet(token.basins, basin)) {
    throw permissionDenied(
      `basin '${basin}' is outside this access token's scope (${describeScope(token.basins)})`,
    );
  }
  if (stream !== undefined && token.streams && !inResourceSet(token.streams, stream)) {
    throw permissionDenied(
      `stream '${stream}' is outside this access token's scope (${describeScope(token.streams)})`,
    );
  }
}
