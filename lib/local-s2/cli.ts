import { rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_DATA_DIR, DEFAULT_LOCAL_S2_PORT } from "./defaults";
import { FaultSwitch } from "./faults";
import { listen } from "./server";
import { backfill, startLiveRecording } from "./simulation";
import { DB_FILE_NAME, openStore } from "./store";
import { DEMO_TOKEN, TokenRegistry } from "./tokens";
import { createWorkload, DEFAULT_SEED } from "./workload";

/**
 * `npm run local-s2 -- --port N --data-dir DIR`: the embedded S2-compatible metrics backend on its own.
 * Flags win over the LOCAL_S2_* environment variables, which win over the defaults.
 */

const { values: flags } = parseArgs({
  options: {
    port: { type: "string" },
    host: { type: "string" },
    "data-dir": { type: "string" },
    tokens: { type: "string" },
    seed: { type: "string" },
    fresh: { type: "boolean", default: false },
    "no-simulate": { type: "boolean", default: false },
    faults: { type: "boolean", default: false },
  },
});

const env = process.env;
const port = Number(flags.port ?? env.LOCAL_S2_PORT ?? DEFAULT_LOCAL_S2_PORT);
const host = flags.host ?? env.LOCAL_S2_HOST ?? "127.0.0.1";
const dataDir = path.resolve(flags["data-dir"] ?? env.LOCAL_S2_DATA_DIR ?? DEFAULT_DATA_DIR);
const seed = Number(flags.seed ?? env.LOCAL_S2_SEED ?? DEFAULT_SEED);
if (!Number.isInteger(port) || port < 0 || port > 65_535)
  throw new Error(`--port must be 0..65535, got ${flags.port}`);
if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be an integer, got ${flags.seed}`);

if (flags.fresh) {
  for (const suffix of ["", "-wal", "-shm"])
    rmSync(path.join(dataDir, DB_FILE_NAME + suffix), { force: true });
}

const tokens = TokenRegistry.fromSources({
  file: flags.tokens ?? env.LOCAL_S2_TOKENS_FILE,
  envJson: env.LOCAL_S2_TOKENS,
});
const store = openStore(dataDir);
const log = (line: string) => console.log(line);

let stopLive = () => {};
if (!flags["no-simulate"]) {
  const workload = createWorkload({ seed });
  const result = backfill(store, workload, Math.floor(Date.now() / 1000));
  log(
    `local-s2: data in ${dataDir}: wrote ${result.records.toLocaleString("en")} records up to ` +
      `${new Date(result.until * 1000).toISOString()} in ${(result.millis / 1000).toFixed(1)} s`,
  );
  stopLive = startLiveRecording(store, workload);
}

const faults = flags.faults ? new FaultSwitch() : undefined;
const running = await listen({ store, tokens, log, faults }, port, host);
if (faults) log("local-s2: test fault switch enabled at PUT/DELETE /local/faults");
log(`local-s2: listening on ${running.url} (demo token: ${DEMO_TOKEN})`);

const shutdown = async () => {
  stopLive();
  await running.close();
  store.close();
  process.exit(0);
};
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
