import { embedsRoutes } from "@/lib/embed/embed-routes";

export const DELETE = embedsRoutes().revoke;
