import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { isSignedIn } from "@/lib/auth/require-session";
import {
  parseSignInSearchParams,
  SIGN_IN_REASON_MESSAGES,
  signInErrorMessage,
} from "@/lib/auth/sign-in-params";
import { serverEnv } from "@/lib/config/server-env";

export const metadata: Metadata = { title: "Sign in · S2 metrics" };

interface SignInPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const { callbackUrl, reason, error } = parseSignInSearchParams(await searchParams);
  // With a reason the visitor was just sent here on purpose, so the form is shown even over a live cookie.
  if (reason === undefined && error === undefined && (await isSignedIn())) redirect(callbackUrl);
  return (
    <main className="mx-auto max-w-md p-6">
      <h1 className="text-2xl font-semibold">Sign in to S2 metrics</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        Paste an S2 access token. It is checked with S2 and kept only in this server&apos;s encrypted session
        cookie: never in the page, the browser&apos;s storage or the URL.
      </p>
      {reason ? (
        <p
          role="status"
          className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm dark:bg-amber-950"
        >
          {SIGN_IN_REASON_MESSAGES[reason]}
        </p>
      ) : null}
      <SignInForm
        callbackPath={callbackUrl}
        demoAvailable={serverEnv().localDemo}
        initialError={error === undefined ? null : signInErrorMessage(error)}
      />
    </main>
  );
}
