// The npm package as a user meets it: `npm pack`, the tarball installed into a fresh ES-module
// project and a fresh CommonJS project, a TypeScript consumer type-checked under each module
// resolution a user may have (node10, node16, bundler), then compiled and run, and the `cpi`
// command the package installs answering a call.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const npm = (args: string[], cwd: string): string =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

let work: string;
let tarball: string;
let packedFiles: string[];

// Each consumer calls the library the way docs/library.md shows, and prints what it got.
const ESM_CONSUMER = `import { createCpi, DomainError, type Cpi, type CpiConfigInput } from 'bosh-libvirt-cpi';
const config: CpiConfigInput = { driver: 'memory' };
const cpi: Cpi = createCpi(config);
const properties = await cpi.calculateVmCloudProperties({ cpu: 2, ram: 1024, ephemeral_disk_size: 2048 });
const missing = await cpi.createStemcell('/no/such/image').then(() => 'none', (error: unknown) => (DomainError.is(error) ? error.kind : 'other'));
await cpi.close();
console.log(JSON.stringify({ properties, missing }));
`;
const CJS_CONSUMER = `import { createCpi, type Cpi } from 'bosh-libvirt-cpi';
async function main(): Promise<void> {
  const cpi: Cpi = createCpi({ driver: 'memory' });
  const properties = await cpi.calculateVmCloudProperties({ cpu: 2, ram: 1024, ephemeral_disk_size: 2048 });
  await cpi.close();
  console.log(JSON.stringify({ properties }));
}
void main();
`;

function project(name: string, type: 'module' | 'commonjs'): string {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true, type }));
  npm(['install', tarball, '--prefer-offline'], dir);
  return dir;
}

/** tsc over one consumer file with the given module settings; its diagnostics, or '' when clean. */
function typecheck(dir: string, file: string, module: string, moduleResolution: string, outDir?: string): string {
  const options = {
    compilerOptions: {
      target: 'ES2022',
      module,
      moduleResolution,
      strict: true,
      // Our declaration file is checked too; esModuleInterop as \`tsc --init\` sets it, without
      // which zod's own declarations do not check under node10.
      skipLibCheck: false,
      esModuleInterop: true,
      types: [],
      ...(outDir ? { outDir } : { noEmit: true }),
    },
    files: [file],
  };
  const tsconfig = join(dir, `tsconfig.${moduleResolution}.json`);
  writeFileSync(tsconfig, JSON.stringify(options));
  const result = spawnSync(process.execPath, [tsc, '-p', tsconfig], { cwd: dir, encoding: 'utf8' });
  return `${result.stdout}${result.stderr}`.trim();
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 't-npm-package-'));
  // `npm test` has built dist/ (tsc and the cpi bundle); the library's files are made here, then
  // the tarball is packed without prepack rebuilding the dist/ other tests are using.
  if (!existsSync(join(root, 'dist', 'cpi.cjs'))) throw new Error('dist/cpi.cjs is missing: run `npm run build` first');
  execFileSync(process.execPath, [join(root, 'scripts', 'package-library.mjs')], { cwd: root, stdio: 'pipe' });
  const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], root)) as [
    { filename: string; files: { path: string }[] },
  ];
  tarball = join(work, packed.filename);
  packedFiles = packed.files.map((f) => f.path);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('ships the bundles, the public types and the notices, and no source maps without their sources', () => {
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'dist/cpi.cjs',
        'dist/lib/index.js',
        'dist/lib/index.cjs',
        'dist/lib/index.d.ts',
        'dist/lib/index.d.cts',
      ]),
    );
    for (const notice of ['LICENSE', 'NOTICE']) {
      if (existsSync(join(root, notice))) expect(packedFiles).toContain(notice);
    }
    expect(packedFiles.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(packedFiles.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
  });

  it('public types name no dependency but zod', () => {
    const types = readFileSync(join(root, 'dist', 'lib', 'index.d.ts'), 'utf8');
    expect([...types.matchAll(/from '([^']+)'/g)].map((m) => m[1])).toEqual(['zod/mini']);
  });

  it('is imported by an ES-module project: types check under node10, node16 and bundler resolution, and it runs', () => {
    const dir = project('esm-consumer', 'module');
    writeFileSync(join(dir, 'consumer.ts'), ESM_CONSUMER);
    expect(typecheck(dir, 'consumer.ts', 'ESNext', 'node10')).toBe('');
    expect(typecheck(dir, 'consumer.ts', 'ESNext', 'bundler')).toBe('');
    expect(typecheck(dir, 'consumer.ts', 'Node16', 'node16', 'out')).toBe('');
    const output = execFileSync(process.execPath, [join(dir, 'out', 'consumer.js')], { cwd: dir, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ properties: { cpus: 2, memory: 1024, ephemeral_disk: 2048 }, missing: 'invalid_request' });
  });

  it('is required by a CommonJS project: a .cts consumer type-checks under node10, node16 and bundler resolution, and it runs', () => {
    const dir = project('cjs-consumer', 'commonjs');
    writeFileSync(join(dir, 'consumer.cts'), CJS_CONSUMER);
    expect(typecheck(dir, 'consumer.cts', 'CommonJS', 'node10')).toBe('');
    expect(typecheck(dir, 'consumer.cts', 'ESNext', 'bundler')).toBe('');
    expect(typecheck(dir, 'consumer.cts', 'Node16', 'node16', 'out')).toBe('');
    const output = execFileSync(process.execPath, [join(dir, 'out', 'consumer.cjs')], { cwd: dir, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ properties: { cpus: 2, memory: 1024, ephemeral_disk: 2048 } });
    expect(readFileSync(join(dir, 'out', 'consumer.cjs'), 'utf8')).toContain('require("bosh-libvirt-cpi")');
    // And plain require() from JavaScript, without TypeScript in between.
    const plain = execFileSync(process.execPath, ['-e', "console.log(Object.keys(require('bosh-libvirt-cpi')).includes('createCpi'))"], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(plain.trim()).toBe('true');
  });

  it('installs a `cpi` command that answers a call and says its version', () => {
    const dir = project('bin-consumer', 'commonjs');
    const cpi = join(dir, 'node_modules', '.bin', 'cpi');
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
    expect(execFileSync(cpi, ['--version'], { encoding: 'utf8' }).trim()).toBe(version);
    writeFileSync(join(dir, 'cpi.json'), JSON.stringify({ driver: 'memory' }));
    const request = JSON.stringify({
      method: 'calculate_vm_cloud_properties',
      arguments: [{ cpu: 1, ram: 512, ephemeral_disk_size: 1024 }],
      context: {},
    });
    const response = JSON.parse(execFileSync(cpi, ['--config', join(dir, 'cpi.json')], { input: request, encoding: 'utf8' }));
    expect(response).toMatchObject({ result: { cpus: 1, memory: 512, ephemeral_disk: 1024 }, error: null });
  });
});
