import { type ChildProcess, spawn } from "node:child_process";

export interface LocalS2Process {
  url: string;
  child: ChildProcess;
  stop(): void;
}

/** Starts the embedded backend (in a process of its own)'s CLI on a free port and resolves with its URL once it listens. */
export function startLocalS2(dataDir: string, extraArgs: string[] = []): Promise<LocalS2Process> {
  // `node --import tsx` rather than the tsx binary: one process, so a signal reaches the server itself.
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "lib/local-s2/cli.ts", "--port", "0", "--data-dir", dataDir, ...extraArgs],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve({ url: match[1], child, stop: () => child.kill("SIGTERM") });
    });
    child.once("exit", (code) => reject(new Error(`local-s2 exited with ${code} before listening:\n${out}`)));
  });
}
