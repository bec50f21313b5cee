import { describe, expect, it } from "vitest";
import { embedSnippet } from "./snippet";

describe("embedSnippet", () => {
  it("is an iframe of the embed URL plus a resize listener bound to the dashboard's origin", () => {
    const url = "https://metrics.example/embed/abc..def.ghi.jkl?parent=https%3A%2F%2Fportal.example";
    const snippet = embedSnippet({
      url,
      title: "S2 metrics: Storage",
      kind: "chart",
      target: { level: "account" },
    });
    expect(snippet).toContain(`<iframe src="${url}"`);
    expect(snippet).toContain('title="S2 metrics: Storage"');
    expect(snippet).toContain('event.origin !== "https://metrics.example"');
    expect(snippet).toContain("frame.contentWindow === event.source");
  });

  it("escapes what it puts in attributes", () => {
    const snippet = embedSnippet({
      url: "https://metrics.example/embed/t",
      title: 'S2 metrics: "a" <b> & c',
      kind: "view",
      target: { level: "stream", basin: "prod-events", stream: "x" },
    });
    expect(snippet).toContain('title="S2 metrics: &quot;a&quot; &lt;b&gt; &amp; c"');
  });
});
