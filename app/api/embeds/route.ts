import { embedsRoutes } from "@/lib/embed/embed-routes";

export const GET = embedsRoutes().list;
