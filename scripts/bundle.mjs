// Builds dist/cpi.cjs: the whole `cpi` executable (CLI, app, drivers, dependencies) in one
// file that starts fast (scripts/bundle-launcher.cjs explains the layout). The file holds
// three programs, each compiled only when a call needs it:
//   - main: the entry (src/app/cli/main.ts) with what it imports statically, which is all
//     `info` needs;
//   - cli:  what src/app/cli/runCli.ts imports statically that main does not have: request,
//     config and arguments parsed, a method that needs no driver answered
//     (calculate_vm_cloud_properties, an `info` the quick path leaves to the CLI);
//   - rest: every other module, reached through a dynamic import: the container, the drivers,
//     the use cases, the doctor.
// A module is in exactly one program, as in the unbundled build: a program imports another's
// module as `cpi-program:<program>:<n>`, which the launcher serves (compiling that program on
// first use). bench/startup.bench.ts measures what this buys.
//
//   node scripts/bundle.mjs [--entry src/app/cli/main.ts] [--outfile dist/cpi.cjs]
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
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
const entry = relative(root, resolve(root, values.entry));
const outfile = resolve(root, values.outfile);
/** The programs in the order a call reaches them; a later one's entries are modules of the graph. */
const PROGRAM_ENTRIES = [
  { name: 'main', entries: [entry] },
  { name: 'cli', entries: ['src/app/cli/runCli.ts'] },
  // Brotli-compressed (and base64, which holds no `*/`): Node reads and scans the whole file
  // on every call, and 1 MB of program text costs a call that never runs it milliseconds; a
  // call that does spends ~2 ms decompressing it, and then talks to a hypervisor.
  { name: 'rest', entries: 'everything else', compressed: true },
];

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
  // import() of what stays outside a program (Node built-ins, other programs' modules) becomes
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
 * zod is the one package each program carries its own copy of: shared, its whole namespace would
 * have to be handed over, and the cli program would hold all of zod instead of the part it
 * uses. Copies agree by zod's design: it keeps its configuration (the English messages) and
 * registry on globalThis, and tells its schemas apart by traits, not by class.
 */
const inEachProgram = (path) => path.startsWith('node_modules/zod/') || path.startsWith('zod-locales:');

// 1. The module graph: one bundle of everything, for its metafile.
const whole = await build({ ...common, entryPoints: [entry], metafile: true, plugins: [englishOnlyZod] });
const graph = whole.metafile.inputs;
const staticImports = (path) =>
  graph[path].imports.filter((i) => !i.external && i.kind !== 'dynamic-import' && !inEachProgram(i.path)).map((i) => i.path);

// 2. Each module to the first program that reaches it through static imports.
const owner = new Map();
const programs = PROGRAM_ENTRIES.map(({ name, entries }, index) => {
  const roots =
    entries === 'everything else' ? Object.keys(graph).filter((path) => !inEachProgram(path)) : entries.filter((path) => path in graph);
  const modules = [];
  const pending = [...roots];
  while (pending.length > 0) {
    const path = pending.pop();
    if (owner.has(path)) continue;
    owner.set(path, index);
    modules.push(path);
    pending.push(...staticImports(path));
  }
  return { name, modules, exposed: [] };
});

// 3. What each program must hand to others: every module another program imports.
for (const [path, input] of Object.entries(graph)) {
  for (const i of input.imports) {
    if (i.external || inEachProgram(i.path) || inEachProgram(path) || owner.get(i.path) === owner.get(path)) continue;
    const target = programs[owner.get(i.path)];
    if (!target.exposed.includes(i.path)) target.exposed.push(i.path);
  }
}
const keyOf = (resolved) => (resolved.namespace === 'file' ? relative(root, resolved.path) : `${resolved.namespace}:${resolved.path}`);

/** In program `index`, an import of another program's module becomes `cpi-program:<name>:m<n>`. */
const linkTo = (index) => ({
  name: 'link-programs',
  setup(builder) {
    builder.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'resolving' || args.kind === 'entry-point') return undefined;
      const resolved = await builder.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'resolving',
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      if (resolved.external) return undefined;
      const key = keyOf(resolved);
      if (inEachProgram(key)) return undefined;
      const at = owner.get(key);
      if (at === undefined) throw new Error(`${key} (imported by ${args.importer}) is in no program`);
      if (at === index) return undefined;
      const n = programs[at].exposed.indexOf(key);
      if (n < 0) throw new Error(`${key} is imported across programs but not handed over by ${programs[at].name}`);
      return { path: `cpi-program:${programs[at].name}:m${n}`, external: true };
    });
  },
});

