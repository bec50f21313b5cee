import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { readS2Token } from "./session";
import { signInPath } from "./sign-in-params";

/**
 * For server pages: whether the request has a valid session. Pages learn only that; the token itself
 * stays inside `lib/` and goes no further than the S2 client.
 */
export async function isSignedIn(): Promise<boolean> {
  return (await readS2Token(await cookies())) !== null;
}

/** Sends a signed-out visitor to the sign-in page, which brings them back to `callbackPath` afterwards. */
export async function requireSignedIn(callbackPath: string): Promise<void> {
  if (!(await isSignedIn())) redirect(signInPath({ callbackPath }));
}
