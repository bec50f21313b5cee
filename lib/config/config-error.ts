/** A configuration the server refuses to run with; its message names the variable to fix. */
export class ConfigError extends Error {
  override name = "ConfigError";
}
