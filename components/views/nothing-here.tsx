import Link from "next/link";

/** The generic not-found card: a path that names nothing, or a name S2 could not hold. */
export function NothingHere() {
  return (
    <div className="mx-auto mt-16 max-w-md rounded-xl border border-border bg-surface p-6 text-center">
      <p className="text-sm font-medium text-fg-muted">404</p>
      <h1 className="mt-1 text-xl font-semibold text-fg">Nothing here</h1>
      <p className="mt-2 text-sm text-fg-muted">
        This basin or stream does not exist, or its name is not a valid S2 name. Check the link, or pick it
        from the account's basin list.
      </p>
      <Link
        href="/"
        className="mt-4 inline-block rounded-lg bg-accent px-3 py-1.5 text-sm font-medium text-accent-fg"
      >
        Back to the account
      </Link>
    </div>
  );
}
