#!/usr/bin/env node
'use strict';
// The first lines of dist/cpi.cjs, the single-file `cpi` executable; scripts/bundle.mjs writes
// the rest. The director starts one CPI process per call and calls `info` before nearly every
// other one, so start time is most of what a call costs, and compiling a 1 MB program costs
// more than running it. Hence the layout of this file:
//   - the launcher (these lines);
//   - the programs, each in a block comment: `main` (the entry and the little `info` needs),
//     `cli` (a call that needs no driver), `rest` (the container, the drivers, the doctor;
//     compressed, since Node reads and scans the whole file on every call).
//     A program is compiled only when a call first imports one of its modules
//     (`cpi-program:<program>:<n>`), so `info` compiles main alone and
//     calculate_vm_cloud_properties main and cli.
// A block comment costs the parser little, and the launcher takes each program from the file's
// text at an offset written here at build time.
// Each program is compiled with V8's code cache, kept next to this file: the cache file's name
// carries the program's hash and the Node version (V8's own check looks only at the source
// length); it is written once, at the end of a call that found none, through a rename, so
// concurrent calls never read half a file. Where the folder is read-only (a BOSH package) the
// package's compile step writes it; without one the program is simply compiled.
const fs = require('node:fs');
const vm = require('node:vm');

// Where each program starts in the text of `programs` below (characters; the file is ASCII),
// the line of this file it starts on (0 for a compressed one: its stack traces count lines of
// its own text), its length as stored, how it is stored, and the hash of its text.
const PROGRAMS = __PROGRAMS__;

let programsText;
/**
 * The program's text, taken from its place in the text of `programs` (a function declared at
 * the end of this file, whose body holds the programs in comments): Node has read this file
 * already, and Function.prototype.toString gives that text back without reading it again or
 * copying it. A program must be framed by its comment where the launcher expects it.
 */
function programText(name, place) {
  programsText ??= programs.toString();
  const end = place.start + place.length;
  if (programsText.slice(place.start - 2, place.start) !== '/*' || programsText.slice(end, end + 2) !== '*/') {
    throw new Error(`${__filename} is damaged: its ${name} program is not where the launcher expects it`);
  }
  const stored = programsText.slice(place.start, end);
  if (place.encoding === 'text') return stored;
  // 'brotli-base64'; node:zlib is loaded only by a call that needs this program.
  return require('node:zlib').brotliDecompressSync(Buffer.from(stored, 'base64')).toString('latin1');
}

function compileAndRun(name) {
  const place = PROGRAMS[name];
  // Each program is stored as a function expression, CommonJS's module wrapper included.
  const source = programText(name, place);
  const cacheFile = `${__filename}.${place.hash}.${process.version}-${process.arch}.v8cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(source, {
    filename: __filename,
    lineOffset: place.line,
    // after the `/*` that opens its comment
    columnOffset: place.encoding === 'text' ? 2 : 0,
    ...(cachedData ? { cachedData } : {}),
  });
  if (!cachedData || script.cachedDataRejected) {
    // At exit the cache also holds the functions this call compiled, not only the top level.
    process.once('exit', () => {
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o644 });
        fs.renameSync(temporary, cacheFile);
      } catch {
        try {
          fs.rmSync(temporary, { force: true });
        } catch {
          // a read-only folder: no cache, and nothing to clean up
        }
      }
    });
  }
  const programModule = { exports: {} };
  script.runInThisContext()(programModule.exports, requireModule, programModule, __filename, __dirname);
  return programModule.exports;
}

const loaded = {};
/** A program's require: Node's, but for `cpi-program:` modules, which come from the programs in this file. */
function requireModule(id) {
  if (!id.startsWith('cpi-program:')) return require(id);
  const [, name, handed] = id.split(':');
  if (!Object.hasOwn(PROGRAMS, name)) throw new Error(`${__filename} has no ${name} program (asked for ${id})`);
  loaded[name] ??= compileAndRun(name);
  // Each handed-over module is a function that initializes it (and what it imports) on first call.
  return loaded[name][handed]();
}

loaded.main = compileAndRun('main');
