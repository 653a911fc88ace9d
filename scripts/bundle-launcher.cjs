#!/usr/bin/env node
'use strict';
// The first lines of dist/cpi.cjs, the single-file `cpi` executable; scripts/bundle.mjs writes
// the rest. The director starts one CPI process per call and calls `info` before nearly every
// other one, so start time is most of what a call costs, and compiling a 1 MB program costs
// more than running it. Hence the layout of this file:
//   - the launcher (these lines);
//   - the entry program (main.ts and the little `info` needs), in line comments;
//   - the rest of the CPI, gzip'd and base64'd on one comment line, unpacked and compiled only
//     when the entry program imports it (`cpi-lazy:<name>` modules), i.e. for calls other than
//     a plain `info`.
// Comments cost the parser almost nothing. Each program is compiled with V8's code cache, kept
// next to this file: the cache file's name carries the program's hash and the Node version (V8's
// own check looks only at the source length); it is written once, at the end of a call that
// found none, through a rename, so concurrent calls never read half a file. Where the folder is
// read-only (a BOSH package) the package's compile step writes it; without one the program is
// simply compiled.
const fs = require('node:fs');
const vm = require('node:vm');

const MAIN = { hash: '__MAIN_HASH__', length: __MAIN_LENGTH__ };
const LAZY = { hash: '__LAZY_HASH__', length: __LAZY_LENGTH__ };
const MAIN_MARKER = '\n// ---- main program ----\n';
const LAZY_MARKER = '\n// ---- lazy program (gzip, base64) ----\n//';

const file = fs.readFileSync(__filename, 'latin1'); // ASCII only: esbuild escapes the rest
const mainStart = file.indexOf(MAIN_MARKER) + MAIN_MARKER.length;
const lazyStart = file.indexOf(LAZY_MARKER);

function compileAndRun(name, expected, source, lineOffset, requireFn) {
  if (source.length !== expected.length) {
    throw new Error(`${__filename} is damaged: its ${name} program has ${source.length} characters, not ${expected.length}`);
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
    lineOffset,
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
    const packed = Buffer.from(file.slice(lazyStart + LAZY_MARKER.length).trim(), 'base64');
    const source = require('node:zlib').gunzipSync(packed).toString('latin1');
    lazyExports = compileAndRun('lazy', LAZY, source, 0, require);
  }
  // Each lazy module is a function that initializes it (and what it imports) on first call.
  return lazyExports[id.slice('cpi-lazy:'.length)]();
}

const mainSource = file.slice(mainStart, lazyStart).replace(/^\/\//gm, '');
compileAndRun('main', MAIN, mainSource, file.slice(0, mainStart).split('\n').length - 1, requireForMain);
