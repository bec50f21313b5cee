/**
 * Links between views. Names are percent-encoded whole, so a stream named `orders/eu-west` or
 * `click stream` stays one path segment; the view's search string rides along to keep the window.
 */
export function basinHref(basin: string, search = ""): string {
  return `/basins/${encodeURIComponent(basin)}${search}`;
}

export function streamHref(basin: string, stream: string, search = ""): string {
  return `/basins/${encodeURIComponent(basin)}/streams/${encodeURIComponent(stream)}${search}`;
}
