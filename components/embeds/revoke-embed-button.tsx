"use client";

import { useState } from "react";
import { useRevokeEmbed } from "@/lib/embed/embeds-queries";

const BUTTON =
  "h-8 rounded-lg border px-2.5 text-xs font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus disabled:opacity-50";

/** Revoke, asked twice: the first press asks to confirm, the second revokes. */
export function RevokeEmbedButton({ id, what }: { readonly id: string; readonly what: string }) {
  const [confirming, setConfirming] = useState(false);
  const revoke = useRevokeEmbed();
  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        aria-label={`Revoke ${what}`}
        className={`${BUTTON} shrink-0 self-start border-danger-border bg-surface text-danger hover:bg-danger-soft`}
      >
        Revoke
      </button>
    );
  }
  return (
    <fieldset
      aria-label="Confirm revoking"
      className="m-0 flex shrink-0 flex-col gap-2 border-0 p-0 sm:items-end"
    >
      <p className="text-xs text-fg">Revoke it? Portals showing it stop at once; this cannot be undone.</p>
      <div className="flex gap-2">
        <button
          type="button"
          disabled={revoke.isPending}
          onClick={() => revoke.mutate(id)}
          className={`${BUTTON} border-danger-border bg-danger text-bg hover:opacity-90`}
        >
          {revoke.isPending ? "Revoking…" : "Yes, revoke"}
        </button>
        <button
          type="button"
          disabled={revoke.isPending}
          onClick={() => setConfirming(false)}
          className={`${BUTTON} border-border bg-surface text-fg hover:bg-surface-muted`}
        >
          Cancel
        </button>
      </div>
      {revoke.isError ? (
        <p role="alert" className="text-xs text-danger">
          {revoke.error.message}
        </p>
      ) : null}
    </fieldset>
  );
}
