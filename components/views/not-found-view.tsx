import Link from "next/link";
import { basinHref, streamHref } from "@/lib/view/hrefs";
import { AppBar, ViewTitle } from "./app-bar";
import { Breadcrumbs } from "./breadcrumbs";

export type NotFoundViewProps =
  /** A basin that S2 does not list; `suggestions` are close basin names. */
  | {
      readonly missing: "basin";
      readonly basin: string;
      readonly stream?: string;
      readonly suggestions: readonly string[];
    }
  /** A stream that its (existing) basin does not list; `suggestions` are close stream names there. */
  | {
      readonly missing: "stream";
      readonly basin: string;
      readonly stream: string;
      readonly suggestions: readonly string[];
    };

/**
 * A basin or stream view whose name does not exist: the app bar, breadcrumbs and the name stay where the
 * view would have them, and the card says which name was not found where, links to the parent and offers
 * close names from the parent's listing (issue 14).
 */
export function NotFoundView(props: NotFoundViewProps) {
  const { missing, basin, stream, suggestions } = props;
  const title = missing === "basin" && stream === undefined ? basin : (stream ?? basin);
  const where =
    missing === "basin" ? (
      <>
        No basin named <Name>{basin}</Name> in this account.
      </>
    ) : (
      <>
        No stream named <Name>{stream ?? ""}</Name> in basin <Name>{basin}</Name>.
      </>
    );
  const parent =
    missing === "basin"
      ? { label: "the account's basins", href: "/" }
      : { label: `basin ${basin}`, href: basinHref(basin) };
  const suggestionHref = (name: string) => (missing === "basin" ? basinHref(name) : streamHref(basin, name));
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-4">
        <AppBar />
        <Breadcrumbs basin={basin} stream={stream} />
        <ViewTitle
          title={title}
          subtitle={`${stream === undefined ? "Basin" : `Stream in ${basin}`} · not found`}
        />
      </header>
      <section
        data-testid="not-found"
        aria-labelledby="not-found-title"
        className="max-w-2xl rounded-xl border border-border bg-surface p-4"
      >
        <h2 id="not-found-title" className="text-sm font-medium text-fg break-words">
          {where}
        </h2>
        {suggestions.length > 0 ? (
          <div className="mt-3">
            <p className="text-sm text-fg-muted">Did you mean</p>
            <ul className="mt-1 flex flex-wrap gap-2">
              {suggestions.map((name) => (
                <li key={name} className="min-w-0 max-w-full">
                  <Link
                    href={suggestionHref(name)}
                    className="block truncate rounded-lg border border-border px-2.5 py-1 font-mono text-sm text-fg hover:bg-surface-muted"
                  >
                    {name}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="mt-2 text-sm text-fg-muted">No similar name found there.</p>
        )}
        <Link
          href={parent.href}
          className="mt-4 inline-block rounded-lg bg-accent px-3 py-1.5 text-sm font-medium text-accent-fg"
        >
          Back to {parent.label}
        </Link>
      </section>
    </div>
  );
}

function Name({ children }: { readonly children: string }) {
  return <span className="font-mono break-all">{children}</span>;
}
