/** Defaults of the embedded backend, shared by its CLI and by `npm start`. */
export const DEFAULT_LOCAL_S2_PORT = 4243;
export const DEFAULT_DATA_DIR = ".data/local-s2";
