#!/usr/bin/env node
// Runs every benchmark under bench/ (files named *.bench.ts), one after the other, each in its
// own Node process so that one's memory and handles cannot skew the next. Each file is bundled
// with esbuild (packages left external) into .work/bench/, then run. A benchmark prints its own
// ratios against a baseline measured in the same run: these machines are shared and noisy, so
// only ratios mean anything. `npm run bench -- rpc` runs the files whose path contains "rpc".
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const filter = process.argv[2] ?? '';
const outDir = join(root, '.work', 'bench');
mkdirSync(outDir, { recursive: true });

const files = readdirSync(join(root, 'bench'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
if (files.length === 0) {
  console.error(`no benchmark matches "${filter}"`);
  process.exit(1);
}
for (const file of files) {
  const outfile = join(outDir, file.replaceAll('/', '__').replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [join(root, 'bench', file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  console.log(`\n### ${relative(root, join(root, 'bench', file))}`);
  execFileSync(process.execPath, [outfile], { stdio: 'inherit', cwd: root });
}
