/**
 * A strict RFC 4180 reader for tests of the CSV export (the app only writes CSV, with csv-stringify, and
 * ships no parser). Quoted cells may hold commas, quotes ("") and line breaks; records end with CRLF or LF; a leading byte order mark is skipped.
 */
export function parseCsv(csv: string): string[][] {
  const text = csv.startsWith("\uFEFF") ? csv.slice(1) : csv; // the export's byte order mark
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") {
      record.push(cell);
      cell = "";
    } else if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) {
      if (c === "\r") i++;
      record.push(cell);
      records.push(record);
      record = [];
      cell = "";
    } else cell += c;
  }
  if (quoted) throw new Error("unterminated quoted cell");
  if (cell !== "" || record.length > 0) records.push([...record, cell]);
  return records;
}

/** The records as objects keyed by the header line. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text);
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])));
}
