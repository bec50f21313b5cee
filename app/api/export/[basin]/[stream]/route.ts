import { exportRouteHandler, streamExportEndpoint } from "@/lib/api/export-endpoints";

export const GET = exportRouteHandler(streamExportEndpoint);
