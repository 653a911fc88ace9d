import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../support/boshInstallation.js';

// dist/cpi.cjs on its own: one file that answers the director's calls, compiles its programs
// with V8's code cache, and survives a cache that went bad.
let dir: string;
let bundle: string;
let config: string;
const DIRECTOR_ENV = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };

function call(request: unknown, file = bundle) {
  const run = spawnSync(process.execPath, [file, '--config', config], {
    input: JSON.stringify(request),
    env: DIRECTOR_ENV,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
const caches = () =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.v8cache'))
    .sort();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 't-release-bundle-'));
  bundle = buildBundle(dir);
  config = join(dir, 'cpi.json');
  writeFileSync(config, JSON.stringify({ driver: 'memory', memory: { state_file: join(dir, 'state.json') } }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the single-file bundle', () => {
  it('is one executable file that needs no node_modules', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.cjs'))).toEqual(['cpi.cjs']);
    expect(statSync(bundle).mode & 0o111).not.toBe(0);
    expect(readFileSync(bundle, 'latin1')).not.toMatch(/require\(["'](zod|inversify|execa|reflect-metadata)["']\)/);
  });

  it('answers info from the main program alone, and caches only that program', () => {
    const { status, stdout } = call({ method: 'info', arguments: [], context: {} });
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ result: { api_version: 2 }, error: null });
    expect(caches()).toHaveLength(1);
  });

  it('compiles the rest for other calls, and keeps state across processes', () => {
    const disk = JSON.parse(call({ method: 'create_disk', arguments: [1024, {}, null], context: {} }).stdout) as { result: string };
    expect(disk.result).toMatch(/^disk_[0-9a-f]{15}$/);
    expect(caches()).toHaveLength(2);
    expect(JSON.parse(call({ method: 'has_disk', arguments: [disk.result], context: {} }).stdout)).toMatchObject({
      result: true,
      error: null,
    });
  });

  it('recompiles when a cache file is garbage, and writes a good one back', () => {
    for (const cache of caches()) writeFileSync(join(dir, cache), 'not a V8 code cache');
    const { status, stdout } = call({ method: 'has_vm', arguments: ['vm_0123456789abcdef01234567'], context: {} });
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ result: false, error: null });
    for (const cache of caches()) expect(statSync(join(dir, cache)).size).toBeGreaterThan(1000);
  });

  it('refuses to run a damaged file, saying so', () => {
    // The launcher takes each program out of the file at offsets written at build time: text
    // added before a program moves it off them.
    const text = readFileSync(bundle, 'latin1');
    const damagedMain = join(dir, 'damaged-main.cjs');
    writeFileSync(damagedMain, text.replace('\n// ---- main program ----\n', '\n// ---- main program ----\n\n'), 'latin1');
    const main = call({ method: 'info', arguments: [], context: {} }, damagedMain);
    expect(main.status).not.toBe(0);
    expect(main.stderr).toContain('is damaged: its main program is not where the launcher expects it');

    const damagedLazy = join(dir, 'damaged-lazy.cjs');
    writeFileSync(damagedLazy, text.replace('\n// ---- lazy program ----\n', '\n// ---- lazy program ----\n\n'), 'latin1');
    const lazy = call({ method: 'has_vm', arguments: ['vm_0123456789abcdef01234567'], context: {} }, damagedLazy);
    expect(lazy.stdout).toBe('');
    expect(lazy.stderr).toContain('is damaged: its lazy program is not where the launcher expects it');
  });
});
