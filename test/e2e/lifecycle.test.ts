import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestStemcells, type TestStemcells } from '../stemcell/buildTestStemcells.js';
import { E2eRun } from './support/E2eRun.js';
import { libvirtHost } from './support/LibvirtHost.js';
import { type LifecycleOptions, lifecycleSteps } from './support/lifecycleSteps.js';
import { randomStaticIp } from './support/randomStaticIp.js';

// The director's lifecycle through the built `cpi` executable, for both formats of the test
// stemcell, with the guest's own report checked at every step (test/e2e/support/lifecycleSteps.ts).
// The OpenStack stemcell is driven as a director drives a stemcell of API version 3 (hints reach
// the agent through the director; the test resolves them by the agent's rules); the vSphere one
// as a stemcell of API version 1 (the CPI writes each hint into the settings CD-ROM, and the
// guest resolves it itself). Needs the libvirt daemon (scripts/libvirt-up.sh) and `npm run build`.

let stemcells: TestStemcells;

beforeAll(async () => {
  await libvirtHost.version(); // fails here, clearly, when the daemon is not up
  stemcells = await buildTestStemcells();
});

const formats: { format: LifecycleOptions['format']; stemcellApiVersion: number }[] = [
  { format: 'openstack-qcow2', stemcellApiVersion: 3 },
  { format: 'vsphere-ova', stemcellApiVersion: 1 },
];

describe.each(formats)('lifecycle with the $format stemcell (stemcell api_version $stemcellApiVersion)', ({ format, stemcellApiVersion }) => {
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
    return { run, options: { format, imagePath: stemcell.imagePath, manifestPath: stemcell.manifestPath, stemcellApiVersion, ip } };
  });
  for (const step of steps) {
    it(step.name, async () => {
      const outcome = await step.run();
      expect(outcome.problems, `${step.name}: ${outcome.result}${outcome.guest ? ` | guest: ${outcome.guest}` : ''}`).toEqual([]);
    });
  }
});
