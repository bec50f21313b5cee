import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * `npm start` rebuilds only when the build is missing or was made from other sources: a hash of every
 * source and config file (and the NEXT_PUBLIC_ variables a build inlines) is kept beside the build, and a
 * build without it, or with another hash, is rebuilt.
 */

/** What a production build is made of, relative to the project root. */
export const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];
const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git", ".data"]);
export const STAMP_FILE = "s2-dashboard-source-hash";

function filesUnder(root: string, relative: string, out: string[]): void {
  const full = path.join(root, relative);
  if (!existsSync(full)) return;
  if (!statSync(full).isDirectory()) {
    out.push(relative);
    return;
  }
  for (const entry of readdirSync(full, { withFileTypes: true })) {
    if (entry.isDirectory() && (SKIPPED_DIRECTORIES.has(entry.name) || entry.name.startsWith(".next")))
      continue;
    filesUnder(root, path.join(relative, entry.name), out);
  }
}

export function sourceHash(root: string, env: Record<string, string | undefined>): string {
  const files: string[] = [];
  for (const input of BUILD_INPUTS) filesUnder(root, input, files);
  const hash = createHash("sha256");
  for (const file of files.sort()) {
    // Names and contents are separated by NUL, so no two different trees hash alike.
    hash
      .update(file.split(path.sep).join("/"))
      .update("\0")
      .update(readFileSync(path.join(root, file)))
      .update("\0");
  }
  const inlined = Object.keys(env)
    .filter((name) => name.startsWith("NEXT_PUBLIC_"))
    .sort();
  for (const name of inlined) hash.update(`${name}=${env[name] ?? ""}\0`);
  return hash.digest("hex");
}

/** Whether `distDir` holds a complete build of exactly these sources. */
export function buildIsCurrent(distDir: string, hash: string): boolean {
  const stamp = path.join(distDir, STAMP_FILE);
  if (!existsSync(path.join(distDir, "BUILD_ID")) || !existsSync(stamp)) return false;
  return readFileSync(stamp, "utf8").trim() === hash;
}

export function stampBuild(distDir: string, hash: string): void {
  writeFileSync(path.join(distDir, STAMP_FILE), `${hash}\n`);
}
