import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCpi } from '../../../src/index.js';
import { lifecycleModelSuite } from '../../support/lifecycleModel.js';
import { writeStemcellImage } from '../../support/stemcellImage.js';

describe('the CPI lifecycle on the memory driver (model-based)', () => {
  let image: string;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cpi-lifecycle-'));
    image = await writeStemcellImage('openstack', dir);
  });

  it('holds every invariant over random call sequences, state in the process', async () => {
    await lifecycleModelSuite(() => createCpi({ driver: 'memory' }), { stemcellImage: image, numRuns: 60, maxCommands: 30 });
  });

  it('holds them with the state in a file, and leaves the file empty after cleaning up', async () => {
    const stateFile = join(dir, 'state.json');
    await lifecycleModelSuite(() => createCpi({ driver: 'memory', memory: { state_file: stateFile } }), {
      stemcellImage: image,
      numRuns: 8,
      maxCommands: 20,
    });
    expect(JSON.parse(await readFile(stateFile, 'utf8'))).toEqual({ stemcells: {}, vms: {}, disks: {}, snapshots: {} });
  });
});
