import { basinExportEndpoint, exportRouteHandler } from "@/lib/api/export-endpoints";

export const GET = exportRouteHandler(basinExportEndpoint);
