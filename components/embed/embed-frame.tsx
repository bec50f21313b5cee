"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useViewZone } from "@/components/pickers/use-time-zone";
import { EmbedShortcuts } from "@/components/shortcuts/embed-shortcuts";
import { PanelGrid } from "@/components/views/panel-grid";
import { useViewClock } from "@/components/views/use-view-clock";
import { type ColorScheme, embedScheme } from "@/lib/embed/embed-scheme";
import type { EmbedTheme, PublicEmbed } from "@/lib/embed/embed-spec";
import {
  embedWindow,
  reportedRange,
  requestedRangeDenial,
  requestedRangeSpec,
  searchWithoutRange,
  searchWithRange,
} from "@/lib/embed/embed-state";
import { EMBED_MESSAGE_VERSION, type ParsedParentMessage } from "@/lib/embed/messages";
import { viewTitle } from "@/lib/embed/set-titles";
import { rangeLabel } from "@/lib/format/range-label";
import type { RangeSpec } from "@/lib/time-range/search-params";
import { isRelativeRange } from "@/lib/view/is-relative";
import { EmbedMetricPanel } from "./embed-metric-panel";
import { makeEmbedQueryClient } from "./embed-query-client";
import { EmbedRangePicker } from "./embed-range-picker";
import { applyEmbedScheme } from "./embed-theme";
import { useParentChannel, useParentMessages } from "./use-parent-channel";
import { usePostSize } from "./use-post-size";
import { useSystemPrefersDark } from "./use-system-prefers-dark";

export interface EmbedFrameProps {
  /** The embed token, sent with every data request; it is the credential, so it is not the S2 token. */
  readonly token: string;
  readonly embed: PublicEmbed;
  readonly allowedOrigins: readonly string[];
  readonly parentParam: string | null;
  readonly initialNow: number;
}

/** An embedded view or chart: no navigation, the token's theme, sized to its content, talking to its parent. */
export function EmbedFrame(props: EmbedFrameProps) {
  const [client] = useState(makeEmbedQueryClient);
  return (
    <QueryClientProvider client={client}>
      <EmbedContent {...props} />
    </QueryClientProvider>
  );
}

