// Builds dist/cpi.cjs: the whole `cpi` executable (CLI, app, drivers, dependencies) in one
// file that starts fast. Two parts:
//   - the program: src/app/cli/main.ts and everything it imports, bundled by esbuild into one
//     CommonJS program (no module files to resolve and read at run time);
//   - a launcher (scripts/bundle-launcher.cjs) that compiles the program with V8's code cache.
// bench/startup.bench.ts measures what each part buys.
//
//   node scripts/bundle.mjs [--entry src/app/cli/main.ts] [--outfile dist/cpi.cjs]
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    entry: { type: 'string', default: 'src/app/cli/main.ts' },
    outfile: { type: 'string', default: 'dist/cpi.cjs' },
  },
});
const outfile = resolve(root, values.outfile);
const MARKER = '\n// ---- program ----\n';

/**
 * zod's namespace export carries ~40 translations of its error messages (a third of the
 * bundle); the CPI reports in English, so only `en` is kept.
 */
const englishOnlyZod = {
  name: 'english-only-zod',
  setup(builder) {
    builder.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), args.path), namespace: 'zod-locales' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
      resolveDir: dirname(args.path),
    }));
  },
};

const result = await build({
  absWorkingDir: root,
  entryPoints: [values.entry],
  bundle: true,
  write: false,
  platform: 'node',
  format: 'cjs',
  // The oldest runtime the package supports; the BOSH release ships a newer LTS.
  target: 'node20',
  tsconfig: 'tsconfig.json',
  plugins: [englishOnlyZod],
  minifySyntax: true,
  minifyWhitespace: true,
  // Names stay readable in the stack traces that end up in the director's task log.
  minifyIdentifiers: false,
  // ASCII only: the launcher reads the file as latin1 and no character can end a line comment.
  charset: 'ascii',
  legalComments: 'none',
  logLevel: 'warning',
});
const program = result.outputFiles[0].text;
if (/[\r\u2028\u2029]/.test(program)) throw new Error('the program contains a line terminator other than \\n; the launcher cannot embed it');

const hash = createHash('sha256').update(program).digest('hex').slice(0, 16);
const launcher = (await readFile(join(root, 'scripts', 'bundle-launcher.cjs'), 'utf8'))
  .replace('__PROGRAM_HASH__', hash)
  .replace('__PROGRAM_LENGTH__', String(program.length));
const embedded = program
  .split('\n')
  .map((line) => `//${line}`)
  .join('\n');

await mkdir(dirname(outfile), { recursive: true });
// Code caches of earlier builds can never match again.
for (const stale of (await readdir(dirname(outfile))).filter((f) => f.startsWith(`${basename(outfile)}.`) && f.endsWith('.v8cache'))) {
  await rm(join(dirname(outfile), stale), { force: true });
}
await writeFile(outfile, `${launcher.trimEnd()}${MARKER}${embedded}`, { mode: 0o755 });
