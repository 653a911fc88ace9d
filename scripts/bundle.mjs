// Builds dist/cpi.cjs: the whole `cpi` executable (CLI, app, drivers, dependencies) in one
// file that starts fast (scripts/bundle-launcher.cjs explains the layout):
//   - the main program: the entry (src/app/cli/main.ts) with what it imports statically, which
//     is all `info` needs;
//   - the lazy program: every module the main program imports dynamically (the CLI proper,
//     doctor, and the driver modules the light driver table names), with everything they
//     import, each initialized only when main asks for it;
//   - the launcher, which runs the main program and compiles the lazy one on first use, both
//     with V8's code cache.
// Both programs are bundled by esbuild as CommonJS: no module files to resolve and read at run
// time. bench/startup.bench.ts measures what this buys.
//
//   node scripts/bundle.mjs [--entry src/app/cli/main.ts] [--outfile dist/cpi.cjs]
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    entry: { type: 'string', default: 'src/app/cli/main.ts' },
    outfile: { type: 'string', default: 'dist/cpi.cjs' },
  },
});
const entry = resolve(root, values.entry);
const outfile = resolve(root, values.outfile);

const common = {
  absWorkingDir: root,
  bundle: true,
  write: false,
  platform: 'node',
  format: 'cjs',
  // The oldest runtime the package supports; the BOSH release ships a newer LTS.
  target: 'node20',
  tsconfig: 'tsconfig.json',
  minifySyntax: true,
  minifyWhitespace: true,
  // Names stay readable in the stack traces that end up in the director's task log.
  minifyIdentifiers: false,
  // ASCII only: the launcher reads the file as latin1, and no character can end a line comment.
  charset: 'ascii',
  legalComments: 'none',
  // import() of what stays outside a program (Node built-ins, `cpi-lazy:` modules) becomes
  // require(): the launcher compiles programs as scripts, where import() has no loader.
  supported: { 'dynamic-import': false },
  logLevel: 'warning',
  // `cpi --version` (src/app/cli/cpiVersion.ts): the release ships the bundle without package.json.
  define: { __CPI_VERSION__: JSON.stringify(JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version) },
};

/**
 * zod's namespace export carries ~40 translations of its error messages (a third of zod); the
 * CPI reports in English, so only `en` is kept.
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

/**
 * The main program's dynamic imports (the entry's, and the driver table's, which `info` reads)
 * become `cpi-lazy:pN` modules, which the launcher supplies: what they import stays out of it.
 */
const lazyTargets = [];
const splitDynamicImports = {
  name: 'split-dynamic-imports',
  setup(builder) {
    builder.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData === 'resolving') return undefined;
      const resolved = await builder.resolve(args.path, {
        kind: 'import-statement',
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'resolving',
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      if (resolved.external) return undefined;
      let index = lazyTargets.indexOf(resolved.path);
      if (index < 0) index = lazyTargets.push(resolved.path) - 1;
      return { path: `cpi-lazy:p${index}`, external: true };
    });
  },
};

// The entry's `#!` line belongs to the launcher, not to a program compiled as a function body.
const text = (result) => result.outputFiles[0].text.replace(/^#![^\n]*\n/, '');
const main = text(await build({ ...common, entryPoints: [entry], plugins: [splitDynamicImports, englishOnlyZod] }));
const lazy =
  lazyTargets.length === 0
    ? ''
    : text(
        await build({
          ...common,
          stdin: {
            // One function per module: require() of an ES module makes esbuild wrap it, and
            // everything only it imports, in an initializer that runs on the first call, so
            // `doctor` does not run the CLI's modules, nor a call the doctor's.
            contents: lazyTargets
              .map((path, i) => `export const p${i} = () => require(${JSON.stringify(`./${relative(root, path)}`)});`)
              .join('\n'),
            resolveDir: root,
            loader: 'ts',
            sourcefile: 'lazy-entry.ts',
          },
          plugins: [englishOnlyZod],
        }),
      );
for (const [name, program] of [
  ['main', main],
  ['lazy', lazy],
]) {
  // Each program sits in a block comment, which only `*/` could end early. esbuild escapes it
  // in strings; an operator pair such as `x*/re/` would need one more rule here.
  if (program.includes('*/')) throw new Error(`the ${name} program contains "*/", which would end the comment that holds it`);
}

const hash = (program) => createHash('sha256').update(program).digest('hex').slice(0, 16);
const template = await readFile(join(root, 'scripts', 'bundle-launcher.cjs'), 'utf8');
// The launcher is told where each program starts; the numbers are written with a fixed width,
// so the launcher's length, and with it every offset, is known before they are filled in.
const number = (value) => String(value).padStart(9, ' ');
const launcher = (at) =>
  template
    .replace('__MAIN_HASH__', hash(main))
    .replace('__LAZY_HASH__', hash(lazy))
    .replace('__MAIN_LENGTH__', number(main.length))
    .replace('__LAZY_LENGTH__', number(lazy.length))
    .replace('__MAIN_START__', number(at.mainStart))
    .replace('__MAIN_LINE__', number(at.mainLine))
    .replace('__LAZY_START__', number(at.lazyStart))
    .replace('__LAZY_LINE__', number(at.lazyLine));
const head = `${launcher({ mainStart: 0, mainLine: 0, lazyStart: 0, lazyLine: 0 }).trimEnd()}\n// ---- main program ----\n/*`;
const middle = '*/\n// ---- lazy program ----\n/*';
const lineOf = (offset) => (head + main + middle).slice(0, offset).split('\n').length - 1;
const at = { mainStart: head.length, lazyStart: head.length + main.length + middle.length };
const filledHead = `${launcher({ ...at, mainLine: lineOf(at.mainStart), lazyLine: lineOf(at.lazyStart) }).trimEnd()}\n// ---- main program ----\n/*`;
if (filledHead.length !== head.length) throw new Error('the launcher changed length when its offsets were filled in');

await mkdir(dirname(outfile), { recursive: true });
// Code caches of earlier builds can never match again.
for (const stale of (await readdir(dirname(outfile))).filter((f) => f.startsWith(`${basename(outfile)}.`) && f.endsWith('.v8cache'))) {
  await rm(join(dirname(outfile), stale), { force: true });
}
await writeFile(outfile, `${filledHead}${main}${middle}${lazy}*/\n`, { mode: 0o755 });
