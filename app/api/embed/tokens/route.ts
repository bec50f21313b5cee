import { mintTokensRoute } from "@/lib/embed/embed-routes";
import { withApiContentSecurityPolicy } from "@/lib/security/content-security-policy";

// proxy.ts skips this route (it reads a body), so the policy is set here.
export const POST = withApiContentSecurityPolicy(mintTokensRoute());
