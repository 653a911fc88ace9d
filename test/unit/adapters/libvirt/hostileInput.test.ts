import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DiskCid, StemcellCid, VmCid } from '../../../../src/domain/cid/Cid.js';
import { DomainError } from '../../../../src/domain/errors/DomainError.js';
import { buildStemcellImage } from '../../../support/libvirt/stemcellFixtures.js';
import { harness } from '../../../support/libvirt/fakePorts.js';
import { vmCreation } from '../../../support/libvirt/vmCreation.js';

const dir = mkdtempSync(join(tmpdir(), 't-libvirt-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sc = 'sc_000000000000000000000001' as StemcellCid;
const vm = 'vm_00000000000000000000000a' as VmCid;
const disk = 'disk_000000000000001' as DiskCid;

describe('the libvirt driver refuses what would break things, and says why', () => {
  it('create_stemcell of a folder: invalid_request naming the path, and nothing left in the pool', async () => {
    const h = harness();
    const error = await h.stemcells.importStemcell({ cid: sc, imagePath: dir, cloudProperties: {} }).catch((e: unknown) => e);
    expect(DomainError.is(error) && error.kind).toBe('invalid_request');
    expect((error as Error).message).toBe(`the stemcell image ${dir} is not a regular file`);
    expect([...(h.api.pools.get('testpool')?.volumes.keys() ?? [])]).toEqual([]);
  });

  it('delete_disk of a disk attached to a running VM names the VM and keeps the volume', async () => {
    const h = harness();
    const stemcell = await h.stemcells.importStemcell({
      cid: sc,
      imagePath: buildStemcellImage(dir, 'openstack-qcow2', 8),
      cloudProperties: {},
    });
    await h.vms.createVm(vmCreation(vm, stemcell, { spec: { cpus: 1, memoryMiB: 128, ephemeralDiskMiB: 0 } }));
    await h.disks.createDisk(disk, 16, {});
    await h.disks.attachDisk(vm, disk);
    const error = await h.disks.deleteDisk(disk).catch((e: unknown) => e);
    expect(DomainError.is(error) && error.kind).toBe('infrastructure');
    expect((error as Error).message).toContain(`disk ${disk} is attached to VM ${vm}`);
    expect(await h.disks.hasDisk(disk)).toBe(true);
    await h.disks.detachDisk(vm, disk);
    await h.disks.deleteDisk(disk);
    expect(await h.disks.hasDisk(disk)).toBe(false);
  });
});
