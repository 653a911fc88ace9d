import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCpi } from '../../../../src/index.js';
import { lifecycleModelSuite } from '../../../support/lifecycleModel.js';
import { buildStemcellImage, SIMULATED_HOSTS, SimulatedVirtualBox } from '../../../support/virtualbox/SimulatedVirtualBox.js';

/**
 * Runs per simulated host and version. Every simulated VBoxManage call is a process (a run makes
 * about 150), and there are eight combinations, so runs are few and short; VBOX_MODEL_RUNS asks
 * for more.
 */
const RUNS = Number(process.env.VBOX_MODEL_RUNS ?? 2);

// The foundation's model-based lifecycle suite, run through the library API on the VirtualBox
// driver, against the VBoxManage simulator imitating each host and version.
describe.each(SIMULATED_HOSTS)('the CPI lifecycle on simulated VirtualBox $version on $host (model-based)', ({ host, version }) => {
  let sim: SimulatedVirtualBox;
  let work: string;
  let image: string;
  beforeAll(() => {
    sim = new SimulatedVirtualBox({ version, host });
    work = mkdtempSync(path.join(os.tmpdir(), 't-vbox-model-'));
    image = buildStemcellImage(work);
  });
  afterAll(() => {
    sim.dispose();
    rmSync(work, { recursive: true, force: true });
  });

  it(
    'holds every invariant over random call sequences, and leaves VirtualBox empty',
    async () => {
      const config = {
        driver: 'virtualbox' as const,
        agent: { mbus: 'nats://nats:secret@10.0.0.6:4222', ntp: ['0.pool.ntp.org'] },
        locks: { dir: path.join(work, 'locks') },
        virtualbox: {
          bin: sim.bin,
          store_dir: path.join(work, 'store'),
          auto_create_networks: true,
          retry: { attempts: 6, initial_delay_s: 0.05, max_delay_s: 0.2 },
        },
      };
      await lifecycleModelSuite(() => createCpi(config), {
        stemcellImage: image,
        networks: { default: { type: 'dynamic', cloud_properties: { type: 'hostonly', name: 'vboxnet0' } } },
        numRuns: RUNS,
        maxCommands: 12,
        maxVms: 2,
        maxDisks: 3,
      });
      const state = sim.state();
      expect(Object.keys(state.machines)).toEqual([]);
      expect(Object.values(state.media).filter((m) => m.kind === 'hdd')).toEqual([]);
      expect(Object.keys(state.globalExtradata)).toEqual([]);
    },
    RUNS * 90_000,
  );
});
