export type PageSearchParams = Record<string, string | string[] | undefined>;

/** The path and query a page was asked with, so sign-in can bring the reader back to the same view. */
export function pagePath(pathname: string, searchParams: PageSearchParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(key, v);
  }
  const text = query.toString();
  return text ? `${pathname}?${text}` : pathname;
}
