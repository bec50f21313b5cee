import Link from "next/link";
import type { ReactNode } from "react";
import type { EmbedDiagnostics, OperatorDiagnostics } from "@/lib/embed/diagnostics";

const SIGNING_KEY: Record<OperatorDiagnostics["signingKey"], string> = {
  DATABASE_ENCRYPTION_KEY: "derived from DATABASE_ENCRYPTION_KEY",
  AUTH_SECRET:
    "derived from AUTH_SECRET (set DATABASE_ENCRYPTION_KEY so that rotating AUTH_SECRET keeps embeds working)",
  none: "none: set DATABASE_ENCRYPTION_KEY or AUTH_SECRET; no embed can be made or opened",
};

/**
 * The origin check, and for a signed-in user the embed configuration behind it; see
 * lib/embed/diagnostics.ts for what each may see.
 */
export function EmbedDiagnosticsReport({
  report,
  signInHref,
}: {
  readonly report: EmbedDiagnostics;
  readonly signInHref: string;
}) {
  const { origin } = report;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-5">
      <header>
        <h1 className="text-xl font-semibold text-fg">Embed diagnostics</h1>
        <p className="mt-1 text-sm text-fg-muted">
          Whether a portal origin may show this dashboard's embeds in an iframe, and why.
        </p>
      </header>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-xs text-fg-muted">
          Portal origin
          <input
            name="origin"
            defaultValue={origin?.input ?? ""}
            placeholder="https://portal.example"
            className="h-9 rounded-lg border border-border bg-surface px-3 font-mono text-sm text-fg"
          />
        </label>
        <button
          type="submit"
          className="h-9 rounded-lg bg-accent px-3 text-sm font-medium text-accent-fg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
        >
          Check
        </button>
      </form>
      {origin ? (
        <section
          data-testid="origin-verdict"
          data-allowed={origin.allowed ? "yes" : "no"}
          className={`rounded-xl border p-4 text-sm ${origin.allowed ? "border-border bg-surface" : "border-danger-border bg-danger-soft"}`}
        >
          <p className={`font-semibold ${origin.allowed ? "text-fg" : "text-danger"}`}>
            {origin.allowed ? "Allowed" : "Not allowed"}:{" "}
            <span className="font-mono">{origin.normalised ?? origin.input}</span>
          </p>
          <p className="mt-1 text-fg">{origin.reason}</p>
        </section>
      ) : null}
      {report.audience === "operator" ? (
        <ConfigurationDetails report={report} />
      ) : (
        <p data-testid="sign-in-for-details" className="text-sm text-fg-muted">
          <Link href={signInHref} className="font-medium text-accent underline-offset-2 hover:underline">
            Sign in
          </Link>{" "}
          to see how embedding is configured on this dashboard.
        </p>
      )}
    </div>
  );
}

function ConfigurationDetails({ report }: { readonly report: OperatorDiagnostics }) {
  return (
    <>
      {report.configError ? (
        <p
          role="alert"
          className="rounded-lg border border-danger-border bg-danger-soft px-3 py-2 text-sm text-danger"
        >
          The embed configuration is invalid: {report.configError}
        </p>
      ) : null}
      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 rounded-xl border border-border bg-surface p-4 text-sm sm:grid-cols-[12rem_1fr]">
        <Row term="Embedding">
          {report.allowedOrigins.length > 0 ? "on" : "off (EMBED_ALLOWED_ORIGINS is empty)"}
        </Row>
        <Row term="Allowed origins">
          {report.allowedOrigins.length > 0 ? (
            <ul data-testid="allowed-origins" className="font-mono">
              {report.allowedOrigins.map((allowed) => (
                <li key={allowed}>{allowed}</li>
              ))}
            </ul>
          ) : (
            "none"
          )}
        </Row>
        {report.ignoredEntries.length > 0 ? (
          <Row term="Ignored entries">
            <ul>
              {report.ignoredEntries.map((problem) => (
                <li key={problem.entry}>
                  <span className="font-mono">{problem.entry}</span>: {problem.reason}
                </li>
              ))}
            </ul>
          </Row>
        ) : null}
        <Row term="Embed pages send">
          <span className="font-mono">frame-ancestors {report.frameAncestors}</span>
        </Row>
        <Row term="Matching">
          Exact origin match (scheme, host and port; no path, no wildcards) after lower-casing the host and
          dropping a default port.
        </Row>
        <Row term="Link and credential key">{SIGNING_KEY[report.signingKey]}</Row>
        <Row term="Mint API">
          {report.mintApi ? "on (EMBED_MINT_SECRET is set)" : "off (EMBED_MINT_SECRET is unset)"}
        </Row>
        <Row term="Server-side S2 token">
          {report.serverS2Token ? "configured (EMBED_S2_TOKEN)" : "not configured"}
        </Row>
        <Row term="Revoking">
          <Link className="underline" href="/embeds">
            Embeds page
          </Link>
        </Row>
      </dl>
    </>
  );
}

function Row({ term, children }: { readonly term: string; readonly children: ReactNode }) {
  return (
    <>
      <dt className="text-fg-muted">{term}</dt>
      <dd className="min-w-0 break-words text-fg">{children}</dd>
    </>
  );
}
