import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// `npm start` refuses a bad configuration before it builds or starts anything, naming what is wrong.
const tsx = path.resolve("node_modules/.bin/tsx");
function start(env: Record<string, string>) {
  const result = spawnSync(tsx, ["lib/cli/start.ts"], {
    env: { ...process.env, PORT: "3998", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("npm start configuration checks", () => {
  it("refuses a price list with a bad field, naming the field", () => {
    const { status, output } = start({ S2_PRICES: '{"currency":"USD","readPerGiB":-1}' });
    expect(status).toBe(2);
    expect(output).toMatch(/refusing to start: S2_PRICES: .*readPerGiB/);
  });

  it("refuses a price list file that cannot be read", () => {
    const { status, output } = start({ S2_PRICES_FILE: "/nonexistent/prices.json" });
    expect(status).toBe(2);
    expect(output).toMatch(/S2_PRICES_FILE \(\/nonexistent\/prices.json\): cannot read the file/);
  });
});
