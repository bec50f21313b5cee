import type { EmbedKind, EmbedTarget } from "./embed-spec";

/**
 * The HTML a portal pastes: the iframe, and a few lines that fit its height to the content the frame
 * reports (`s2-embed:size`), accepting messages only from the dashboard's origin and only from that
 * frame's own window.
 */

export interface SnippetInput {
  readonly url: string;
  readonly title: string;
  readonly kind: EmbedKind;
  readonly target: EmbedTarget;
}

/** A first height before the frame reports its own: a chart, or a view of that level's panels. */
export function initialFrameHeight(kind: EmbedKind, target: EmbedTarget): number {
  if (kind === "chart") return 460;
  return { account: 900, basin: 1_500, stream: 560 }[target.level];
}

const escapeAttribute = (value: string) =>
  value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

export function embedSnippet(input: SnippetInput): string {
  const origin = new URL(input.url).origin;
  const height = initialFrameHeight(input.kind, input.target);
  const iframe = `<iframe src="${escapeAttribute(input.url)}" title="${escapeAttribute(input.title)}" width="100%" height="${height}" style="border:0;display:block" loading="lazy"></iframe>`;
  const script = [
    "<script>",
    `addEventListener("message", function (event) {`,
    `  if (event.origin !== ${JSON.stringify(origin).replaceAll("<", "\\u003c")} || !event.data || event.data.type !== "s2-embed:size") return;`,
    `  document.querySelectorAll("iframe").forEach(function (frame) {`,
    `    if (frame.contentWindow === event.source) frame.style.height = event.data.height + "px";`,
    "  });",
    "});",
    "</script>",
  ].join("\n");
  return `${iframe}\n${script}`;
}
