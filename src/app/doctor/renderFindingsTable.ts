import type { HostFinding } from '../../ports/HostProbe.js';

const HEADERS = ['STATUS', 'CHECK', 'FINDING', 'FIX'] as const;
/** Widest a wrapped column may get, so a report stays readable in an 80–160 column terminal. */
const MAX_WIDTH = { check: 24, detail: 52, fix: 60 } as const;
const STATUS_LABEL = { ok: 'ok', warn: 'WARN', fail: 'FAIL', skip: 'SKIP' } as const;

/** Splits text into lines of at most `width` characters, at spaces where it can. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      let rest = word;
      while (rest.length > width) {
        if (line) {
          lines.push(line);
          line = '';
        }
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
      if (!line) line = rest;
      else if (line.length + 1 + rest.length <= width) line = `${line} ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** The doctor's report: one row per finding, long cells wrapped within their column. */
export function renderFindingsTable(findings: readonly HostFinding[]): string {
  const rows = findings.map((f) => [STATUS_LABEL[f.status], f.check, f.detail, f.fix || '-']);
  const limits = [6, MAX_WIDTH.check, MAX_WIDTH.detail, MAX_WIDTH.fix];
  const widths = HEADERS.map((header, column) =>
    Math.min(limits[column]!, Math.max(header.length, ...rows.map((row) => Math.max(...row[column]!.split('\n').map((l) => l.length))))),
  );
  const out: string[] = [];
  const emit = (cells: readonly string[]): void => {
    const wrapped = cells.map((cell, column) => wrapText(cell, widths[column]!));
    const height = Math.max(...wrapped.map((lines) => lines.length));
    for (let i = 0; i < height; i++) {
      out.push(
        wrapped
          .map((lines, column) => (lines[i] ?? '').padEnd(column === cells.length - 1 ? 0 : widths[column]!))
          .join('  ')
          .trimEnd(),
      );
    }
  };
  emit(HEADERS);
  out.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) emit(row);
  return `${out.join('\n')}\n`;
}
