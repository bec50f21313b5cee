import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { withRateLimitAnswer } from "@/lib/auth/sign-in-rate-limit";
import { withSignOutAnswer } from "@/lib/auth/sign-out";

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

// Options are built per request (once, then memoised) rather than at import, so `next build` needs no secret.
function handler(request: NextRequest, context: NextAuthContext): Promise<Response> {
  return NextAuth(request, context, authOptions());
}

// The sign-in limit is applied inside the provider's `authorize` (lib/auth/sign-in-rate-limit.ts), on the
// route as next-auth decoded it; this only turns its refusal into a 429 with Retry-After. Likewise a
// sign-out whose revocation could not be recorded (lib/auth/sign-out.ts) becomes a 503.
function post(request: NextRequest, context: NextAuthContext): Promise<Response> {
  return withSignOutAnswer(() => withRateLimitAnswer(request, () => handler(request, context)));
}

export { handler as GET, post as POST };
