import { expireSessionCookies, readS2Token, requestCookies } from "@/lib/auth/session";
import { serverEnv } from "@/lib/config/server-env";
import { sharedS2Client } from "@/lib/upstream/shared-client";
import { createHandler, type Endpoint, type RouteHandler } from "./handle";

/** A route's GET, wired to the real session cookie and the process's shared S2 client. */
export function routeHandler<P, Q>(endpoint: Endpoint<P, Q>): RouteHandler {
  return createHandler(endpoint, {
    getSessionToken: (request) => readS2Token(requestCookies(request)),
    s2: sharedS2Client,
    endSession: (request, response) => expireSessionCookies(request, response, serverEnv().secureCookies),
  });
}
