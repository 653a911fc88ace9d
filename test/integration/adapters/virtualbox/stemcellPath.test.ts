import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../../src/domain/errors/DomainError.js';
import { SimulatedVirtualBox } from '../../../support/virtualbox/SimulatedVirtualBox.js';
import { stemcellCid } from '../../../support/virtualbox/scenario.js';
import { virtualboxDrivers } from '../../../support/virtualbox/virtualboxHarness.js';

describe('VirtualBox create_stemcell of a path that is no stemcell (simulated 7.1)', () => {
  const sim = new SimulatedVirtualBox({ version: '7.1' });
  const work = mkdtempSync(path.join(os.tmpdir(), 't-vbox-path-'));
  afterAll(() => {
    sim.dispose();
    rmSync(work, { recursive: true, force: true });
  });

  it('a folder is invalid_request naming the path, and nothing is registered', async () => {
    const d = virtualboxDrivers(sim);
    const error = await d.stemcells.importStemcell({ cid: stemcellCid(), imagePath: work, cloudProperties: {} }).catch((e: unknown) => e);
    expect(DomainError.is(error) && error.kind).toBe('invalid_request');
    expect((error as Error).message).toContain(work);
    const registering = ['import', 'createvm', 'registervm', 'createmedium', 'clonemedium'];
    expect(sim.calls().filter((c) => registering.includes(c[0]!))).toEqual([]);
  });
});
