import { healthReport } from "@/lib/cache/health-report";
import { cacheHealth } from "@/lib/cache/shared-cache";
import { getStore } from "@/lib/store/open-store";

// Liveness and readiness for orchestration and the e2e harness: public, no session, no upstream call,
// never cached. 200 while the process can serve; the body says what is degraded (lib/cache/health-report.ts).
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const report = await healthReport({
    pingDatabase: async () => (await getStore()).ping(),
    cacheHealth,
  });
  return Response.json(report, { headers: { "cache-control": "no-store" } });
}
