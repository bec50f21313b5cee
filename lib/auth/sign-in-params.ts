import { z } from "zod";
import { safeCallbackPath } from "./safe-callback-path";

/**
 * The sign-in page's URL contract, shared by the server page, the form, and everything that sends a user
 * there: `callbackUrl` (where to return), `reason` (why the previous session ended), `error` (why the
 * last attempt failed; next-auth puts it there when a sign-in without JavaScript fails).
 */

export const SIGN_IN_PATH = "/sign-in";
/** next-auth's id for the "paste an S2 token" provider; the form signs in with it. */
export const CREDENTIALS_PROVIDER_ID = "s2-token";

export const SIGN_IN_ERRORS = [
  "missing_token",
  "malformed_token",
  "invalid_token",
  "no_metrics_permission",
  "demo_unavailable",
  "upstream_unavailable",
  "check_failed",
  "rate_limited",
] as const;
export type SignInError = (typeof SIGN_IN_ERRORS)[number];

export const SIGN_IN_ERROR_MESSAGES: Record<SignInError, string> = {
  missing_token: "Paste an S2 access token.",
  malformed_token:
    "That is not an S2 access token: it contains spaces, line breaks or other characters a token never has. Copy the token again and paste only the token.",
  invalid_token: "S2 did not accept this access token: it is wrong, expired or revoked.",
  no_metrics_permission:
    "This token is valid but has no permission to read metrics. Issue one that allows account-metrics or basin-metrics.",
  demo_unavailable:
    "The demo token is only offered with the embedded local backend, to browsers on the machine the dashboard runs on.",
  upstream_unavailable: "S2 could not be reached to check the token. Try again in a moment.",
  check_failed: "S2 refused to check this token. Try again, or use another token.",
  rate_limited: "Too many sign-in attempts from this network. Wait a minute, then try again.",
};
const GENERIC_ERROR_MESSAGE = "Sign-in failed. Try again.";

export const SIGN_IN_REASONS = ["expired", "signed-out"] as const;
export type SignInReason = (typeof SIGN_IN_REASONS)[number];

export const SIGN_IN_REASON_MESSAGES: Record<SignInReason, string> = {
  expired:
    "Your session has ended: it timed out, or S2 no longer accepts its token. Sign in again to continue.",
  "signed-out": "You have signed out.",
};

export function signInErrorMessage(code: string): string {
  return Object.hasOwn(SIGN_IN_ERROR_MESSAGES, code)
    ? SIGN_IN_ERROR_MESSAGES[code as SignInError]
    : GENERIC_ERROR_MESSAGE;
}

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const signInSearchParamsSchema = z.object({
  callbackUrl: z.preprocess(firstValue, z.unknown()).transform(safeCallbackPath),
  reason: z.preprocess(firstValue, z.enum(SIGN_IN_REASONS).optional()).catch(undefined),
  error: z.preprocess(firstValue, z.string().max(64).optional()).catch(undefined),
});
export type SignInSearchParams = z.output<typeof signInSearchParamsSchema>;

/** Never fails: a mangled sign-in URL still shows the form, with safe defaults. */
export function parseSignInSearchParams(
  raw: Record<string, string | string[] | undefined>,
): SignInSearchParams {
  return signInSearchParamsSchema.parse(raw);
}

export function signInPath(options: { callbackPath?: string; reason?: SignInReason } = {}): string {
  const search = new URLSearchParams();
  const callbackPath = safeCallbackPath(options.callbackPath);
  if (callbackPath !== "/") search.set("callbackUrl", callbackPath);
  if (options.reason) search.set("reason", options.reason);
  const text = search.toString();
  return text ? `${SIGN_IN_PATH}?${text}` : SIGN_IN_PATH;
}