// 4. Each program: an entry that hands over its exposed modules, each initialized on first use
//    (require() of an ES module makes esbuild wrap it, and what only it imports, in an
//    initializer); main also runs the entry.
const text = (result) => result.outputFiles[0].text.replace(/^#![^\n]*\n/, '');
const built = [];
for (const [index, program] of programs.entries()) {
  if (program.modules.length === 0) continue;
  const handOver = program.exposed.map((path, n) => {
    if (path.includes(':')) throw new Error(`${path} cannot be handed to another program: it is no file`);
    return `export const m${n} = () => require(${JSON.stringify(`./${path}`)});`;
  });
  const contents = [...handOver, ...(index === 0 ? [`require(${JSON.stringify(`./${entry}`)});`] : [])].join('\n');
  const output = await build({
    ...common,
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: `${program.name}-program.ts` },
    plugins: [linkTo(index), englishOnlyZod],
  });
  // Stored as CommonJS's module wrapper around the program, so that the launcher compiles the
  // text as it stands in the file.
  const source = `(function (exports, require, module, __filename, __dirname) {${text(output)}\n})`;
  // Each program sits in a block comment, which only `*/` could end early. esbuild escapes it
  // in strings; an operator pair such as `x*/re/` would need one more rule here.
  if (source.includes('*/')) throw new Error(`the ${program.name} program contains "*/", which would end the comment that holds it`);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const stored = PROGRAM_ENTRIES[index].compressed
    ? brotliCompressSync(Buffer.from(source, 'latin1'), {
        params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: source.length },
      }).toString('base64')
    : source;
  built.push({ name: program.name, stored, hash, encoding: PROGRAM_ENTRIES[index].compressed ? 'brotli-base64' : 'text' });
}

// 5. The file: the launcher, told where each program starts; then `function programs() {…}`,
//    whose body holds each program in a comment (the launcher takes them from its text). The
//    numbers are written with a fixed width, so the launcher's length, and with it every
//    offset, is known before they are filled in.
const template = await readFile(join(root, 'scripts', 'bundle-launcher.cjs'), 'utf8');
const number = (value) => String(value).padStart(9, ' ');
const launcher = (places) =>
  template.replace(
    '__PROGRAMS__',
    `{\n${built
      .map(
        (p, i) =>
          `  ${p.name}: { hash: '${p.hash}', encoding: '${p.encoding}', start: ${number(places[i].start)}, ` +
          `line: ${number(p.encoding === 'text' ? places[i].line : 0)}, length: ${number(p.stored.length)} },`,
      )
      .join('\n')}\n}`,
  );
const PROGRAMS_FUNCTION = 'function programs() {';
const layout = (head) => {
  let file = `${head}\n\n// ---- the programs, in the body of a function whose text the launcher reads ----\n`;
  const functionStart = file.length;
  file += PROGRAMS_FUNCTION;
  const places = built.map((program) => {
    file += `\n// ---- ${program.name} program ----\n/*`;
    const place = { start: file.length - functionStart, line: file.split('\n').length - 1 };
    file += `${program.stored}*/`;
    return place;
  });
  return { file: `${file}\n}\n`, places };
};
const draft = layout(launcher(built.map(() => ({ start: 0, line: 0 }))).trimEnd());
const final = layout(launcher(draft.places).trimEnd());
if (final.file.length !== draft.file.length) throw new Error('the launcher changed length when its offsets were filled in');

await mkdir(dirname(outfile), { recursive: true });
// Code caches of earlier builds can never match again.
for (const stale of (await readdir(dirname(outfile))).filter((f) => f.startsWith(`${basename(outfile)}.`) && f.endsWith('.v8cache'))) {
  await rm(join(dirname(outfile), stale), { force: true });
}
await writeFile(outfile, final.file, { mode: 0o755 });
