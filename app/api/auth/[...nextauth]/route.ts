import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

// Options are built per request (once, then memoised) rather than at import, so `next build` needs no secret.
function handler(request: NextRequest, context: NextAuthContext): Promise<Response> {
  return NextAuth(request, context, authOptions());
}

export { handler as GET, handler as POST };
