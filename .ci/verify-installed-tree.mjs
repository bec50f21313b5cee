// Checks that the tree `npm install` just laid down is exactly the committed lockfile's tree, for the
// packages this platform installs. Used only when `npm ci` refuses the lockfile (the registry sometimes
// serves other platforms' optional packages and sometimes not, which changes what npm thinks is missing).
// Usage: node .ci/verify-installed-tree.mjs <committed-lockfile>
import { readFileSync } from "node:fs";

const locked = JSON.parse(readFileSync(process.argv[2], "utf8")).packages;
const installed = JSON.parse(readFileSync("node_modules/.package-lock.json", "utf8")).packages;
const problems = [];

for (const [path, entry] of Object.entries(installed)) {
  const want = locked[path];
  if (!want) problems.push(`${path}: installed but not in the committed lockfile`);
  else if (want.version !== entry.version)
    problems.push(`${path}: ${entry.version} installed, ${want.version} locked`);
  else if (want.integrity && entry.integrity && want.integrity !== entry.integrity)
    problems.push(`${path}: integrity differs from the lockfile`);
}
for (const [path, want] of Object.entries(locked)) {
  if (path === "" || want.optional || want.peer || path in installed) continue;
  if (want.dev && process.env.NODE_ENV === "production") continue;
  problems.push(`${path}: locked (not optional) but not installed`);
}

if (problems.length > 0) {
  console.error(`ci: the installed tree differs from the committed lockfile:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`ci: installed tree matches the committed lockfile (${Object.keys(installed).length} packages)`);
