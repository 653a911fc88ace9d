import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LibvirtClient } from '../../../../src/adapters/libvirt/rpc/index.js';
import { createCpi } from '../../../../src/app/library/createCpi.js';
import { buildStemcellImage } from '../../../support/libvirt/stemcellFixtures.js';
import { leftovers, testPool } from '../../../support/libvirt/testPool.js';
import { RecordingLogger } from '../../../support/libvirt/fakePorts.js';

/**
 * delete_vm in both `delete_vm_shutdown` modes against the real daemon: a running domain is gone
 * afterwards, and only the graceful mode asks the guest first (a guest without an OS ignores
 * the ACPI request, so graceful ends in a destroy after `timeouts.shutdown_s`).
 */
const pool = testPool('libvirt-delvm');
let dir: string;
const vmProps = { cpus: 1, memory: 128, ephemeral_disk: 0 };
const networks = { default: { type: 'dynamic' as const, cloud_properties: {} } };

async function domainState(name: string): Promise<number | undefined> {
  const client = await LibvirtClient.connect('qemu:///system');
  try {
    const domain = await client.lookupDomainByName(name).catch(() => undefined);
    return domain ? (await domain.getInfo()).state : undefined;
  } finally {
    await client.close();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 't-libvirt-delvm-'));
});
afterAll(async () => {
  await pool.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('delete_vm power-off against the daemon', () => {
  it.each(['hard', 'graceful'] as const)('%s: a running domain is gone, its volumes too', async (mode) => {
    const logger = new RecordingLogger();
    const cpi = createCpi(
      { driver: 'libvirt', libvirt: { ...pool.libvirtConfig, delete_vm_shutdown: mode } },
      { stemcellApiVersion: 3, logger },
    );
    try {
      const stemcell = await cpi.createStemcell(buildStemcellImage(dir, 'openstack-qcow2', 16), {});
      const { cid: vm } = await cpi.createVm('agent-1', stemcell, vmProps, networks, [], {});
      expect(await domainState(vm)).toBe(1); // VIR_DOMAIN_RUNNING
      await cpi.deleteVm(vm);
      expect(await domainState(vm)).toBeUndefined();
      expect(await cpi.hasVm(vm)).toBe(false);
      const askedFirst = logger.lines.some((line) => line.includes('did not power off in time'));
      expect(askedFirst).toBe(mode === 'graceful');
      await cpi.deleteStemcell(stemcell);
      expect(await leftovers(pool.name)).toEqual({ domains: [], volumes: [] });
    } finally {
      await cpi.close();
    }
  });
});
