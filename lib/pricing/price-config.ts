import { ConfigError } from "@/lib/config/config-error";
import { type PriceList, parsePriceList } from "./price-list";

/** Where the price list comes from, as configured (lib/config/server-env.ts `pricesSource`). */
export interface PricesSource {
  /** S2_PRICES: the price list as inline JSON. */
  readonly inline: string | null;
  /** S2_PRICES_FILE: a path to a JSON file holding it. */
  readonly file: string | null;
}

/**
 * The configured price list, or null when none is configured (then no cost is shown anywhere). Any
 * mistake is a ConfigError naming the variable and the field, so a wrong price never shows quietly.
 * `readFile` is injected so this stays pure for tests; the server passes node's.
 */
export function priceListFromConfig(
  source: PricesSource,
  readFile: (path: string) => string,
): PriceList | null {
  if (source.inline !== null && source.file !== null) {
    throw new ConfigError("S2_PRICES and S2_PRICES_FILE are both set: set one of them");
  }
  let variable: string;
  let text: string;
  if (source.inline !== null) {
    variable = "S2_PRICES";
    text = source.inline;
  } else if (source.file !== null) {
    variable = `S2_PRICES_FILE (${source.file})`;
    try {
      text = readFile(source.file);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? "unreadable";
      throw new ConfigError(`${variable}: cannot read the file (${reason})`);
    }
  } else {
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${variable}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = parsePriceList(json);
  if (!parsed.ok) throw new ConfigError(`${variable}: invalid price list: ${parsed.problems.join("; ")}`);
  return parsed.prices;
}
