import { createServer } from "node:http";
import { freePort } from "@/lib/testing/services";
import { CONTROL_URL_ENV, type ReplicaName } from "./settings";
import { buildOnce, type ReplicaStack, startReplicaStack } from "./stack";

/**
 * Builds once, starts the whole two-replica stack (stack.ts) in the runner's process, and serves a small
 * control endpoint on a free loopback port for the fault specs: the processes stay the runner's children
 * whatever happens to a test worker, and teardown stops every one of them.
 *
 *   POST /redis/stop | /redis/start | /postgres/restart | /replica/<A|B>/kill9 | /replica/<A|B>/start
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  buildOnce();
  const stack: ReplicaStack = await startReplicaStack();
  const actions: Record<string, () => Promise<void>> = {
    "/redis/stop": () => stack.redis.stop(),
    "/redis/start": () => stack.redis.start(),
    "/postgres/restart": () => stack.postgres.restart(),
  };
  for (const name of ["A", "B"] as ReplicaName[]) {
    actions[`/replica/${name}/kill9`] = () => stack.replicas[name].kill9();
    actions[`/replica/${name}/start`] = () => stack.replicas[name].start();
  }
  const control = createServer((req, res) => {
    const action = req.method === "POST" ? actions[req.url ?? ""] : undefined;
    if (!action) {
      res.writeHead(404).end();
      return;
    }
    action().then(
      () => res.writeHead(204).end(),
      (error: unknown) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(error));
      },
    );
  });
  const port = await freePort();
  await new Promise<void>((resolve) => control.listen(port, "127.0.0.1", resolve));
  // Workers inherit the runner's environment as it is after global setup.
  process.env[CONTROL_URL_ENV] = `http://127.0.0.1:${port}`;
  return async () => {
    control.closeAllConnections();
    control.close();
    await stack.stop();
  };
}
