import { streamMetricsEndpoint } from "@/lib/api/endpoints";
import { routeHandler } from "@/lib/api/route-handler";

export const GET = routeHandler(streamMetricsEndpoint);
