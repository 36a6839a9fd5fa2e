// CSV downloads: UTF-8 with a byte-order mark (so Excel keeps French accents), comma-separated,
// RFC 4180 quoting, column names in the chosen language.
import type { TableSpec } from "../charts/types";

const BOM = "\uFEFF";

function field(text: string): string {
  // Formula injection guard: a cell starting with = + - @ is read as a formula by spreadsheets.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The table as CSV text, BOM first, CRLF line ends. */
export function toCsv(table: TableSpec): string {
  const lines = [table.columns, ...table.rows.map((r) => [r.header.text, ...r.cells.map((c) => c.text)])];
  return BOM + lines.map((cells) => cells.map(field).join(",")).join("\r\n") + "\r\n";
}
