#!/usr/bin/env node
// Runs a TypeScript program of this repository without a TypeScript runtime: esbuild bundles it
// (packages left external) into .work/run/, then Node runs the bundle. Every module keeps its own
// `import.meta.url`, so code that finds files next to itself (the test-stemcell builder, the
// path of the built `cpi`) works as it does under vitest. Usage: node scripts/runTs.mjs FILE.ts [ARGS...]
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/runTs.mjs FILE.ts [ARGS...]');
  process.exit(2);
}
const outDir = join(root, '.work', 'run');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, relative(root, resolve(entry)).replaceAll('/', '__').replace(/\.ts$/, '.mjs'));

const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }));
  },
};

await build({
  entryPoints: [resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfig: join(root, 'tsconfig.json'),
  plugins: [ownImportMetaUrl],
  logLevel: 'warning',
});
const child = spawn(process.execPath, [outfile, ...args], { stdio: 'inherit', cwd: root });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
