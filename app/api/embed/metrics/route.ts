import { accountMetricsEndpoint } from "@/lib/api/endpoints";
import { embedMetricsRoute } from "@/lib/embed/embed-routes";

export const GET = embedMetricsRoute(accountMetricsEndpoint, () => ({ level: "account" }));
