// Liveness for orchestration and the e2e harness: no session, no upstream call, never cached.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
