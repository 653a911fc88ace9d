import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCpi } from '../../../../src/app/library/createCpi.js';
import { lifecycleModelSuite } from '../../../support/lifecycleModel.js';
import { buildStemcellImage } from '../../../support/libvirt/stemcellFixtures.js';
import { leftovers, testPool } from '../../../support/libvirt/testPool.js';

const pool = testPool('libvirt-model', { timeouts: { shutdown_s: 0.3, reboot_s: 0.3, attach_s: 20, detach_s: 20 } });
let dir: string;
let image: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 't-libvirt-model-'));
  image = buildStemcellImage(dir, 'openstack-qcow2', 16);
});
afterAll(async () => {
  await pool.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('the CPI lifecycle on real libvirt (model-based)', () => {
  it('holds every invariant over 20 random call sequences, and leaves the pool empty', async () => {
    await lifecycleModelSuite(() => createCpi({ driver: 'libvirt', libvirt: pool.libvirtConfig }), {
      stemcellImage: image,
      vmCloudProperties: { cpus: 1, memory: 128, ephemeral_disk: 16 },
      numRuns: 20,
      maxCommands: 12,
      maxVms: 2,
      maxDisks: 3,
      maxStemcells: 2,
    });
    expect(await leftovers(pool.name)).toEqual({ domains: [], volumes: [] });
  }, 900_000);
});
