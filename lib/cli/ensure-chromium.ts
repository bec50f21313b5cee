import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromiumPath, chromiumPresent } from "./chromium-path";

/**
 * Run before the e2e tests: finds the Chromium that Playwright will drive (`CHROMIUM_PATH`, else Debian's
 * /usr/bin/chromium) and, on Debian as root with none present, installs Debian's package, because no
 * browser build can be downloaded on our machines.
 */

function run(cmd: string, args: string[]): boolean {
  const result = spawnSync(cmd, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

if (chromiumPresent()) {
  console.log(`chromium: using ${chromiumPath()}`);
} else if (process.env.CHROMIUM_PATH) {
  console.error(`chromium: CHROMIUM_PATH is ${process.env.CHROMIUM_PATH}, but there is no file there`);
  process.exit(1);
} else if (process.platform === "linux" && process.getuid?.() === 0 && existsSync("/etc/debian_version")) {
  console.log("chromium: not found; installing Debian's chromium package with apt-get");
  const ok = run("apt-get", ["update", "-qq"]) && run("apt-get", ["install", "-y", "-qq", "chromium"]);
  if (!ok || !chromiumPresent()) {
    console.error("chromium: apt-get could not install chromium; install it, or set CHROMIUM_PATH");
    process.exit(1);
  }
  console.log(`chromium: installed at ${chromiumPath()}`);
} else {
  console.error(
    "chromium: no browser at /usr/bin/chromium. Install Chromium (Debian: apt-get install -y chromium) " +
      "or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
  process.exit(1);
}
