"use client";

import Link from "next/link";
import { useId, useRef, useState } from "react";
import { SegmentedControl } from "@/components/pickers/segmented-control";
import { useViewZone } from "@/components/pickers/use-time-zone";
import { useViewParams } from "@/components/pickers/use-view-params";
import { MODAL_CLASS, useModal } from "@/components/ui/modal";
import { isTransparentTheme } from "@/lib/embed/embed-scheme";
import {
  EMBED_DEFAULT_LIFETIME_SECONDS,
  EMBED_DEFAULT_LOOKBACK_SECONDS,
  EMBED_LIFETIME_CHOICES,
  EMBED_LOOKBACK_CHOICES,
  type EmbedTarget,
  type EmbedTheme,
} from "@/lib/embed/embed-spec";
import type { MintedEmbed } from "@/lib/embed/mint-request";
import { useCreateEmbed, useEmbedShareConfig } from "@/lib/embed/share-queries";
import { buildMintInput, type RangeMode, shareRangeOptions } from "@/lib/embed/share-request";
import { embedSnippet } from "@/lib/embed/snippet";
import { formatDuration } from "@/lib/format/duration";
import { lastDurationLabel } from "@/lib/format/range-label";
import { formatDateTime, formatSpan } from "@/lib/format/time-labels";
import type { MetricSet } from "@/lib/s2/contract";

export interface ShareEmbedDialogProps {
  readonly target: EmbedTarget;
  /** One set: embed that chart; absent: the whole view. */
  readonly chart?: MetricSet;
  /** What is being shared, for the dialog's heading and the iframe's title. */
  readonly name: string;
  /** The epoch seconds the view on screen was resolved at, so "fixed" pins exactly that window. */
  readonly now: number;
  readonly onClose: () => void;
}

/** The theme control's three choices; Transparent then asks which portal background the text must suit. */
const THEME_CHOICES = [
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
  { value: "transparent", label: "Transparent" },
] as const;
const TRANSPARENT_CHOICES: readonly { value: EmbedTheme; label: string }[] = [
  { value: "transparent", label: "The portal's scheme" },
  { value: "transparent-light", label: "Light" },
  { value: "transparent-dark", label: "Dark" },
];
const FIELD = "flex flex-col gap-1.5 text-xs text-fg-muted";
const SELECT = "h-8 rounded-lg border border-border bg-surface px-2 text-xs text-fg";

/**
 * "Share -> Embed": the choices an embed token carries (range fixed or moving, whether viewers may change
 * it, theme, expiry, portal), then the iframe snippet to paste. Any change of choice discards a snippet
 * already made, so the snippet on screen always matches the choices on screen.
 */
