import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { clientAddress } from "@/lib/auth/client-address";
import { demoOffered } from "@/lib/auth/demo-access";
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
  const env = serverEnv();
  // The demo token signs in with full access: only browsers on this machine are offered it.
  const demoAvailable = demoOffered(env, clientAddress(await headers(), env.signIn.trustedProxyHops));
  return (
    <div className="mx-auto mt-10 max-w-md rounded-xl border border-border bg-surface p-6 shadow-sm">
      <h1 className="text-xl font-semibold text-fg">Sign in to S2 metrics</h1>
      <p className="mt-2 text-sm text-fg-muted">
        Paste an S2 access token. It is checked with S2 and kept only in this server&apos;s encrypted session
        cookie: never in the page, the browser&apos;s storage or the URL.
      </p>
      {reason ? (
        <p
          role="status"
          className="mt-4 rounded-lg border border-note-border bg-note-soft p-3 text-sm text-note"
        >
          {SIGN_IN_REASON_MESSAGES[reason]}
        </p>
      ) : null}
      <SignInForm
        callbackPath={callbackUrl}
        demoAvailable={demoAvailable}
        initialError={error === undefined ? null : signInErrorMessage(error)}
      />
    </div>
  );
}
