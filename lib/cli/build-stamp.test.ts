import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildIsCurrent, sourceHash, stampBuild } from "./build-stamp";

let root: string;

function project(): string {
  root = mkdtempSync(path.join(tmpdir(), "build-stamp-"));
  mkdirSync(path.join(root, "app"));
  writeFileSync(path.join(root, "app", "page.tsx"), "export default 1;\n");
  writeFileSync(path.join(root, "package.json"), "{}\n");
  mkdirSync(path.join(root, ".next"));
  return root;
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("build stamp", () => {
  it("rebuilds a missing build, reuses a stamped one, and rebuilds once a source changes", () => {
    const dir = project();
    const dist = path.join(dir, ".next");
    const hash = sourceHash(dir, {});
    expect(buildIsCurrent(dist, hash)).toBe(false);
    writeFileSync(path.join(dist, "BUILD_ID"), "x");
    expect(buildIsCurrent(dist, hash)).toBe(false);
    stampBuild(dist, hash);
    expect(buildIsCurrent(dist, sourceHash(dir, {}))).toBe(true);

    writeFileSync(path.join(dir, "app", "page.tsx"), "export default 2;\n");
    expect(buildIsCurrent(dist, sourceHash(dir, {}))).toBe(false);
  });

  it("ignores build output and data, but not the NEXT_PUBLIC_ values a build inlines", () => {
    const dir = project();
    const before = sourceHash(dir, { OTHER: "1" });
    writeFileSync(path.join(dir, ".next", "BUILD_ID"), "y");
    mkdirSync(path.join(dir, "app", "node_modules"));
    writeFileSync(path.join(dir, "app", "node_modules", "x.js"), "1");
    expect(sourceHash(dir, { OTHER: "2" })).toBe(before);
    expect(sourceHash(dir, { NEXT_PUBLIC_X: "1" })).not.toBe(before);
  });
});
