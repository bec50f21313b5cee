import "server-only";
import type { RevocationBus } from "@/lib/cache/revocation-bus";
import type { SessionRevocations } from "./session-revocations";

/**
 * Keeps this process's cached revocation answers in step with every replica: a revocation published
 * anywhere drops the local answer, so the next lookup reads the database. `onEmbed` drops whatever the
 * caller cached about an embed (its resolved record, its data).
 */
export function followRevocations(
  bus: RevocationBus,
  sessions: SessionRevocations,
  onEmbed: (id: string | null) => void = () => {},
): () => void {
  return bus.onRevocation((revocation) => {
    if (revocation.kind === "session") sessions.forget(revocation.jti);
    else if (revocation.kind === "embed") onEmbed(revocation.id);
    else {
      sessions.forgetAll();
      onEmbed(null);
    }
  });
}
