#!/usr/bin/env node
'use strict';
// The first lines of dist/cpi.cjs, the single-file `cpi` executable; scripts/bundle.mjs writes
// the rest. The director starts one CPI process per call and calls `info` before nearly every
// other one, so start time is most of what a call costs, and compiling a 1 MB program costs
// more than running it. Hence the layout of this file:
//   - the launcher (these lines);
//   - the entry program (main.ts and the little `info` needs), in a block comment;
//   - the rest of the CPI, in another block comment, compiled only when the entry program
//     imports it (`cpi-lazy:<name>` modules), i.e. for calls other than a plain `info`.
// A block comment costs the parser almost nothing, and the launcher takes each program out of
// the file at an offset written here at build time, without scanning or copying the rest.
// Each program is compiled with V8's code cache, kept next to this file: the cache file's name
// carries the program's hash and the Node version (V8's own check looks only at the source
// length); it is written once, at the end of a call that found none, through a rename, so
// concurrent calls never read half a file. Where the folder is read-only (a BOSH package) the
// package's compile step writes it; without one the program is simply compiled.
const fs = require('node:fs');
const vm = require('node:vm');

// Where each program starts in this file (characters, lines), and its length and hash.
const MAIN = { hash: '__MAIN_HASH__', start: __MAIN_START__, line: __MAIN_LINE__, length: __MAIN_LENGTH__ };
const LAZY = { hash: '__LAZY_HASH__', start: __LAZY_START__, line: __LAZY_LINE__, length: __LAZY_LENGTH__ };

const file = fs.readFileSync(__filename, 'latin1'); // ASCII only: esbuild escapes the rest

function compileAndRun(name, expected, requireFn) {
  const source = file.slice(expected.start, expected.start + expected.length);
  if (
    file.slice(expected.start - 2, expected.start) !== '/*' ||
    file.slice(expected.start + expected.length, expected.start + expected.length + 2) !== '*/'
  ) {
    throw new Error(`${__filename} is damaged: its ${name} program is not where the launcher expects it`);
  }
  const cacheFile = `${__filename}.${expected.hash}.${process.version}-${process.arch}.v8cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: __filename,
    lineOffset: expected.line,
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
  script.runInThisContext()(programModule.exports, requireFn, programModule, __filename, __dirname);
  return programModule.exports;
}

let lazyExports;
function requireForMain(id) {
  if (!id.startsWith('cpi-lazy:')) return require(id);
  if (!lazyExports) {
    lazyExports = compileAndRun('lazy', LAZY, require);
  }
  // Each lazy module is a function that initializes it (and what it imports) on first call.
  return lazyExports[id.slice('cpi-lazy:'.length)]();
}

compileAndRun('main', MAIN, requireForMain);
