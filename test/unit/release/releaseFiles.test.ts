import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml, RELEASE_DIR, REPO_ROOT } from '../../support/renderBoshTemplate.js';

const read = (...parts: string[]) => readFileSync(join(...parts), 'utf8');

describe('licence files', () => {
  const license = read(REPO_ROOT, 'LICENSE');

  it('holds the full Apache License 2.0 at the repository root, the licence package.json names', () => {
    expect((JSON.parse(read(REPO_ROOT, 'package.json')) as { license: string }).license).toBe('Apache-2.0');
    expect(license).toMatch(/^\s+Apache License\n\s+Version 2\.0, January 2004\n/);
    expect(license).toContain('TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION');
    for (let section = 1; section <= 9; section++) expect(license).toMatch(new RegExp(`^\\s+${section}\\. [A-Z]`, 'm'));
    expect(license).toContain('END OF TERMS AND CONDITIONS');
    expect(read(REPO_ROOT, 'NOTICE')).toContain('Apache License, Version 2.0');
  });

  // bosh-cli release/license/dir_reader.go DirReaderImpl#collectFiles: `bosh create-release`
  // puts the release folder's LICENSE* and NOTICE* files into the release as its license.
  it('puts the same LICENSE and NOTICE in the release folder, where bosh create-release picks them up', () => {
    expect(read(RELEASE_DIR, 'LICENSE')).toBe(license);
    expect(read(RELEASE_DIR, 'NOTICE')).toBe(read(REPO_ROOT, 'NOTICE'));
  });
});

describe('config/final.yml', () => {
  const final = parseYaml(read(RELEASE_DIR, 'config', 'final.yml')) as {
    name: string;
    blobstore: { provider: string; options: { blobstore_path: string } };
  };

  it('names the release as the job spec’s release does', () => {
    expect(final.name).toBe('bosh-libvirt-cpi');
  });

  // bosh-cli releasedir/provider.go Provider#newBlobstore: a relative blobstore_path of the
  // local provider is joined to the release folder.
  it('keeps final blobs in a local folder inside the release, not in a temporary one, ignored by git', () => {
    expect(final.blobstore.provider).toBe('local');
    const path = final.blobstore.options.blobstore_path;
    // The configured path itself must not name a temporary folder; the checkout may well live in
    // one (a CI clone under /tmp), which says nothing about where an operator keeps the release.
    expect(isAbsolute(path) && /^\/(var\/)?tmp\//.test(path)).toBe(false);
    const resolved = isAbsolute(path) ? path : resolve(RELEASE_DIR, path);
    expect(relative(RELEASE_DIR, resolved).startsWith('..')).toBe(false);
    const ignored = execFileSync('git', ['check-ignore', join(resolved, 'some-blob-id')], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    expect(ignored).not.toBe('');
  });
});