function EmbedContent({ token, embed, allowedOrigins, parentParam, initialNow }: EmbedFrameProps) {
  const searchParams = useSearchParams();
  const [theme, setTheme] = useState<EmbedTheme>(embed.theme);
  const [parentScheme, setParentScheme] = useState<ColorScheme | null>(null);
  const scheme = embedScheme(theme, parentScheme, useSystemPrefersDark());
  const relative = isRelativeRange(embedWindow(embed, searchParams, initialNow).state.range);
  // A relative window moves once a minute, as a dashboard view with auto-refresh does.
  const now = useViewClock(initialNow, "1m", relative);
  const { state, resolved, notice } = useMemo(
    () => embedWindow(embed, searchParams, now),
    [embed, searchParams, now],
  );
  const zone = useViewZone("local");
  const { parentOrigin, post } = useParentChannel(parentParam, allowedOrigins);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => applyEmbedScheme(scheme), [scheme]);
  usePostSize(rootRef, parentOrigin !== null, post);

  useEffect(() => {
    post({
      type: "s2-embed:ready",
      version: EMBED_MESSAGE_VERSION,
      id: embed.id,
      kind: embed.kind,
      theme: embed.theme,
      rangeChangeAllowed: embed.rangeChange.allowed,
      expiresAt: embed.expiresAt,
    });
  }, [post, embed]);

  const reported = reportedRange(state, now);
  useEffect(() => {
    post({
      type: "s2-embed:range",
      version: EMBED_MESSAGE_VERSION,
      range: { start: reported.start, end: reported.end, relativeSeconds: reported.relativeSeconds },
    });
  }, [post, reported.start, reported.end, reported.relativeSeconds]);

  // Next keeps useSearchParams in step with history.replaceState, without a server round trip.
  const applyRange = useCallback(
    (range: RangeSpec | null) =>
      window.history.replaceState(
        null,
        "",
        range === null
          ? window.location.pathname + searchWithoutRange(window.location.search)
          : searchWithRange(window.location.search, state, range),
      ),
    [state],
  );

  const onMessage = useCallback(
    (parsed: Exclude<ParsedParentMessage, { kind: "foreign" }>) => {
      const refuse = (code: "range_locked" | "range_refused" | "bad_message", message: string) =>
        post({ type: "s2-embed:error", version: EMBED_MESSAGE_VERSION, code, message });
      if (parsed.kind === "bad") return refuse("bad_message", parsed.reason);
      const { message } = parsed;
      if (message.type === "s2-embed:set-theme") return setTheme(message.theme);
      if (message.type === "s2-embed:set-scheme") return setParentScheme(message.scheme);
      const range = requestedRangeSpec(message.range);
      const denial = requestedRangeDenial(embed, range, Math.floor(Date.now() / 1000));
      if (denial !== null)
        return refuse(embed.rangeChange.allowed ? "range_refused" : "range_locked", denial);
      applyRange(range);
    },
    [post, embed, applyRange],
  );
  useParentMessages(parentOrigin, onMessage);

  const heading = embed.kind === "view" ? (embed.title ?? null) : null;
  // "Viewers may change the range": the frame's own compact picker, checked as a portal's request is.
  const rangePicker = embed.rangeChange.allowed ? (
    <EmbedRangePicker
      embed={embed}
      range={state.range}
      zone={zone}
      onChange={(range) => {
        const denial =
          range === null ? null : requestedRangeDenial(embed, range, Math.floor(Date.now() / 1000));
        if (denial === null) applyRange(range);
      }}
    />
  ) : null;
  const { title, subtitle } = viewTitle(embed.target);
  const panels = resolved.ok
    ? embed.sets.map((set) => (
        <EmbedMetricPanel
          key={set}
          token={token}
          embedId={embed.id}
          target={embed.target}
          set={set}
          {...resolved}
          now={now}
          zone={zone}
        />
      ))
    : null;

  return (
    <div
      ref={rootRef}
      data-embed-root=""
      data-embed-theme={theme}
      data-embed-scheme={scheme}
      data-embed-kind={embed.kind}
      className="flex flex-col gap-3 p-2"
    >
      <EmbedShortcuts
        embed={embed}
        state={state}
        resolved={resolved}
        now={now}
        live={relative}
        onRange={applyRange}
      />
      {embed.kind === "view" ? (
        <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-1">
          <div className="min-w-0">
            <h1 className="break-words font-mono text-lg font-semibold tracking-tight text-fg">
              {heading ?? title}
            </h1>
            <p className="text-xs text-fg-muted">{heading ? `${subtitle} ${title}` : subtitle}</p>
          </div>
          {rangePicker ?? (
            <p className="text-xs text-fg-muted tabular-nums" data-testid="embed-range">
              {rangeLabel(state.range, zone)}
            </p>
          )}
        </header>
      ) : null}
      {notice ? (
        <p
          role="status"
          className="rounded-md border border-note-border bg-note-soft px-3 py-1.5 text-xs text-note"
        >
          {notice}
        </p>
      ) : null}
      {resolved.ok ? (
        embed.target.level === "basin" && embed.kind === "view" ? (
          <PanelGrid>{panels}</PanelGrid>
        ) : (
          <div className="flex flex-col gap-3">{panels}</div>
        )
      ) : (
        <p
          role="alert"
          className="rounded-md border border-danger-border bg-danger-soft px-3 py-2 text-sm text-danger"
        >
          This range cannot be shown: {resolved.reason}
        </p>
      )}
      <footer className="flex items-center justify-between gap-3 px-1 text-[11px] text-fg-subtle">
        {embed.kind === "chart" ? (
          (rangePicker ?? (
            <span className="tabular-nums" data-testid="embed-range">
              {rangeLabel(state.range, zone)}
            </span>
          ))
        ) : (
          <span />
        )}
        <span>S2 metrics</span>
      </footer>
    </div>
  );
}
