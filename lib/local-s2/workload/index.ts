export { createWorkload, DEFAULT_SEED, type Workload } from "./create-workload";
export { FLEET_BASIN, FLEET_SIZE } from "./fleet";
export { ACCOUNT_OP_SERIES, BASIN_OP_SERIES, WORKLOAD_SERIES } from "./series";
export { ANCHOR, GROWTH_PIVOT } from "./time";
export {
  DELETED_STREAM_DELETED_AT,
  LEGACY_BATCH_DELETED_AT,
  RECENT_STREAM_CREATED_AT,
  STORAGE_CLASSES,
  type StorageClass,
} from "./topology";
