"use client";

import { signIn } from "next-auth/react";
import { type FormEvent, useEffect, useState } from "react";
import { CREDENTIALS_PROVIDER_ID, signInErrorMessage } from "@/lib/auth/sign-in-params";

interface SignInFormProps {
  /** Already reduced to a same-site path by the server page. */
  callbackPath: string;
  demoAvailable: boolean;
  initialError: string | null;
}

type Pending = "token" | "demo" | null;

export function SignInForm({ callbackPath, demoAvailable, initialError }: SignInFormProps) {
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState<Pending>(null);
  // Until hydrated, a native submit would post the form somewhere next-auth does not expect.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  async function submit(credentials: Record<string, string>, which: Exclude<Pending, null>) {
    setPending(which);
    setError(null);
    const result = await signIn(CREDENTIALS_PROVIDER_ID, {
      ...credentials,
      redirect: false,
      callbackUrl: callbackPath,
    });
    if (result?.ok && !result.error) {
      // A full navigation, so the next page is rendered with the new session cookie.
      window.location.assign(callbackPath);
      return;
    }
    setError(signInErrorMessage(result?.error ?? ""));
    setPending(null);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const token = new FormData(event.currentTarget).get("token");
    void submit({ token: typeof token === "string" ? token : "" }, "token");
  }

  const disabled = !hydrated || pending !== null;
  return (
    // POST, never GET: even a submit that escapes JavaScript must not put the token into a URL.
    <form method="post" onSubmit={onSubmit} className="mt-6 flex flex-col gap-3" aria-label="Sign in">
      <label htmlFor="s2-token" className="text-sm font-medium">
        S2 access token
      </label>
      <input
        id="s2-token"
        name="token"
        type="password"
        autoComplete="off"
        spellCheck={false}
        required
        className="rounded-lg border border-border bg-surface px-3 py-2 font-mono text-sm text-fg focus-visible:outline-2 focus-visible:outline-focus"
      />
      {error ? (
        <p
          role="alert"
          className="rounded-lg border border-danger-border bg-danger-soft p-3 text-sm text-danger"
        >
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={disabled}
        className="rounded-lg bg-accent px-4 py-2 text-sm font-medium text-accent-fg disabled:opacity-50"
      >
        {pending === "token" ? "Checking the token…" : "Sign in"}
      </button>
      {demoAvailable ? (
        <button
          type="button"
          disabled={disabled}
          onClick={() => void submit({ demo: "1" }, "demo")}
          className="rounded-lg border border-border px-4 py-2 text-sm text-fg hover:bg-surface-muted disabled:opacity-50"
        >
          {pending === "demo" ? "Signing in…" : "Use the demo token"}
        </button>
      ) : null}
    </form>
  );
}
