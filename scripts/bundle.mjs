// Builds dist/cpi.mjs: the whole `cpi` executable (CLI, app, drivers, dependencies) as one ES
// module. The director starts the CPI once per call, and resolving and reading a few hundred
// module files costs more than running the call itself; one file is read and parsed once.
//
//   node scripts/bundle.mjs [--entry src/app/cli/main.ts] [--outfile dist/cpi.mjs]
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    entry: { type: 'string', default: 'src/app/cli/main.ts' },
    outfile: { type: 'string', default: 'dist/cpi.mjs' },
  },
});
const outfile = resolve(root, values.outfile);

await build({
  absWorkingDir: root,
  entryPoints: [values.entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  // The oldest runtime the package supports; the BOSH release ships a newer LTS.
  target: 'node20',
  tsconfig: 'tsconfig.json',
  // Some dependencies are CommonJS and call require() for Node built-ins; inside an ES module
  // that name does not exist unless we make it.
  banner: {
    js: "import { createRequire as __cpiCreateRequire } from 'node:module'; const require = __cpiCreateRequire(import.meta.url);",
  },
  minifySyntax: true,
  minifyWhitespace: true,
  // Names stay readable in stack traces that end up in the director's task log.
  minifyIdentifiers: false,
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning',
});
await chmod(outfile, 0o755);
