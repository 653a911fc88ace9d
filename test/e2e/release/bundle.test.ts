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

  it('answers a call that needs no driver from the main and cli programs, without the rest', () => {
    const { status, stdout } = call({
      method: 'calculate_vm_cloud_properties',
      arguments: [{ cpu: 2, ram: 2048, ephemeral_disk_size: 10_240 }],
      context: {},
    });
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ result: { cpus: 2, memory: 2048, ephemeral_disk: 10_240 }, error: null, log: expect.any(String) });
    expect(caches()).toHaveLength(2);
  });

  it('decompresses and compiles the rest for other calls, and keeps state across processes', () => {
    const disk = JSON.parse(call({ method: 'create_disk', arguments: [1024, {}, null], context: {} }).stdout) as { result: string };
    expect(disk.result).toMatch(/^disk_[0-9a-f]{15}$/);
    expect(caches()).toHaveLength(3);
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

    // main loads the cli program before any response can be made: nothing on stdout
    const damagedCli = join(dir, 'damaged-cli.cjs');
    writeFileSync(damagedCli, text.replace('\n// ---- cli program ----\n', '\n// ---- cli program ----\n\n'), 'latin1');
    const cli = call({ method: 'has_vm', arguments: ['vm_0123456789abcdef01234567'], context: {} }, damagedCli);
    expect(cli.stdout).toBe('');
    expect(cli.stderr).toContain('is damaged: its cli program is not where the launcher expects it');

    // the cli program loads the rest within the call: the director gets an error response
    const damagedRest = join(dir, 'damaged-rest.cjs');
    writeFileSync(damagedRest, text.replace('\n// ---- rest program ----\n', '\n// ---- rest program ----\n\n'), 'latin1');
    const rest = call({ method: 'has_vm', arguments: ['vm_0123456789abcdef01234567'], context: {} }, damagedRest);
    expect(JSON.parse(rest.stdout)).toMatchObject({
      result: null,
      error: {
        type: 'Bosh::Clouds::CloudError',
        message: expect.stringContaining('is damaged: its rest program is not where the launcher expects it'),
      },
    });
  });
});
