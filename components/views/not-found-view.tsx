import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { basinHref, streamHref } from "@/lib/view/hrefs";
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
        <div className="flex items-center justify-between gap-3 border-b border-border pb-3">
          <Link href="/" className="flex items-center gap-2 text-sm font-semibold tracking-tight text-fg">
            <span aria-hidden="true" className="inline-block size-5 rounded-md bg-accent" />
            S2 metrics
          </Link>
          <div className="flex items-center gap-2">
            <Link
              href="/embeds"
              className="h-8 rounded-lg px-2.5 text-xs font-medium leading-8 text-fg hover:bg-surface-muted"
            >
              Embeds
            </Link>
            <ThemeToggle />
            <SignOutButton />
          </div>
        </div>
        <Breadcrumbs basin={basin} stream={stream} />
        <div className="min-w-0">
          <h1 className="break-words font-mono text-xl font-semibold tracking-tight text-fg sm:text-2xl">
            {title}
          </h1>
          <p className="mt-1 text-sm text-fg-muted">
            {stream === undefined ? "Basin" : `Stream in ${basin}`} · not found
          </p>
        </div>
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
