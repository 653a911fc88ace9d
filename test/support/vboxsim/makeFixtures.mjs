#!/usr/bin/env node
// Writes fixtures/<set>/*.txt from the simulator (see fixtureScenario.mjs). Run it after a
// deliberate change of the simulator's formats, and review the diff against the sources cited
// in fixtures/README.md.
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, VERSIONS, runScenario } from './fixtureScenario.mjs';

for (const set of VERSIONS) {
  const dir = path.join(FIXTURES, set);
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, output] of runScenario(set)) fs.writeFileSync(path.join(dir, file), output);
}
