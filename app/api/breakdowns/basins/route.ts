import { basinBreakdownEndpoint } from "@/lib/api/breakdown-endpoints";
import { routeHandler } from "@/lib/api/route-handler";

export const GET = routeHandler(basinBreakdownEndpoint);
