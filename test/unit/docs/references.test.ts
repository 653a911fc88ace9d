import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/renderBoshTemplate.js';
import { findReferences, headingAnchor, headingsOf, type Reference } from '../../support/docReferences.js';

// The repository explains itself: every pointer into docs/design.md and docs/cpi-protocol.md
// (`docs/design.md D4`, `docs/cpi-protocol.md §7.3`, `docs/libvirt.md, "Heading"`) names a
// heading that exists, every link between the docs lands on a heading, and nothing points at a
// design document or protocol notes that are not in the repository.

/** Folders whose files carry references; generated, installed and built ones are left out. */
const SCANNED = ['src', 'test', 'scripts', 'bench', 'release', 'operations', 'docs', '.ci'];
const SKIPPED = new Set(['node_modules', 'dist', '.work', 'blobs', '.git']);
const THIS_FILE = 'test/unit/docs/references.test.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (SKIPPED.has(entry.name)) return [];
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

/** Every text file of the scanned folders and of the root (README, config files). */
function repositoryTexts(): Map<string, string> {
  const rootFiles = readdirSync(REPO_ROOT, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'package-lock.json')
    .map((entry) => entry.name);
  const texts = new Map<string, string>();
  for (const path of [...rootFiles, ...SCANNED.flatMap(filesUnder)]) {
    if (path === THIS_FILE || statSync(join(REPO_ROOT, path)).size > 1_000_000) continue;
    const text = readFileSync(join(REPO_ROOT, path), 'utf8');
    if (!text.includes('\u0000')) texts.set(path, text);
  }
  return texts;
}

const texts = repositoryTexts();
const docHeadings = (doc: string) => headingsOf(texts.get(doc) ?? '');
const describeReference = (r: Reference) => `${r.file}:${r.line}: ${r.text}`;

describe('references into the docs', () => {
  it('scans the whole repository, the root files included', () => {
    for (const path of [
      'README.md',
      '.dependency-cruiser.cjs',
      'vitest.config.ts',
      'src/index.ts',
      'bench/startup.bench.ts',
      'docs/design.md',
    ]) {
      expect(texts.has(path), path).toBe(true);
    }
  });

  it('docs/design.md has one numbered heading per decision, from D1 up without gaps', () => {
    const numbers = docHeadings('docs/design.md')
      .flatMap((h) => /^D(\d+) /.exec(h)?.[1] ?? [])
      .map(Number);
    expect(numbers.length).toBeGreaterThanOrEqual(10);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('every docs/design.md Dn and docs/cpi-protocol.md §n names a heading that exists', () => {
    const decisions = new Set(docHeadings('docs/design.md').flatMap((h) => /^(D\d+) /.exec(h)?.[1] ?? []));
    const sections = new Set(docHeadings('docs/cpi-protocol.md').flatMap((h) => /^§([\d.]+) /.exec(h)?.[1] ?? []));
    const references = [...texts].flatMap(([file, text]) => findReferences(file, text));
    const design = references.filter((r) => r.kind === 'design');
    const protocol = references.filter((r) => r.kind === 'protocol');
    expect(design.length).toBeGreaterThan(15);
    expect(protocol.length).toBeGreaterThan(30);
    const broken = [
      ...design.filter((r) => r.targets.some((t) => !decisions.has(t))),
      ...protocol.filter((r) => r.targets.some((t) => !sections.has(t))),
    ];
    expect(broken.map(describeReference)).toEqual([]);
  });

  it('every `docs/<name>.md, "Heading"` names a heading of that doc', () => {
    const references = [...texts].flatMap(([file, text]) => findReferences(file, text)).filter((r) => r.kind === 'heading');
    expect(references.length).toBeGreaterThan(1);
    const broken = references.filter((r) => !docHeadings(r.doc!).includes(r.targets[0]!));
    expect(broken.map(describeReference)).toEqual([]);
  });

  it('every link between the docs and the README lands on a heading', () => {
    const broken: string[] = [];
    for (const [file, text] of texts) {
      if (!file.endsWith('.md') || !(file === 'README.md' || file.startsWith('docs/'))) continue;
      for (const link of text.matchAll(/\]\(([\w./-]+\.md)(?:#([\w-]+))?\)/g)) {
        const target = relative(REPO_ROOT, join(REPO_ROOT, file, '..', link[1]!));
        const targetText = texts.get(target);
        if (targetText === undefined) broken.push(`${file}: ${link[0]} (no such file)`);
        else if (link[2] && !headingsOf(targetText).map(headingAnchor).includes(link[2]))
          broken.push(`${file}: ${link[0]} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('nothing points at design notes or protocol notes outside the repository', () => {
    const stray = [...texts].flatMap(([file, text]) => findReferences(file, text)).filter((r) => r.kind === 'outside');
    expect(stray.map(describeReference)).toEqual([]);
  });
});

describe('findReferences', () => {
  const kinds = (text: string) => findReferences('x.ts', text).map((r) => [r.kind, ...r.targets]);

  it('reads single references, lists and ranges', () => {
    expect(kinds('see docs/design.md D4.')).toEqual([['design', 'D4']]);
    expect(kinds('(docs/design.md D1, D4-D7)')).toEqual([['design', 'D1', 'D4', 'D5', 'D6', 'D7']]);
    expect(kinds('(docs/cpi-protocol.md §3.1, §10)')).toEqual([['protocol', '3.1', '10']]);
    expect(kinds('docs/cpi-protocol.md §9.')).toEqual([['protocol', '9']]);
    expect(kinds('(docs/libvirt.md, "What a VM looks like")')).toEqual([['heading', 'What a VM looks like']]);
  });

  it('flags references to documents that are not in the repository', () => {
    const design = ['DESIGN', 'md'].join('.');
    const protocol = ['cpi', 'protocol'].join('-');
    for (const text of [
      `(${design} D7)`,
      `${design} "Testing"`,
      `(${protocol} §5.2)`,
      `see ${protocol}.md §3`,
      '(reference/test-stemcell.md §11.7)',
    ]) {
      expect(kinds(text), text).toContainEqual(['outside']);
    }
    expect(kinds('ECMA-119 §9.1: a directory record')).toEqual([]);
    expect(kinds('[the protocol](cpi-protocol.md)')).toEqual([]);
  });

  it('turns headings into the anchors GitHub gives them', () => {
    expect(headingAnchor('§2.1 `context`')).toBe('21-context');
    expect(headingAnchor('How the guest finds a persistent disk')).toBe('how-the-guest-finds-a-persistent-disk');
    expect(headingAnchor('D1 Our own libvirt protocol client')).toBe('d1-our-own-libvirt-protocol-client');
  });
});