export function ShareEmbedDialog({ target, chart, name, now, onClose }: ShareEmbedDialogProps) {
  const dialogRef = useModal();
  const titleId = useId();
  const { state } = useViewParams();
  const zone = useViewZone(state.tz);
  const config = useEmbedShareConfig(true);
  const create = useCreateEmbed();
  const options = shareRangeOptions(state, now);

  const [rangeMode, setRangeMode] = useState<RangeMode>(
    options.relativeSeconds === null ? "fixed" : "relative",
  );
  const [allowRangeChange, setAllowRangeChange] = useState(false);
  const [lookbackSeconds, setLookbackSeconds] = useState(EMBED_DEFAULT_LOOKBACK_SECONDS);
  const [theme, setTheme] = useState<EmbedTheme>("light");
  const [lifetimeSeconds, setLifetimeSeconds] = useState(EMBED_DEFAULT_LIFETIME_SECONDS);
  const [parent, setParent] = useState<string | null>(null);

  const origins = config.data?.allowedOrigins ?? [];
  const portal = parent ?? origins[0] ?? null;
  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      create.reset();
      set(value);
    };

  function submit() {
    const input = buildMintInput({
      target,
      chart,
      title: chart === undefined ? undefined : name,
      state,
      now,
      choices: { rangeMode, allowRangeChange, lookbackSeconds, theme, lifetimeSeconds, parent: portal },
    });
    create.mutate(input);
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onClose={onClose}
      className={`${MODAL_CLASS} w-[min(calc(100vw-1.5rem),36rem)]`}
    >
      <div className="flex flex-col gap-4 p-4 sm:p-5">
        <header className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h2 id={titleId} className="text-base font-semibold">
              Embed {chart === undefined ? "this view" : "this chart"}
            </h2>
            <p className="mt-0.5 truncate font-mono text-xs text-fg-muted">{name}</p>
          </div>
          <button
            type="button"
            onClick={() => dialogRef.current?.close()}
            className="rounded-md px-2 py-1 text-xs text-fg-muted hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-focus"
          >
            Close
          </button>
        </header>

        {config.data && !config.data.enabled ? (
          <p
            role="status"
            data-testid="embed-not-configured"
            className="rounded-lg border border-note-border bg-note-soft px-3 py-2 text-sm text-note"
          >
            Embedding is not configured on this dashboard. An operator enables it by listing the portal
            origins that may frame it in EMBED_ALLOWED_ORIGINS.
          </p>
        ) : null}
        {config.error ? (
          <p
            role="alert"
            className="rounded-lg border border-danger-border bg-danger-soft px-3 py-2 text-sm text-danger"
          >
            {config.error.message}
          </p>
        ) : null}

        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1.5 text-xs font-medium text-fg-muted">Time range</legend>
          <label className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name={`${titleId}-range`}
              checked={rangeMode === "fixed"}
              onChange={() => changed(setRangeMode)("fixed")}
              className="mt-1"
            />
            <span>
              Fixed:{" "}
              <span className="tabular-nums">
                {formatSpan(options.fixed.start, options.fixed.end, zone, { withDate: true })}
              </span>
            </span>
          </label>
          <label
            className={`flex items-start gap-2 text-sm ${options.relativeSeconds === null ? "opacity-50" : ""}`}
          >
            <input
              type="radio"
              name={`${titleId}-range`}
              checked={rangeMode === "relative"}
              disabled={options.relativeSeconds === null}
              onChange={() => changed(setRangeMode)("relative")}
              className="mt-1"
            />
            <span>
              Relative:{" "}
              {options.relativeSeconds === null
                ? "only for a range that ends now"
                : `${lastDurationLabel(options.relativeSeconds).toLowerCase()}, moving with time`}
            </span>
          </label>
        </fieldset>

        <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={allowRangeChange}
              onChange={(event) => changed(setAllowRangeChange)(event.target.checked)}
            />
            Viewers may change the range
          </label>
          {allowRangeChange ? (
            <label className="flex items-center gap-2 text-xs text-fg-muted">
              within the last
              <select
                value={lookbackSeconds}
                onChange={(event) => changed(setLookbackSeconds)(Number(event.target.value))}
                className={SELECT}
              >
                {EMBED_LOOKBACK_CHOICES.map((seconds) => (
                  <option key={seconds} value={seconds}>
                    {formatDuration(seconds)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </div>

        <div className="flex flex-wrap items-end gap-4">
          <SegmentedControl
            label="Theme"
            showLabel
            value={isTransparentTheme(theme) ? "transparent" : theme}
            onChange={changed(setTheme)}
            options={THEME_CHOICES}
          />
          {isTransparentTheme(theme) ? (
            <label className={FIELD}>
              Portal background
              <select
                value={theme}
                onChange={(event) => changed(setTheme)(event.target.value as EmbedTheme)}
                className={SELECT}
              >
                {TRANSPARENT_CHOICES.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label className={FIELD}>
            Expires after
            <select
              value={lifetimeSeconds}
              onChange={(event) => changed(setLifetimeSeconds)(Number(event.target.value))}
              className={SELECT}
            >
              {EMBED_LIFETIME_CHOICES.map((seconds) => (
                <option key={seconds} value={seconds}>
                  {formatDuration(seconds)}
                </option>
              ))}
            </select>
          </label>
          {origins.length > 1 ? (
            <label className={FIELD}>
              Portal
              <select
                value={portal ?? ""}
                onChange={(event) => changed(setParent)(event.target.value)}
                className={SELECT}
              >
                {origins.map((origin) => (
                  <option key={origin} value={origin}>
                    {origin}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </div>

        <div className="flex items-center gap-3">
          <button
            type="button"
            onClick={submit}
            disabled={!config.data?.enabled || create.isPending}
            className="h-8 rounded-lg bg-accent px-3 text-sm font-medium text-accent-fg disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
          >
            {create.isPending ? "Creating…" : "Create embed code"}
          </button>
          {portal && config.data?.enabled ? (
            <span className="truncate text-xs text-fg-subtle">
              for <span className="font-mono">{portal}</span>
            </span>
          ) : null}
        </div>

        {create.error ? (
          <p
            role="alert"
            className="rounded-lg border border-danger-border bg-danger-soft px-3 py-2 text-sm text-danger"
          >
            {create.error.message}
          </p>
        ) : null}
        {create.data ? (
          <SnippetBox minted={create.data} name={name} target={target} chart={chart} zone={zone} />
        ) : null}
      </div>
    </dialog>
  );
}

function SnippetBox({
  minted,
  name,
  target,
  chart,
  zone,
}: {
  readonly minted: MintedEmbed;
  readonly name: string;
  readonly target: EmbedTarget;
  readonly chart?: MetricSet;
  readonly zone: string | undefined;
}) {
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const snippet = embedSnippet({
    url: minted.url,
    title: `S2 metrics: ${name}`,
    kind: chart === undefined ? "view" : "chart",
    target,
  });

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied("copied");
    } catch {
      // Plain http on a LAN address has no clipboard API: select the text for a manual copy instead.
      areaRef.current?.select();
      setCopied("failed");
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <label className={FIELD}>
        Paste this into the portal page
        <textarea
          ref={areaRef}
          readOnly
          value={snippet}
          rows={7}
          data-testid="embed-snippet"
          data-embed-url={minted.url}
          onFocus={(event) => event.currentTarget.select()}
          className="w-full resize-y rounded-lg border border-border bg-surface p-2 font-mono text-[11px] leading-relaxed text-fg"
        />
      </label>
      <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-fg-muted">
        <span>
          Expires {formatDateTime(minted.expiresAt, zone)} · id <span className="font-mono">{minted.id}</span>{" "}
          ·{" "}
          <Link href="/embeds" className="font-medium text-accent underline-offset-2 hover:underline">
            Manage your embeds
          </Link>
        </span>
        <button
          type="button"
          onClick={copy}
          className="h-8 rounded-lg border border-border bg-surface px-2.5 font-medium text-fg hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
        >
          <span aria-live="polite">
            {copied === "copied" ? "Copied" : copied === "failed" ? "Press Ctrl+C to copy" : "Copy snippet"}
          </span>
        </button>
      </div>
    </div>
  );
}
