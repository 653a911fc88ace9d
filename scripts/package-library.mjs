// Builds what the npm package ships for the library, under dist/lib/ (package.json `exports`):
//   index.js     the library as one ES module; its dependencies stay imports, resolved from the
//                package's own dependencies;
//   index.cjs    the library as one CommonJS file for `require()`, its dependencies inside:
//                Node 20 cannot require() an ES module, and execa is one;
//   index.d.ts   the public types in one declaration file (dts-bundle-generator from
//   index.d.cts  src/index.ts), the same text twice: TypeScript reads a .d.cts as the types of
//                CommonJS. One file names only the project's own types and zod's, so a
//                consumer type-checks with any moduleResolution (node10 cannot see into
//                inversify, whose types only its `exports` map reaches).
// No source maps: the package does not ship the sources a map would point to.
//
//   node scripts/package-library.mjs          (prepack runs it; npm run build does not)
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'lib');
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

const common = {
  absWorkingDir: root,
  entryPoints: ['src/index.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
  logLevel: 'warning',
};
await build({ ...common, format: 'esm', packages: 'external', outfile: join(out, 'index.js') });
await build({ ...common, format: 'cjs', outfile: join(out, 'index.cjs') });

execFileSync(
  process.execPath,
  [
    join(root, 'node_modules', 'dts-bundle-generator', 'dist', 'bin', 'dts-bundle-generator.js'),
    '--project',
    join(root, 'tsconfig.build.json'),
    '--no-banner',
    '--silent',
    '--no-check',
    '--export-referenced-types',
    'false',
    '-o',
    join(out, 'index.d.ts'),
    join(root, 'src', 'index.ts'),
  ],
  { stdio: 'inherit', cwd: root },
);
// The sources import zod as `import * as z from 'zod/mini'` (the form the bundler can
// tree-shake); dts-bundle-generator keeps the `z.` references but drops that namespace import.
let types = await readFile(join(out, 'index.d.ts'), 'utf8');
if (/\bz\./.test(types) && !/^import \* as z from 'zod\/mini';$/m.test(types)) {
  types = `import * as z from 'zod/mini';\n\n${types}`;
  await writeFile(join(out, 'index.d.ts'), types);
}
const leaked = [...types.matchAll(/from '([^']+)'/g)].map((m) => m[1]).filter((name) => name !== 'zod' && name !== 'zod/mini');
if (leaked.length > 0) throw new Error(`the public types import ${leaked.join(', ')}: only the project's own types and zod's may appear`);
await writeFile(join(out, 'index.d.cts'), types);
// The check dts-bundle-generator would have made, on the file as shipped.
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    '--noEmit',
    '--strict',
    '--module',
    'nodenext',
    '--moduleResolution',
    'nodenext',
    join(out, 'index.d.ts'),
  ],
  { stdio: 'inherit', cwd: root },
);
