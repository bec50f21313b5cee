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
      className="rounded border border-zinc-300 px-3 py-1 text-sm disabled:opacity-50 dark:border-zinc-700"
    >
      Sign out
    </button>
  );
}
