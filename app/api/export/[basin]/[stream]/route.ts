import { streamExportEndpoint } from "@/lib/api/export-endpoints";
import { routeHandler } from "@/lib/api/route-handler";

export const GET = routeHandler(streamExportEndpoint);
