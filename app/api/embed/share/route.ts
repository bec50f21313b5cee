import { shareRoutes } from "@/lib/embed/embed-routes";
import { withApiContentSecurityPolicy } from "@/lib/security/content-security-policy";

const share = shareRoutes();

// proxy.ts skips this route (it reads a body), so the policy is set here.
export const GET = withApiContentSecurityPolicy(share.config);
export const POST = withApiContentSecurityPolicy(share.create);
