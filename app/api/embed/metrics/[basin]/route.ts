import { basinMetricsEndpoint } from "@/lib/api/endpoints";
import { embedMetricsRoute } from "@/lib/embed/embed-routes";

export const GET = embedMetricsRoute(basinMetricsEndpoint, ({ basin }) => ({ level: "basin", basin }));
