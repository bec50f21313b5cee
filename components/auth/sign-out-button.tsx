"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { signInPath } from "@/lib/auth/sign-in-params";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  async function onClick() {
    setPending(true);
    await signOut({ redirect: false });
    window.location.assign(signInPath({ reason: "signed-out" }));
  }
  return (
    <button
      type="button"
      onClick={() => void onClick()}
      disabled={pending}
      className="h-8 rounded-lg border border-border bg-surface px-2.5 text-xs font-medium text-fg hover:bg-surface-muted disabled:opacity-50"
    >
      Sign out
    </button>
  );
}
