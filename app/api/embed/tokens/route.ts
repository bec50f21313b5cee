import { mintTokensRoute } from "@/lib/embed/embed-routes";

export const POST = mintTokensRoute();
