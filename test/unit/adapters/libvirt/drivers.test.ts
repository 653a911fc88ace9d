import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMetadataInDomain, readCpiMetadata } from '../../../../src/adapters/libvirt/domainXml/CpiMetadata.js';
import { parseXml } from '../../../../src/adapters/libvirt/xml/parseXml.js';
import type { DiskCid, SnapshotCid, StemcellCid, VmCid } from '../../../../src/domain/cid/Cid.js';
import { DomainError, failure } from '../../../../src/domain/errors/DomainError.js';
import type { StemcellRecord } from '../../../../src/domain/stemcell/StemcellRecord.js';
import { buildStemcellImage, PATTERN, PATTERN_OFFSET } from '../../../support/libvirt/stemcellFixtures.js';
import { FakeLibvirtApi } from '../../../support/libvirt/FakeLibvirtApi.js';
import { harness, TickingClock, type Harness } from '../../../support/libvirt/fakePorts.js';
import { AGENT_SETTINGS as settings, vmCreation } from '../../../support/libvirt/vmCreation.js';

const POOL = 'testpool';
const sc = 'sc_000000000000000000000001' as StemcellCid;
const vmA = 'vm_00000000000000000000000a' as VmCid;
const vmB = 'vm_00000000000000000000000b' as VmCid;
const disk1 = 'disk_000000000000001' as DiskCid;
const disk2 = 'disk_000000000000002' as DiskCid;

let dir: string;
let qcow2Image: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 't-libvirt-drivers-'));
  qcow2Image = buildStemcellImage(dir, 'openstack-qcow2', 8);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function withStemcell(config: Record<string, unknown> = {}): Promise<{ h: Harness; stemcell: StemcellRecord }> {
  const h = harness(config);
  const stemcell = await h.stemcells.importStemcell({ cid: sc, imagePath: qcow2Image, cloudProperties: {} });
  return { h, stemcell };
}

async function kindOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (DomainError.is(error)) return error.kind;
    throw error;
  }
  return 'success';
}

describe('session', () => {
  it('connects on first use only, once, and closes', async () => {
    const h = harness();
    expect(h.connects()).toBe(0);
    await h.vms.hasVm(vmA);
    await h.disks.hasDisk(disk1);
    expect(h.connects()).toBe(1);
    await h.session.close();
    expect(h.api.closed).toBe(true);
  });
});

