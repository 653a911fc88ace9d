#!/usr/bin/env node
// Writes fixtures/<version>/*.txt from the simulator (see fixtureScenario.mjs). Run it after a
// deliberate change of the simulator's formats, and review the diff against the sources cited
// in fixtures/README.md.
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, VERSIONS, runScenario } from './fixtureScenario.mjs';

for (const version of VERSIONS) {
  const dir = path.join(FIXTURES, version);
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, output] of runScenario(version)) fs.writeFileSync(path.join(dir, file), output);
}
