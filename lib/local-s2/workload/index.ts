export { createWorkload, DEFAULT_SEED, type Workload } from "./create-workload";
export { ACCOUNT_OP_SERIES, BASIN_OP_SERIES, WORKLOAD_SERIES } from "./series";
export { ANCHOR } from "./time";
export {
  DELETED_STREAM_DELETED_AT,
  RECENT_STREAM_CREATED_AT,
  STORAGE_CLASSES,
  type StorageClass,
} from "./topology";
