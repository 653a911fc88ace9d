import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestStemcells, type TestStemcells } from '../stemcell/buildTestStemcells.js';
import { E2eRun } from './support/E2eRun.js';
import { libvirtHost } from './support/LibvirtHost.js';
import { type LifecycleOptions, lifecycleSteps } from './support/lifecycleSteps.js';
import { randomStaticIp } from './support/randomStaticIp.js';

// The director's lifecycle through the built `cpi` executable, for both formats of the test
// stemcell, with the guest's own report checked at every step (test/e2e/support/lifecycleSteps.ts).
// Each format runs both ways a persistent disk hint reaches the agent: VM 1 and VM 2 (the VM the
// disk moves to) are driven as VMs of stemcells of different API versions. Version 1: the CPI
// writes each hint into the settings medium, and the guest resolves it itself by the agent's
// rules; version 3: the hint reaches the agent through the director (add_persistent_disk), and
// the test resolves it by the same rules against the disks the guest reported. Needs the libvirt
// daemon (scripts/libvirt-up.sh) and `npm run build`.

let stemcells: TestStemcells;

beforeAll(async () => {
  await libvirtHost.version(); // fails here, clearly, when the daemon is not up
  stemcells = await buildTestStemcells();
});

const formats: { format: LifecycleOptions['format']; vm1: number; vm2: number }[] = [
  { format: 'openstack-qcow2', vm1: 3, vm2: 1 },
  { format: 'vsphere-ova', vm1: 1, vm2: 3 },
];

describe.each(formats)(
  'lifecycle with the $format stemcell (stemcell api_version $vm1 for VM 1, $vm2 for VM 2)',
  ({ format, vm1, vm2 }) => {
    let run: E2eRun;
    let ip: string;

    beforeAll(async () => {
      run = await E2eRun.create(format.startsWith('openstack') ? 'os' : 'vs');
      ip = await randomStaticIp();
    });

    afterAll(async () => {
      const forced = await run.cleanup();
      expect(forced, 'what the CPI left behind and the test had to remove').toEqual([]);
    });

    const steps = lifecycleSteps(() => {
      const stemcell = format === 'openstack-qcow2' ? stemcells.openstack : stemcells.vsphere;
      return {
        run,
        options: { format, imagePath: stemcell.imagePath, manifestPath: stemcell.manifestPath, stemcellApiVersions: { vm1, vm2 }, ip },
      };
    });
    for (const step of steps) {
      it(step.name, async () => {
        const outcome = await step.run();
        expect(outcome.problems, `${step.name}: ${outcome.result}${outcome.guest ? ` | guest: ${outcome.guest}` : ''}`).toEqual([]);
      });
    }
  },
);
