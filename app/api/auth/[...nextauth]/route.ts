import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { sharedSignInLimit, withSignInRateLimit } from "@/lib/auth/sign-in-rate-limit";
import { serverEnv } from "@/lib/config/server-env";

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

// Options are built per request (once, then memoised) rather than at import, so `next build` needs no secret.
function handler(request: NextRequest, context: NextAuthContext): Promise<Response> {
  return NextAuth(request, context, authOptions());
}

// Credentials sign-ins are rate limited per client before next-auth (and S2) sees them.
const limited = withSignInRateLimit(
  (request, context: NextAuthContext) => handler(request as NextRequest, context),
  () => sharedSignInLimit(serverEnv().secureCookies),
);

export { handler as GET, limited as POST };
