import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ThemeToggle } from "@/components/theme/theme-toggle";

/** The bar across the top of every signed-in page: the mark home, Embeds, theme and sign-out. */
export function AppBar({ embedsLink = true }: { readonly embedsLink?: boolean }) {
  return (
    <div className="flex items-center justify-between gap-3 border-b border-border pb-3">
      <Link href="/" className="flex items-center gap-2 text-sm font-semibold tracking-tight text-fg">
        <span aria-hidden="true" className="inline-block size-5 rounded-md bg-accent" />
        {/* The mark alone on phones, so the app bar stays one row at 375 px. */}
        <span className="sr-only sm:not-sr-only">S2 metrics</span>
      </Link>
      <div className="flex items-center gap-2">
        {embedsLink ? (
          <Link
            href="/embeds"
            className="h-8 rounded-lg px-2.5 text-xs font-medium leading-8 text-fg hover:bg-surface-muted"
          >
            Embeds
          </Link>
        ) : null}
        <ThemeToggle />
        <SignOutButton />
      </div>
    </div>
  );
}

/** A view's name (a basin or stream name can be long: it wraps rather than overflow) and what it is. */
export function ViewTitle({ title, subtitle }: { readonly title: string; readonly subtitle?: string }) {
  return (
    <div className="min-w-0">
      <h1 className="break-words font-mono text-xl font-semibold tracking-tight text-fg sm:text-2xl">
        {title}
      </h1>
      {subtitle ? <p className="mt-1 text-sm text-fg-muted">{subtitle}</p> : null}
    </div>
  );
}
