import { z } from "zod";

/**
 * Runs in the browser before the app's own code. zod compiles object parsers with `new Function` when
 * it may, and probes whether it may when its first object schema is built; under the dashboard's CSP
 * (no 'unsafe-eval', lib/security/content-security-policy.ts) that probe is reported as a
 * `securitypolicyviolation` even though zod catches it. Parsing without the compiler needs no eval.
 */
z.config({ jitless: true });
