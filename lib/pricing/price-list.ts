import { z } from "zod";

/**
 * The price list (S2_PRICES / S2_PRICES_FILE): a currency and, each optional, a price per billed dimension
 * the metrics can measure. S2 bills storage by time held (per GiB-month), operations by count (per million)
 * and transfer by bytes (per GiB). Prices are not secret: the parsed list is passed to the browser.
 */

export const STORAGE_CLASSES = ["standard", "express"] as const;
export type StorageClass = (typeof STORAGE_CLASSES)[number];

const price = z
  .number({ error: "must be a number (a price in the list's currency)" })
  .finite("must be a finite number")
  .nonnegative("must not be negative");

// `default` prices a series whose storage class the metrics do not say (basin storage is one gauge).
const byStorageClass = z.strictObject({
  default: price.optional(),
  standard: price.optional(),
  express: price.optional(),
});

const currency = z
  .string({ error: "must be a currency code such as USD" })
  .regex(/^[A-Z]{3}$/, { error: "must be a three-letter ISO 4217 code such as USD or EUR", abort: true })
  .refine(isKnownCurrency, "is not a currency this runtime can format");

export const priceListSchema = z.strictObject({
  // Room for the example file's "these are examples, not S2's prices" note; never shown or used.
  $comment: z.string().optional(),
  currency,
  storagePerGiBMonth: byStorageClass.optional(),
  appendOperationsPerMillion: price.optional(),
  readOperationsPerMillion: price.optional(),
  appendedPerGiB: byStorageClass.optional(),
  readPerGiB: price.optional(),
});

export type PriceList = Omit<z.output<typeof priceListSchema>, "$comment">;
export type ClassPrices = z.output<typeof byStorageClass>;

function isKnownCurrency(code: string): boolean {
  try {
    new Intl.NumberFormat("en", { style: "currency", currency: code });
    return true;
  } catch {
    return false;
  }
}

/**
 * The problems with a price list, one per bad field, each naming its path ("storagePerGiBMonth.express:
 * must not be negative"); an empty list when it is valid.
 */
export function priceListProblems(value: unknown): string[] {
  const parsed = priceListSchema.safeParse(value);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
    const path = issue.path.join(".");
    if (keys.length > 0) {
      const where = path === "" ? "" : `${path}.`;
      return `${keys.map((k) => where + k).join(", ")}: unknown field`;
    }
    return `${path === "" ? "(price list)" : path}: ${issue.message}`;
  });
}

/** A validated price list with the note stripped, or the list of problems. */
export function parsePriceList(
  value: unknown,
): { ok: true; prices: PriceList } | { ok: false; problems: string[] } {
  const parsed = priceListSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: priceListProblems(value) };
  const { $comment: _note, ...prices } = parsed.data;
  return { ok: true, prices };
}
