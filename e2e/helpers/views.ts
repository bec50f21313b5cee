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

/** The window and interval a metrics request asked the proxy for. */
export function metricsQuery(response: Response) {
  const params = new URL(response.url()).searchParams;
  return {
    start: Number(params.get("start")),
    end: Number(params.get("end")),
    interval: params.get("interval"),
  };
}
