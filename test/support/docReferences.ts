/**
 * Pointers from code and docs into the repository's docs, as the docs test checks them:
 * `docs/design.md D4` (also `D1, D4-D7`), `docs/cpi-protocol.md §7.3` (also `§3.1, §10`),
 * `docs/libvirt.md, "Methods"` (a heading), and pointers at documents that are not in the repository.
 */
export interface Reference {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly kind: 'design' | 'protocol' | 'heading' | 'outside';
  /** Decisions (`D4`), protocol sections (`7.3`) or a heading's text; empty for `outside`. */
  readonly targets: readonly string[];
  /** The doc a `heading` reference names. */
  readonly doc?: string;
}

const DESIGN = /docs\/design\.md,? (D\d+(?:(?:, | and |-)D\d+)*)/g;
const PROTOCOL = /docs\/cpi-protocol\.md,? (§\d[\d.]*(?:(?:, | and |-)§\d[\d.]*)*)/g;
const HEADING = /docs\/([\w-]+\.md), "([^"]+)"/g;
/** The design notes and protocol notes the project once pointed at, and their folder. */
const OUTSIDE = [
  /DESIGN\.md/g,
  /(?<![\w/])design\.md,? D\d/gi,
  /(?<!docs\/)\bcpi-protocol(?:\.md)?,? *§/g,
  /\breference\/[\w-]+\.md/g,
  /\/work\/shared\b/g,
];

export function findReferences(file: string, text: string): Reference[] {
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  const lineText = (index: number) => text.split('\n')[lineOf(index) - 1]!.trim();
  const found: Reference[] = [];
  const add = (match: RegExpMatchArray, kind: Reference['kind'], targets: string[], doc?: string) =>
    found.push({ file, line: lineOf(match.index!), text: lineText(match.index!), kind, targets, ...(doc ? { doc } : {}) });
  for (const match of text.matchAll(DESIGN)) add(match, 'design', decisionsOf(match[1]!));
  for (const match of text.matchAll(PROTOCOL)) {
    add(
      match,
      'protocol',
      [...match[1]!.matchAll(/§(\d[\d.]*)/g)].map((m) => m[1]!.replace(/\.+$/, '')),
    );
  }
  for (const match of text.matchAll(HEADING)) add(match, 'heading', [match[2]!], `docs/${match[1]}`);
  for (const pattern of OUTSIDE) for (const match of text.matchAll(pattern)) add(match, 'outside', []);
  return found;
}

/** `D1, D4-D7` is D1, D4, D5, D6 and D7. */
function decisionsOf(list: string): string[] {
  return list.split(/, | and /).flatMap((item) => {
    const [from, to] = item.split('-').map((d) => Number(d.slice(1)));
    if (to === undefined) return [`D${from}`];
    return Array.from({ length: Math.max(to - from! + 1, 1) }, (_, i) => `D${from! + i}`);
  });
}

/** The text of every heading of a Markdown document, outside fenced code. */
export function headingsOf(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```$/gm, '');
  return [...prose.matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1]!.trim());
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}
