// CSV downloads: UTF-8 with a byte-order mark (so Excel keeps French accents), comma-separated,
// CRLF line ends, column names in the chosen language. Quoting is d3's (RFC 4180).
import { csvFormatRows } from "d3";
import type { TableSpec } from "../charts/types";

const BOM = "\uFEFF";

/** Formula injection guard: a cell starting with = + - @ would run as a formula in a spreadsheet. */
function defuse(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** The table as CSV text, BOM first; a source line, when given, after the data and an empty row. */
export function toCsv(table: TableSpec, sourceLine?: string): string {
  const rows = [table.columns, ...table.rows.map((r) => [r.header.text, ...r.cells.map((c) => c.text)]), ...(sourceLine ? [[], [sourceLine]] : [])];
  return BOM + csvFormatRows(rows.map((cells) => cells.map(defuse))).replace(/\n/g, "\r\n") + "\r\n";
}
