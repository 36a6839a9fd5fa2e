// SVG snapshots that read in a diff: one element a line, indented by depth, numbers rounded to 3
// decimals; and a snapshot check that never writes a missing file in CI (a missing snapshot there
// is a failure, not a new baseline).
import { existsSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";

const INDENT = "  ";
/** A tag or a run of text, in markup that React rendered (attribute values have `>` escaped). */
const TOKEN = /<[^>]+>|[^<]+/g;

/** Numbers with more than 3 decimals, rounded (geometry already rounds; this keeps snapshots stable if some path does not). */
function roundNumbers(tag: string): string {
  return tag.replace(/-?\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000));
}

/** The markup pretty-printed: an element without children on one line as `<x …/>`, text on its own line. */
export function prettySvg(markup: string): string {
  const tokens = markup.match(TOKEN) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const pad = INDENT.repeat(depth);
    if (token.startsWith("</")) {
      depth--;
      lines.push(`${INDENT.repeat(depth)}${token}`);
    } else if (token.startsWith("<")) {
      const tag = roundNumbers(token);
      const next = tokens[i + 1];
      if (tag.endsWith("/>")) lines.push(`${pad}${tag}`);
      else if (next?.startsWith("</")) {
        // An element without children: one line.
        lines.push(`${pad}${tag.slice(0, -1)}/>`);
        i++;
      } else {
        lines.push(`${pad}${tag}`);
        depth++;
      }
    } else {
      lines.push(`${pad}${token}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** Compares with the snapshot file; writes it when missing, except in CI (process.env.CI), where a missing snapshot fails. */
export async function expectSvgSnapshot(markup: string, file: string): Promise<void> {
  if (process.env.CI && !existsSync(file)) {
    throw new Error(`missing snapshot ${path.relative(process.cwd(), file)}: run the tests locally and commit it (CI never creates snapshots)`);
  }
  await expect(prettySvg(markup)).toMatchFileSnapshot(file);
}
