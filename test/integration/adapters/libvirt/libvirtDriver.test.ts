import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cpi } from '../../../../src/app/library/Cpi.js';
import { createCpi } from '../../../../src/app/library/createCpi.js';
import { LibvirtClient } from '../../../../src/adapters/libvirt/rpc/index.js';
import { buildStemcellImage } from '../../../support/libvirt/stemcellFixtures.js';
import { leftovers, testPool } from '../../../support/libvirt/testPool.js';

const pool = testPool('libvirt-drv');
let dir: string;
let cpi: Cpi;
const vmProps = { cpus: 1, memory: 128, ephemeral_disk: 64 };
const networks = { default: { type: 'dynamic' as const, cloud_properties: {} } };

async function domainXml(name: string): Promise<string> {
  const client = await LibvirtClient.connect('qemu:///system');
  try {
    return await (await client.lookupDomainByName(name)).getXMLDesc(0);
  } finally {
    await client.close();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 't-libvirt-drv-'));
  cpi = createCpi({ driver: 'libvirt', libvirt: pool.libvirtConfig }, { stemcellApiVersion: 3 });
});
afterAll(async () => {
  await cpi?.close();
  await pool.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('libvirt driver against the daemon (in process)', () => {
  it('imports a stemcell, creates a VM from it, attaches and detaches a disk, reboots and deletes', async () => {
    const stemcell = await cpi.createStemcell(buildStemcellImage(dir, 'openstack-qcow2', 16), {});
    const { cid: vm } = await cpi.createVm('agent-1', stemcell, vmProps, networks, [], {});
    expect(await cpi.hasVm(vm)).toBe(true);
    const xml = await domainXml(vm);
    expect(xml).toContain(`${vm}-root.qcow2`);
    expect(xml).toContain('https://bosh-libvirt-cpi/metadata/1');
    const disk = await cpi.createDisk(32, {}, vm);
    const hint = await cpi.attachDisk(vm, disk);
    expect(hint).toEqual({ id: disk, volume_id: '0', lun: '0' });
    expect(await cpi.getDisks(vm)).toEqual([disk]);
    expect(await domainXml(vm)).toContain(`<serial>${disk}</serial>`);
    await cpi.detachDisk(vm, disk);
    expect(await cpi.getDisks(vm)).toEqual([]);
    await cpi.rebootVm(vm);
    await cpi.setVmMetadata(vm, { name: 'router/0', deployment: 'cf' });
    expect(await domainXml(vm)).toContain('<title>router/0</title>');
    await cpi.deleteVm(vm);
    expect(await cpi.hasVm(vm)).toBe(false);
    expect(await cpi.hasDisk(disk)).toBe(true);
    await cpi.deleteDisk(disk);
    await cpi.deleteStemcell(stemcell);
    expect(await leftovers(pool.name)).toEqual({ domains: [], volumes: [] });
  });
});
