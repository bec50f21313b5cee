import { monthEstimateEndpoint } from "@/lib/api/cost-endpoints";
import { routeHandler } from "@/lib/api/route-handler";

export const GET = routeHandler(monthEstimateEndpoint);
