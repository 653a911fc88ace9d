#!/usr/bin/env node
// Runs every benchmark under bench/ (files named *.bench.ts), one after the other, each in its
// own Node process (through scripts/runTs.mjs) so that one's memory and handles cannot skew the
// next. A benchmark prints its own ratios against a baseline measured in the same run: these
// machines are shared and noisy, so only ratios mean anything.
// `npm run bench -- rpc` runs the files whose path contains "rpc".
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(join(root, 'bench'), { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.bench.ts') && file.includes(filter))
  .sort();
if (files.length === 0) {
  console.error(`no benchmark matches "${filter}"`);
  process.exit(1);
}
for (const file of files) {
  console.log(`\n### bench/${file}`);
  execFileSync(process.execPath, [join(root, 'scripts', 'runTs.mjs'), join(root, 'bench', file)], { stdio: 'inherit', cwd: root });
}
