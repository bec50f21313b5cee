import type { Page, Response } from "@playwright/test";

/** A metric set's panel on a view, by its `data-set`. */
export const panel = (page: Page, set: string) => page.locator(`section[data-set="${set}"]`);

/** The next successful proxy answer for `set` under `/api/metrics{pathPart}`. */
export function metricsResponse(page: Page, pathPart: string, set: string): Promise<Response> {
  return page.waitForResponse((r) => {
    const url = new URL(r.url());
    return url.pathname === `/api/metrics${pathPart}` && url.searchParams.get("set") === set && r.ok();
  });
}
