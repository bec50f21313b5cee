import { streamMetricsEndpoint } from "@/lib/api/endpoints";
import { embedMetricsRoute } from "@/lib/embed/embed-routes";

export const GET = embedMetricsRoute(streamMetricsEndpoint, ({ basin, stream }) => ({
  level: "stream",
  basin,
  stream,
}));
