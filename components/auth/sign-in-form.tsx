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
        className="rounded border border-zinc-300 px-3 py-2 font-mono text-sm dark:border-zinc-700 dark:bg-zinc-900"
      />
      {error ? (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={disabled}
        className="rounded bg-zinc-900 px-4 py-2 text-white disabled:opacity-50 dark:bg-zinc-100 dark:text-zinc-900"
      >
        {pending === "token" ? "Checking the token…" : "Sign in"}
      </button>
      {demoAvailable ? (
        <button
          type="button"
          disabled={disabled}
          onClick={() => void submit({ demo: "1" }, "demo")}
          className="rounded border border-zinc-300 px-4 py-2 disabled:opacity-50 dark:border-zinc-700"
        >
          {pending === "demo" ? "Signing in…" : "Use the demo token"}
        </button>
      ) : null}
    </form>
  );
}
