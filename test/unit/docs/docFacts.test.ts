import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/renderBoshTemplate.js';

// The docs stay current and say each thing once: every file or folder of this repository they
// name in backticks exists, and no paragraph is written twice (a merge that duplicated a
// section, or a fact copied instead of linked, shows here).

const DOCS = [
  'README.md',
  ...readdirSync(join(REPO_ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const TOP_FOLDERS = ['src', 'test', 'scripts', 'bench', 'release', 'operations', 'docs'];
const PATH_IN_BACKTICKS = new RegExp(`\`((?:${TOP_FOLDERS.join('|')})/[^\`\\s<>*{}|]+)\``, 'g');
/** `(bosh-vsphere-cpi-release, \`src/…\`)`: a path in another repository, named right before it. */
const OTHER_REPOSITORY = /\([a-z0-9][a-z0-9-]*, $/;

interface NamedPath {
  readonly doc: string;
  readonly line: number;
  readonly path: string;
}

function namedPaths(): NamedPath[] {
  return DOCS.flatMap((doc) =>
    readFileSync(join(REPO_ROOT, doc), 'utf8')
      .split('\n')
      .flatMap((text, index) =>
        [...text.matchAll(PATH_IN_BACKTICKS)]
          .filter((match) => !OTHER_REPOSITORY.test(text.slice(0, match.index)))
          .map((match) => ({ doc, line: index + 1, path: match[1]!.replace(/[.,:;)]+$/, '').replace(/#.*$/, '') })),
      ),
  );
}

/** Paths git ignores (release/final-blobs/, made when a final release is cut) need not exist in a clone. */
function ignoredByGit(path: string): boolean {
  try {
    execFileSync('git', ['check-ignore', '-q', path], { cwd: REPO_ROOT });
    return true;
  } catch {
    return false;
  }
}

function paragraphs(doc: string): { doc: string; text: string }[] {
  return readFileSync(join(REPO_ROOT, doc), 'utf8')
    .replace(/```[\s\S]*?```/g, '') // code blocks may repeat a command on purpose
    .split(/\n\s*\n/)
    .map((text) => ({ doc, text: text.replace(/\s+/g, ' ').trim() }))
    .filter(({ text }) => text.length >= 200 && !text.startsWith('|'));
}

describe('the docs', () => {
  it('name files and folders of the repository that exist', () => {
    const named = namedPaths();
    expect(named.length).toBeGreaterThan(50);
    const missing = named.filter(({ path }) => !existsSync(join(REPO_ROOT, path)) && !ignoredByGit(path));
    expect(missing.map(({ doc, line, path }) => `${doc}:${line}: ${path}`)).toEqual([]);
  });

  it('tell a path of another repository apart by naming the repository first', () => {
    const line = 'calls it (bosh-vsphere-cpi-release, `src/vsphere_cpi/lib/cloud/vsphere/cloud.rb`) and';
    const match = [...line.matchAll(PATH_IN_BACKTICKS)][0]!;
    expect(OTHER_REPOSITORY.test(line.slice(0, match.index))).toBe(true);
    expect(OTHER_REPOSITORY.test('the file `'.slice(0, -1))).toBe(false);
  });

  it('write no paragraph twice', () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const { doc, text } of DOCS.flatMap(paragraphs)) {
      const first = seen.get(text);
      if (first) repeated.push(`${doc} repeats a paragraph of ${first}: ${text.slice(0, 80)}…`);
      else seen.set(text, doc);
    }
    expect(repeated).toEqual([]);
  });
});
