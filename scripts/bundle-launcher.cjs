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
// A block comment costs the parser little, and the launcher reads each program from the file
// at an offset written here at build time, without reading the rest.
// Each program is compiled with V8's code cache, kept next to this file: the cache file's name
// carries the program's hash and the Node version (V8's own check looks only at the source
// length); it is written once, at the end of a call that found none, through a rename, so
// concurrent calls never read half a file. Where the folder is read-only (a BOSH package) the
// package's compile step writes it; without one the program is simply compiled.
const fs = require('node:fs');
const vm = require('node:vm');

// Where each program starts in this file (bytes, which are characters: the file is ASCII), the
// line it starts on (0 for a compressed one: its stack traces count lines of its own text),
// its length as stored, how it is stored, and the hash of its text.
const PROGRAMS = __PROGRAMS__;

/** The program's text, read from its place in this file, which must be framed by its comment. */
function readProgram(name, place) {
  const bytes = Buffer.allocUnsafe(place.length + 4);
  const fd = fs.openSync(__filename, 'r');
  let read = 0;
  try {
    read = fs.readSync(fd, bytes, 0, bytes.length, place.start - 2);
  } finally {
    fs.closeSync(fd);
  }
  const text = bytes.toString('latin1', 0, read);
  if (read !== bytes.length || !text.startsWith('/*') || !text.endsWith('*/')) {
    throw new Error(`${__filename} is damaged: its ${name} program is not where the launcher expects it`);
  }
  const stored = text.slice(2, -2);
  if (place.encoding === 'text') return stored;
  // 'brotli-base64'; node:zlib is loaded only by a call that needs this program.
  return require('node:zlib').brotliDecompressSync(Buffer.from(stored, 'base64')).toString('latin1');
}

function compileAndRun(name) {
  const place = PROGRAMS[name];
  const source = readProgram(name, place);
  const cacheFile = `${__filename}.${place.hash}.${process.version}-${process.arch}.v8cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: __filename,
    lineOffset: place.line,
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
