import { accountExportEndpoint, exportRouteHandler } from "@/lib/api/export-endpoints";

export const GET = exportRouteHandler(accountExportEndpoint);
