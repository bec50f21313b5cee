"use client";

import { getCsrfToken } from "next-auth/react";
import { useState } from "react";
import { signInPath } from "@/lib/auth/sign-in-params";

/**
 * Signs out through next-auth's own endpoint, but reads its status: when the session could not be revoked
 * everywhere (503, lib/auth/sign-out.ts) the user is told so instead of being sent on as if all were well,
 * because a copy of the cookie elsewhere may still work. (`signOut()` from next-auth/react ignores the status.)
 */
export function SignOutButton() {
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function onClick() {
    setPending(true);
    setProblem(null);
    try {
      const csrfToken = (await getCsrfToken()) ?? "";
      const response = await fetch("/api/auth/signout", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, json: "true" }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
        setProblem(typeof body?.message === "string" ? body.message : `Sign-out failed (${response.status})`);
        return;
      }
      window.location.assign(signInPath({ reason: "signed-out" }));
    } catch {
      setProblem("Sign-out could not reach the server; try again");
    } finally {
      setPending(false);
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      {problem ? (
        <span role="alert" className="max-w-64 text-xs text-note">
          {problem}.{" "}
          <a className="underline" href={signInPath({ reason: "signed-out" })}>
            Continue
          </a>
        </span>
      ) : null}
      <button
        type="button"
        onClick={() => void onClick()}
        disabled={pending}
        className="h-8 rounded-lg border border-border bg-surface px-2.5 text-xs font-medium text-fg hover:bg-surface-muted disabled:opacity-50"
      >
        Sign out
      </button>
    </span>
  );
}
