import { shareRoutes } from "@/lib/embed/embed-routes";

const share = shareRoutes();

export const GET = share.config;
export const POST = share.create;
