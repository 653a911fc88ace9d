#!/usr/bin/env node
'use strict';
// The first lines of dist/cpi.cjs, the single-file `cpi` executable (scripts/bundle.mjs writes
// the rest). The director starts a CPI process for every call and calls `info` before nearly
// every other one, so start time is most of what a call costs. Compiling the ~1 MB program that
// follows these lines costs more than running it, and Node 20 has no compile cache of its own.
// So the program sits below in line comments, which the parser skips almost for free, and this
// launcher compiles it with V8's code cache, kept next to this file:
//   - the cache file's name carries the program's hash and the Node version, so a cache never
//     meets code or a V8 it was not made for (V8's own check looks only at the length);
//   - it is written once, at the end of a call that found none, through a rename, so concurrent
//     calls never read half a file; where the folder is read-only (a BOSH package) the
//     package's compile step writes it, and without one the program is simply compiled.
const fs = require('node:fs');
const vm = require('node:vm');

const PROGRAM_HASH = '__PROGRAM_HASH__';
const PROGRAM_LENGTH = __PROGRAM_LENGTH__;
const MARKER = '\n// ---- program ----\n';

const file = fs.readFileSync(__filename, 'latin1'); // the program is ASCII (esbuild escapes the rest)
const start = file.indexOf(MARKER) + MARKER.length;
const program = file.slice(start).replace(/^\/\//gm, '');
if (program.length !== PROGRAM_LENGTH) {
  throw new Error(`${__filename} is damaged: its program has ${program.length} characters, not ${PROGRAM_LENGTH}`);
}

const cacheFile = `${__filename}.${PROGRAM_HASH}.${process.version}-${process.arch}.v8cache`;
let cachedData;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${program}\n})`, {
  filename: __filename,
  lineOffset: file.slice(0, start).split('\n').length - 1,
  ...(cachedData ? { cachedData } : {}),
});
if (!cachedData || script.cachedDataRejected) {
  // At exit the cache also holds every function this call compiled, the info path included.
  process.once('exit', () => {
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o644 });
      fs.renameSync(temporary, cacheFile);
    } catch {
      fs.rmSync(temporary, { force: true });
    }
  });
}
script.runInThisContext()(module.exports, require, module, __filename, __dirname);