describe('stemcells', () => {
  it('creates the pool under a lock on first need, uploads the qcow2 as it is', async () => {
    const { h, stemcell } = await withStemcell();
    expect(h.locks.taken).toContain(`pool-${POOL}`);
    expect(stemcell).toEqual({ cid: sc, kind: 'openstack', sizeBytes: 8 * 1024 * 1024 });
    expect(h.api.volumeNames(POOL)).toEqual([`${sc}-openstack.qcow2`]);
    expect(h.runner.commands).toEqual([]);
    expect(await h.stemcells.findStemcell(sc)).toEqual(stemcell);
  });

  it('converts a VMDK with qemu-img through the command runner', async () => {
    const h = harness();
    const record = await h.stemcells.importStemcell({ cid: sc, imagePath: buildStemcellImage(dir, 'vsphere', 8), cloudProperties: {} });
    expect(record).toEqual({ cid: sc, kind: 'vsphere', sizeBytes: 8 * 1024 * 1024 });
    expect(h.runner.commands[0]!.slice(0, 6)).toEqual(['qemu-img', 'convert', '-q', '-f', 'vmdk', '-O']);
    expect(h.api.volumeNames(POOL)).toEqual([`${sc}-vsphere.qcow2`]);
  });

  it('converts a raw root.img to qcow2 the same way, and keeps its content', async () => {
    const h = harness();
    const record = await h.stemcells.importStemcell({
      cid: sc,
      imagePath: buildStemcellImage(dir, 'openstack-raw', 8),
      cloudProperties: {},
    });
    expect(record).toEqual({ cid: sc, kind: 'openstack', sizeBytes: 8 * 1024 * 1024 });
    expect(h.runner.commands[0]!.slice(0, 5)).toEqual(['qemu-img', 'convert', '-q', '-f', 'raw']);
    const uploaded = h.api.pools.get(POOL)!.volumes.get(`${sc}-openstack.qcow2`)!.content;
    const copy = join(dir, 'uploaded.qcow2');
    writeFileSync(copy, uploaded);
    execFileSync('qemu-img', ['convert', '-f', 'qcow2', '-O', 'raw', copy, `${copy}.raw`]);
    const raw = readFileSync(`${copy}.raw`);
    expect(raw.subarray(PATTERN_OFFSET, PATTERN_OFFSET + PATTERN.length).equals(PATTERN)).toBe(true);
  });

  it('logs the progress of a long import (bytes, percent, rate) and how long each step took', async () => {
    const h = harness({}, new FakeLibvirtApi(), new TickingClock());
    await h.stemcells.importStemcell({ cid: sc, imagePath: buildStemcellImage(dir, 'openstack-raw', 48), cloudProperties: {} });
    const lines = h.logger.lines;
    const progress = lines.filter((l) =>
      /^info unpacking the raw disk into \S+: \d+\.\d MiB of 48\.0 MiB \(\d+%\), \d+\.\d (KiB|MiB)\/s, \d+\.\d s so far$/.test(l),
    );
    // A second passes per look at the clock, one look per MiB, a line every 5 s: several lines.
    expect(progress.length).toBeGreaterThanOrEqual(3);
    const percents = progress.map((l) => Number(/\((\d+)%\)/.exec(l)![1]));
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(lines.some((l) => /^info unpacking the raw disk into \S+: done, 48\.0 MiB in \d+\.\d s \(/.test(l))).toBe(true);
    expect(lines.some((l) => /^info converting the raw disk to qcow2 \(qemu-img\): done in \d+\.\d s$/.test(l))).toBe(true);
    expect(lines.some((l) => /^info uploading the converted disk into volume \S+: done, /.test(l))).toBe(true);
    expect(lines.some((l) => new RegExp(`^info imported stemcell ${sc} in \\d+\\.\\d s$`).test(l))).toBe(true);
  });

  it('removes the volume again when the upload fails', async () => {
    const h = harness();
    h.api.failNext('uploadVolume');
    expect(await kindOf(h.stemcells.importStemcell({ cid: sc, imagePath: qcow2Image, cloudProperties: {} }))).toBe('infrastructure');
    expect(h.api.volumeNames(POOL)).toEqual([]);
  });

  it('a missing stemcell is undefined, and deleting it is success', async () => {
    const h = harness();
    expect(await h.stemcells.findStemcell(sc)).toBeUndefined();
    await h.stemcells.deleteStemcell(sc);
    expect(h.api.pools.size).toBe(0);
  });

  it('deleting a stemcell in use only marks it; the last delete_vm removes it', async () => {
    const { h, stemcell } = await withStemcell();
    await h.vms.createVm(vmCreation(vmA, stemcell));
    await h.vms.createVm(vmCreation(vmB, stemcell));
    await h.stemcells.deleteStemcell(sc);
    expect(await h.stemcells.findStemcell(sc)).toBeUndefined();
    expect(h.api.volumeNames(POOL)).toContain(`${sc}-openstack.qcow2`);
    expect(await kindOf(h.vms.createVm(vmCreation('vm_00000000000000000000000c' as VmCid, stemcell)))).toBe('vm_creation_failed');
    await h.vms.deleteVm(vmA);
    expect(h.api.volumeNames(POOL)).toContain(`${sc}-openstack.qcow2`);
    await h.vms.deleteVm(vmB);
    expect(h.api.volumeNames(POOL)).toEqual([]);
  });
});

describe('VMs', () => {
  it('creates overlay, ephemeral disk and settings medium, then defines and starts', async () => {
    const { h, stemcell } = await withStemcell();
    await h.vms.createVm(vmCreation(vmA, stemcell));
    expect(h.api.volumeNames(POOL)).toEqual(
      [`${sc}-openstack.qcow2`, `${vmA}-ephemeral.qcow2`, `${vmA}-root.qcow2`, `${vmA}-settings.iso`].sort(),
    );
    const root = h.api.pools.get(POOL)!.volumes.get(`${vmA}-root.qcow2`)!;
    expect(root.backing).toBe(`/pools/testpool/${sc}-openstack.qcow2`);
    const medium = h.api.pools.get(POOL)!.volumes.get(`${vmA}-settings.iso`)!;
    expect(medium.content.toString()).toBe(`config-drive\n${JSON.stringify(settings)}`);
    // zero padding after the ISO: Linux's read-ahead must not hit the end of a short CD
    expect(medium.capacity).toBe(medium.content.length + 512 * 1024);
    expect(await h.api.domainState(vmA)).toBe('running');
    const meta = readCpiMetadata(findMetadataInDomain(parseXml((await h.api.domainXml(vmA))!))!);
    expect(meta.stemcell).toEqual({ cid: sc, kind: 'openstack' });
    expect(await h.vms.readAgentSettings(vmA)).toEqual(settings);
  });

  it('grows the root disk to the requested size', async () => {
    const { h, stemcell } = await withStemcell();
    await h.vms.createVm(vmCreation(vmA, stemcell, { spec: { cpus: 1, memoryMiB: 128, ephemeralDiskMiB: 0, rootDiskMiB: 100 } }));
    expect(h.api.pools.get(POOL)!.volumes.get(`${vmA}-root.qcow2`)!.capacity).toBe(100 * 1024 * 1024);
    expect(h.api.volumeNames(POOL)).not.toContain(`${vmA}-ephemeral.qcow2`);
  });

  it.each(['createVolume', 'uploadVolume', 'defineDomain', 'startDomain'])(
    'a failure in %s removes everything and answers vm_creation_failed',
    async (operation) => {
      const { h, stemcell } = await withStemcell();
      h.api.failNext(operation);
      expect(await kindOf(h.vms.createVm(vmCreation(vmA, stemcell)))).toBe('vm_creation_failed');
      expect(h.api.volumeNames(POOL)).toEqual([`${sc}-openstack.qcow2`]);
      expect(h.api.domains.size).toBe(0);
    },
  );

  it('an unknown libvirt network fails the start, and nothing is left', async () => {
    const { h, stemcell } = await withStemcell();
    const nics = [{ index: 0, mac: '52:54:00:00:00:01', networkNames: ['n'], cloudProperties: { name: 'nope' } }];
    expect(await kindOf(h.networks.prepareNetworks(nics))).toBe('network_not_found');
    expect(await kindOf(h.vms.createVm(vmCreation(vmA, stemcell, { nics })))).toBe('vm_creation_failed');
    expect(h.api.domains.size).toBe(0);
    expect(h.api.volumeNames(POOL)).toEqual([`${sc}-openstack.qcow2`]);
  });

  it('delete_vm by default destroys the guest at once: no ACPI request, no wait, even for a guest that would obey', async () => {
    const { h, stemcell } = await withStemcell();
    h.api.guestAcpi = 'obeys';
    await h.vms.createVm(vmCreation(vmA, stemcell));
    await h.disks.createDisk(disk1, 16, {});
    await h.disks.attachDisk(vmA, disk1);
    h.api.calls.length = 0;
    await h.vms.deleteVm(vmA);
    expect(h.api.calls).toContain('destroyDomain');
    expect(h.api.calls).not.toContain('shutdownDomain');
    expect(h.api.calls.indexOf('destroyDomain')).toBeLessThan(h.api.calls.indexOf('undefineDomain'));
    expect(await h.vms.hasVm(vmA)).toBe(false);
    expect(h.api.volumeNames(POOL)).toEqual([`${sc}-openstack.qcow2`, `${disk1}.qcow2`].sort());
    await h.vms.deleteVm(vmA);
  });

  it('delete_vm of a VM that is already off neither asks nor destroys', async () => {
    for (const mode of ['hard', 'graceful']) {
      const { h, stemcell } = await withStemcell({ delete_vm_shutdown: mode });
      await h.vms.createVm(vmCreation(vmA, stemcell));
      await h.api.destroyDomain(vmA);
      h.api.calls.length = 0;
      await h.vms.deleteVm(vmA);
      expect(
        h.api.calls.filter((c) => c === 'destroyDomain' || c === 'shutdownDomain'),
        mode,
      ).toEqual([]);
      expect(await h.vms.hasVm(vmA)).toBe(false);
    }
  });

  it('delete_vm graceful: ACPI first, destroy after the bound, keeps persistent disks, missing VM is success', async () => {
    const { h, stemcell } = await withStemcell({ delete_vm_shutdown: 'graceful' });
    await h.vms.createVm(vmCreation(vmA, stemcell));
    await h.disks.createDisk(disk1, 16, {});
    await h.disks.attachDisk(vmA, disk1);
    await h.vms.deleteVm(vmA);
    expect(h.api.calls.filter((c) => c === 'destroyDomain' || c === 'shutdownDomain')).toEqual(['shutdownDomain', 'destroyDomain']);
    expect(await h.vms.hasVm(vmA)).toBe(false);
    expect(h.api.volumeNames(POOL)).toEqual([`${sc}-openstack.qcow2`, `${disk1}.qcow2`].sort());
    await h.vms.deleteVm(vmA);
  });

  it('delete_vm graceful does not destroy a guest that powers off by itself', async () => {
    const { h, stemcell } = await withStemcell({ delete_vm_shutdown: 'graceful' });
    h.api.guestAcpi = 'obeys';
    await h.vms.createVm(vmCreation(vmA, stemcell));
    h.api.calls.length = 0;
    await h.vms.deleteVm(vmA);
    expect(h.api.calls).toContain('shutdownDomain');
    expect(h.api.calls).not.toContain('destroyDomain');
  });

  it('delete_vm cleans up the volumes of a create_vm killed before define', async () => {
    const { h } = await withStemcell();
    await h.api.createVolume(
      POOL,
      `<volume><name>${vmA}-root.qcow2</name><capacity>1</capacity><target><format type="qcow2"/></target></volume>`,
    );
    await h.vms.deleteVm(vmA);
    expect(h.api.volumeNames(POOL)).toEqual([`${sc}-openstack.qcow2`]);
  });

  it('reboot: ACPI, then a reset when the guest ignores it; an obeying guest is not reset', async () => {
    const { h, stemcell } = await withStemcell();
    await h.vms.createVm(vmCreation(vmA, stemcell));
    await h.vms.rebootVm(vmA);
    expect(h.api.calls.filter((c) => c === 'rebootDomain' || c === 'resetDomain')).toEqual(['rebootDomain', 'resetDomain']);
    h.api.domains.get(vmA)!.acpi = 'obeys';
    h.api.calls.length = 0;
    await h.vms.rebootVm(vmA);
    expect(h.api.calls).toContain('rebootDomain');
    expect(h.api.calls).not.toContain('resetDomain');
    expect(await kindOf(h.vms.rebootVm(vmB))).toBe('vm_not_found');
  });

  it('reboot starts a VM that is off', async () => {
    const { h, stemcell } = await withStemcell();
    await h.vms.createVm(vmCreation(vmA, stemcell));
    await h.api.destroyDomain(vmA);
    await h.vms.rebootVm(vmA);
    expect(await h.api.domainState(vmA)).toBe('running');
  });

  it('set_vm_metadata keeps it in our element and the title, without control characters', async () => {
    const { h, stemcell } = await withStemcell();
    await h.vms.createVm(vmCreation(vmA, stemcell));
    await h.vms.setVmMetadata(vmA, { name: 'router/0\nx', deployment: 'cf' });
    const doc = parseXml((await h.api.domainXml(vmA, { inactive: true }))!);
    expect(readCpiMetadata(findMetadataInDomain(doc)!).boshMetadata).toEqual({ name: 'router/0\nx', deployment: 'cf' });
    expect(doc.children.some((c) => typeof c !== 'string' && c.name === 'title' && c.children[0] === 'router/0 x')).toBe(true);
    expect(await kindOf(h.vms.setVmMetadata(vmB, {}))).toBe('vm_not_found');
  });

  it('writeAgentSettings stores the settings and rewrites the medium in place', async () => {
    const { h, stemcell } = await withStemcell();
    await h.vms.createVm(vmCreation(vmA, stemcell));
    const updated = { ...settings, disks: { ...settings.disks, persistent: { [disk1]: { id: 'x' } } } };
    await h.vms.writeAgentSettings(vmA, updated);
    expect(await h.vms.readAgentSettings(vmA)).toEqual(updated);
    expect(h.api.pools.get(POOL)!.volumes.get(`${vmA}-settings.iso`)!.content.toString()).toContain(disk1);
  });
});

describe('disks', () => {
  it('create_disk makes a qcow2 volume of exactly size MiB; delete is idempotent', async () => {
    const h = harness();
    await h.disks.createDisk(disk1, 3, {});
    expect(h.api.pools.get(POOL)!.volumes.get(`${disk1}.qcow2`)!.capacity).toBe(3 * 1024 * 1024);
    expect(await h.disks.hasDisk(disk1)).toBe(true);
    await h.disks.deleteDisk(disk1);
    await h.disks.deleteDisk(disk1);
    expect(await h.disks.hasDisk(disk1)).toBe(false);
  });

  it('attach gives each disk its own target and answers the same hint twice; get_disks in attach order', async () => {
    const { h, stemcell } = await withStemcell();
    await h.vms.createVm(vmCreation(vmA, stemcell));
    await h.disks.createDisk(disk1, 16, {});
    await h.disks.createDisk(disk2, 16, {});
    expect(await h.disks.attachDisk(vmA, disk2)).toEqual({ id: disk2, volume_id: '0', lun: '0' });
    expect(await h.disks.attachDisk(vmA, disk1)).toEqual({ id: disk1, volume_id: '1', lun: '0' });
    expect(await h.disks.attachDisk(vmA, disk1)).toEqual({ id: disk1, volume_id: '1', lun: '0' });
    expect(await h.disks.attachedDisks(vmA)).toEqual([disk2, disk1]);
    await h.disks.detachDisk(vmA, disk2);
    expect(await h.disks.attachDisk(vmA, disk2)).toEqual({ id: disk2, volume_id: '0', lun: '0' });
  });

  it('attach tries again when QEMU already holds the block node name (a daemon that died mid-attach forgot it); other failures are not retried', async () => {
    const { h, stemcell } = await withStemcell();
    await h.vms.createVm(vmCreation(vmA, stemcell));
    await h.disks.createDisk(disk1, 16, {});
    await h.disks.createDisk(disk2, 16, {});
    // QEMU's words, as libvirt 9.0 passes them on after a restart (seen against the real daemon)
    const duplicate = failure(
      'infrastructure',
      "internal error: unable to execute QEMU command 'blockdev-add': Duplicate nodes with node-name='libvirt-5-storage'",
    );
    h.api.failNext('attachDevice', duplicate);
    expect(await h.disks.attachDisk(vmA, disk1)).toEqual({ id: disk1, volume_id: '0', lun: '0' });
    expect(await h.disks.attachedDisks(vmA)).toEqual([disk1]);
    expect(h.logger.lines.some((l) => l.includes('trying again'))).toBe(true);
    h.api.failNext('attachDevice', failure('infrastructure', 'unable to execute QEMU command: something else'));
    expect(await kindOf(h.disks.attachDisk(vmA, disk2))).toBe('infrastructure');
    expect(await h.disks.attachedDisks(vmA)).toEqual([disk1]);
  });

  it('attach: vm_not_found, disk_not_found, and a disk on another VM is refused', async () => {
    const { h, stemcell } = await withStemcell();
    await h.vms.createVm(vmCreation(vmA, stemcell));
    await h.vms.createVm(vmCreation(vmB, stemcell));
    await h.disks.createDisk(disk1, 16, {});
    expect(await kindOf(h.disks.attachDisk('vm_0000000000000000000000ff' as VmCid, disk1))).toBe('vm_not_found');
    expect(await kindOf(h.disks.attachDisk(vmA, disk2))).toBe('disk_not_found');
    // the message says where the CPI looked: a disk of another libvirt host (another AZ) is the usual cause
    const missing = await h.disks.attachDisk(vmA, disk2).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(missing?.message).toContain(`disk ${disk2} does not exist in storage pool ${POOL} of libvirt host qemu:///system`);
    await h.disks.attachDisk(vmA, disk1);
    expect(await kindOf(h.disks.attachDisk(vmB, disk1))).toBe('infrastructure');
  });

  it('detach of a disk not attached is success; of a missing VM is vm_not_found', async () => {
    const { h, stemcell } = await withStemcell();
    await h.vms.createVm(vmCreation(vmA, stemcell));
    await h.disks.detachDisk(vmA, disk1);
    expect(await kindOf(h.disks.detachDisk(vmB, disk1))).toBe('vm_not_found');
  });

  it('detach waits until the running domain lets go, and times out clearly when it never does', async () => {
    const { h, stemcell } = await withStemcell();
    await h.vms.createVm(vmCreation(vmA, stemcell));
    await h.disks.createDisk(disk1, 16, {});
    await h.disks.attachDisk(vmA, disk1);
    h.api.detachHangs = true;
    expect(await kindOf(h.disks.detachDisk(vmA, disk1))).toBe('timeout');
    h.api.settleDetach(vmA);
    expect(await h.disks.attachedDisks(vmA)).toEqual([]);
  });

  it('resize grows a disk, the same size is success, shrinking is not_supported', async () => {
    const h = harness();
    await h.disks.createDisk(disk1, 16, {});
    await h.disks.resizeDisk(disk1, 32);
    expect(h.api.pools.get(POOL)!.volumes.get(`${disk1}.qcow2`)!.capacity).toBe(32 * 1024 * 1024);
    await h.disks.resizeDisk(disk1, 32);
    expect(await kindOf(h.disks.resizeDisk(disk1, 8))).toBe('not_supported');
    expect(await kindOf(h.disks.resizeDisk(disk2, 8))).toBe('disk_not_found');
  });

  it('set_disk_metadata keeps a JSON volume next to the disk, deleted with it', async () => {
    const h = harness();
    await h.disks.createDisk(disk1, 16, {});
    await h.disks.setDiskMetadata(disk1, { director: 'd', attached_at: 'now' });
    await h.disks.setDiskMetadata(disk1, { director: 'd2' });
    expect(JSON.parse(h.api.pools.get(POOL)!.volumes.get(`${disk1}.metadata.json`)!.content.toString())).toEqual({ director: 'd2' });
    await h.disks.deleteDisk(disk1);
    expect(h.api.volumeNames(POOL)).toEqual([]);
    expect(await kindOf(h.disks.setDiskMetadata(disk2, {}))).toBe('disk_not_found');
  });

  it('snapshot copies a detached disk and the disk of a stopped VM with libvirt; delete removes it', async () => {
    const { h, stemcell } = await withStemcell();
    const snap = 'snap_000000000000000000000001' as SnapshotCid;
    await h.disks.createDisk(disk1, 16, {});
    await h.disks.snapshotDisk(disk1, snap, {});
    expect(h.api.volumeNames(POOL)).toContain(`${snap}.qcow2`);
    await h.disks.deleteSnapshot(snap);
    await h.disks.deleteSnapshot(snap);
    expect(h.api.volumeNames(POOL)).not.toContain(`${snap}.qcow2`);
    await h.vms.createVm(vmCreation(vmA, stemcell));
    await h.disks.attachDisk(vmA, disk1);
    h.api.setState(vmA, 'shutoff');
    await h.disks.snapshotDisk(disk1, snap, { director: 'd' });
    expect(h.api.calls).toContain('cloneVolume');
    expect(h.api.calls).not.toContain('beginBackup');
    expect(JSON.parse(h.api.pools.get(POOL)!.volumes.get(`${snap}.metadata.json`)!.content.toString())).toEqual({
      director: 'd',
      disk_cid: disk1,
    });
  });
});

describe('networks', () => {
  it('passes when every NIC network exists and is active; names the missing or stopped one', async () => {
    const h = harness();
    h.api.networks.set('stopped', 'inactive');
    await h.networks.prepareNetworks([{ index: 0, mac: 'm', networkNames: ['a'], cloudProperties: {} }]);
    const missing = h.networks.prepareNetworks([{ index: 0, mac: 'm', networkNames: ['a'], cloudProperties: { name: 'nope' } }]);
    await expect(missing).rejects.toThrow(/'nope' does not exist/);
    const stopped = h.networks.prepareNetworks([{ index: 0, mac: 'm', networkNames: ['a'], cloudProperties: { name: 'stopped' } }]);
    await expect(stopped).rejects.toThrow(/'stopped' exists but is not active/);
    const bad = h.networks.prepareNetworks([{ index: 0, mac: 'm', networkNames: ['a'], cloudProperties: { name: '../x' } }]);
    expect(await kindOf(bad)).toBe('invalid_request');
  });
});
