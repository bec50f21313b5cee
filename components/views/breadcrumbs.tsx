import Link from "next/link";
import { basinHref } from "@/lib/view/hrefs";

export interface BreadcrumbsProps {
  readonly basin?: string;
  readonly stream?: string;
  /** The current view's search string (`?range=...`), carried along so navigation keeps the window. */
  readonly search?: string;
}

/** Account / basin / stream, each a link but the last. */
export function Breadcrumbs({ basin, stream, search = "" }: BreadcrumbsProps) {
  const crumbs: { label: string; href: string }[] = [{ label: "Account", href: `/${search}` }];
  if (basin !== undefined) crumbs.push({ label: basin, href: basinHref(basin, search) });
  if (basin !== undefined && stream !== undefined) crumbs.push({ label: stream, href: "" });
  return (
    <nav aria-label="Breadcrumb" className="min-w-0">
      <ol className="flex min-w-0 flex-wrap items-center gap-1 text-sm text-fg-muted">
        {crumbs.map((crumb, i) => {
          const last = i === crumbs.length - 1;
          return (
            <li key={crumb.label + String(i)} className="flex min-w-0 items-center gap-1">
              {i > 0 ? <span aria-hidden="true">/</span> : null}
              {last ? (
                <span aria-current="page" className="truncate font-medium text-fg">
                  {crumb.label}
                </span>
              ) : (
                <Link href={crumb.href} className="truncate hover:text-fg hover:underline">
                  {crumb.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
