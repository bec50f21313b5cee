import { expect, type Locator, type Page, type Response } from "@playwright/test";

/** A metric set's panel on a view, by its `data-set`. */
export const panel = (page: Page, set: string) => page.locator(`section[data-set="${set}"]`);

/** Charts are drawn one panel at a time in idle periods: a wait for the bars, not a timing assertion. */
export const CHART_DRAWN = { timeout: 45_000 };

/** Waits until the chart in `scope` (a panel, or the whole page) has drawn its first bar. */
export async function chartDrawn(scope: Page | Locator): Promise<void> {
  await expect(scope.locator("rect[data-bucket]").first()).toBeVisible(CHART_DRAWN);
}

/** The page's URL search parameters, as the view state reads them. */
export const urlParams = (page: Page) => new URL(page.url()).searchParams;

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
