import { emptyMinute, type StreamMinute } from "./activity";
import { entityKey } from "./prng";
import type { BasinSpec } from "./specs";
import { type MeteredStream, RetentionLedger } from "./storage-levels";
import { BASINS, STREAMS } from "./topology";

/** The seeded, immutable part of a workload, shared by every generate() call. */
export interface WorkloadModel {
  accountKey: number;
  basins: readonly { spec: BasinSpec; opsKey: number; streams: readonly MeteredStream[] }[];
  ledger: RetentionLedger;
}

export function buildModel(seed: number): WorkloadModel {
  const streams = STREAMS.map((spec, index) => ({
    index,
    spec,
    key: entityKey(seed, `stream:${spec.basin}/${spec.name}`),
  }));
  return {
    accountKey: entityKey(seed, "account"),
    basins: BASINS.map((spec) => ({
      spec,
      opsKey: entityKey(seed, `basin-ops:${spec.name}`),
      streams: streams.filter((s) => s.spec.basin === spec.name),
    })),
    ledger: new RetentionLedger(),
  };
}

/** Per-call running state of one stream during a sequential pass over minutes. */
export interface StreamPass extends MeteredStream {
  minute: StreamMinute;
  /** Bytes kept by the last trim. */
  base: number;
  /** Bytes appended since the last trim, up to the current minute. */
  partial: number;
  /** Level at the previous meter tick, to emit readings only on change. */
  previousLevel: number;
}

export interface BasinPass {
  spec: BasinSpec;
  opsKey: number;
  streams: StreamPass[];
  previousLevel: number;
}

export function newStreamPass(stream: MeteredStream): StreamPass {
  return { ...stream, minute: emptyMinute(), base: 0, partial: 0, previousLevel: 0 };
}
