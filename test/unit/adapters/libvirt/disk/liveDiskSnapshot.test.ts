import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseXml } from '../../../../../src/adapters/libvirt/xml/parseXml.js';
import { path } from '../../../../../src/adapters/libvirt/xml/XmlNode.js';
import type { DiskCid, SnapshotCid, StemcellCid, VmCid } from '../../../../../src/domain/cid/Cid.js';
import { DomainError } from '../../../../../src/domain/errors/DomainError.js';
import type { StemcellRecord } from '../../../../../src/domain/stemcell/StemcellRecord.js';
import { buildStemcellImage } from '../../../../support/libvirt/stemcellFixtures.js';
import { harness, type Harness } from '../../../../support/libvirt/fakePorts.js';
import { vmCreation } from '../../../../support/libvirt/vmCreation.js';

const POOL = 'testpool';
const sc = 'sc_000000000000000000000001' as StemcellCid;
const vmA = 'vm_00000000000000000000000a' as VmCid;
const disk1 = 'disk_000000000000001' as DiskCid;
const disk2 = 'disk_000000000000002' as DiskCid;
const snap1 = 'snap_000000000000000000000001' as SnapshotCid;
const snap2 = 'snap_000000000000000000000002' as SnapshotCid;
const METADATA = { director_name: 'dir', deployment: 'dep', instance_id: 'i-1', index: '0' };

let dir: string;
let image: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 't-live-snapshot-'));
  image = buildStemcellImage(dir, 'openstack-qcow2', 8);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A running VM with disk1 attached, holding the bytes "before". */
async function runningVmWithDisk(config: Record<string, unknown> = {}): Promise<Harness> {
  const h = harness({
    timeouts: { reboot_s: 0.05, shutdown_s: 1, attach_s: 2, detach_s: 2, snapshot_s: 60, ...(config.timeouts as object) },
  });
  const stemcell: StemcellRecord = await h.stemcells.importStemcell({ cid: sc, imagePath: image, cloudProperties: {} });
  await h.vms.createVm(vmCreation(vmA, stemcell));
  await h.disks.createDisk(disk1, 16, {});
  await h.disks.attachDisk(vmA, disk1);
  volume(h, `${disk1}.qcow2`).content = Buffer.from('before');
  return h;
}

const volume = (h: Harness, name: string) => h.api.pools.get(POOL)!.volumes.get(name)!;
const snapshotVolumes = (h: Harness) => h.api.volumeNames(POOL).filter((n) => n.startsWith('snap_'));

/** The target devs of vmA's disks other than the persistent disk (sda). */
async function otherDisks(h: Harness): Promise<string[]> {
  const live = parseXml((await h.api.domainXml(vmA))!);
  return path(live, 'devices', 'disk')
    .map((d) => path(d, 'target')[0]!.attrs.dev!)
    .filter((d) => d !== 'sda');
}

async function failureOf(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (DomainError.is(error)) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('snapshot_disk of a disk attached to a running VM', () => {
  it('copies the disk as it was when the backup job started, names every other disk backup=no, stores the metadata', async () => {
    const h = await runningVmWithDisk();
    const backupXmls: string[] = [];
    const begin = h.api.beginBackup.bind(h.api);
    h.api.beginBackup = async (name, xml) => {
      backupXmls.push(xml);
      await begin(name, xml);
      // the guest writes on while QEMU copies: the snapshot must not see it
      volume(h, `${disk1}.qcow2`).content = Buffer.from('after');
    };
    await h.disks.snapshotDisk(disk1, snap1, METADATA);

    expect(volume(h, `${snap1}.qcow2`).content.toString()).toBe('before');
    expect(volume(h, `${snap1}.qcow2`).format).toBe('qcow2');
    expect(volume(h, `${snap1}.qcow2`).backing).toBeUndefined();
    expect(JSON.parse(volume(h, `${snap1}.metadata.json`).content.toString())).toEqual({ ...METADATA, disk_cid: disk1 });
    const disks = path(parseXml(backupXmls[0]!), 'disks', 'disk');
    expect(disks.filter((d) => d.attrs.backup === 'yes').map((d) => d.attrs.name)).toEqual(['sda']);
    expect(disks.filter((d) => d.attrs.backup === 'no').length).toBeGreaterThanOrEqual(2);
    expect(parseXml(backupXmls[0]!).attrs.mode).toBe('push');
    expect(h.api.calls).toContain('refreshPool');
    expect(h.locks.taken).toContain(`backup-${vmA}`);
    expect(h.api.backups.size).toBe(0);

    await h.disks.deleteSnapshot(snap1);
    await h.disks.deleteSnapshot(snap1);
    expect(snapshotVolumes(h)).toEqual([]);
  });

  it('a failed backup job is a clear error and leaves no volume', async () => {
    const h = await runningVmWithDisk();
    h.api.backupBehaviour = { outcome: 'fails', polls: 1 };
    const error = await failureOf(h.disks.snapshotDisk(disk1, snap1, METADATA));
    expect(error.kind).toBe('infrastructure');
    expect(error.message).toContain('No space left on device');
    expect(error.message).toContain(disk1);
    expect(snapshotVolumes(h)).toEqual([]);
  });

  it('a job that runs past timeouts.snapshot_s is aborted, and its volume removed', async () => {
    const h = await runningVmWithDisk({ timeouts: { snapshot_s: 5 } });
    h.api.backupBehaviour = { outcome: 'hangs', polls: 0 };
    const error = await failureOf(h.disks.snapshotDisk(disk1, snap1, METADATA));
    expect(error.kind).toBe('timeout');
    expect(error.message).toContain('5 s');
    expect(h.api.calls).toContain('abortDomainJob');
    expect(h.api.backups.size).toBe(0);
    expect(snapshotVolumes(h)).toEqual([]);
  });

  it('the VM deleted during the copy: an error and no volume left', async () => {
    const h = await runningVmWithDisk();
    h.api.backupBehaviour = { outcome: 'hangs', polls: 0 };
    const job = h.api.domainJob.bind(h.api);
    h.api.domainJob = async (name, options) => {
      if (!options?.completed) {
        await h.api.destroyDomain(name);
        await h.api.undefineDomain(name);
      }
      return job(name, options);
    };
    const error = await failureOf(h.disks.snapshotDisk(disk1, snap1, METADATA));
    expect(error.message).toContain(`VM ${vmA} was stopped or deleted during the copy`);
    expect(snapshotVolumes(h)).toEqual([]);
  });

  it('a job left by a CPI process that died is aborted and its partial volume deleted first', async () => {
    const h = await runningVmWithDisk();
    // what a killed snapshot_disk leaves: its volume and a backup job still writing into it
    h.api.backupBehaviour = { outcome: 'hangs', polls: 0 };
    await h.api.createVolume(
      POOL,
      `<volume><name>${snap2}.qcow2</name><capacity>16</capacity><target><format type="qcow2"/></target></volume>`,
    );
    const others = await otherDisks(h);
    await h.api.beginBackup(
      vmA,
      `<domainbackup mode="push"><disks><disk name="sda" backup="yes" type="file"><target file="/pools/testpool/${snap2}.qcow2"/><driver type="qcow2"/></disk>${others.map((d) => `<disk name="${d}" backup="no"/>`).join('')}</disks></domainbackup>`,
    );
    h.api.backupBehaviour = { outcome: 'completes', polls: 1 };

    await h.disks.snapshotDisk(disk1, snap1, METADATA);
    expect(snapshotVolumes(h)).toEqual([`${snap1}.metadata.json`, `${snap1}.qcow2`]);
    expect(h.api.calls.indexOf('abortDomainJob')).toBeLessThan(h.api.calls.lastIndexOf('beginBackup'));
  });

  it('a backup job the CPI did not start is left alone: a retryable error', async () => {
    const h = await runningVmWithDisk();
    h.api.backupBehaviour = { outcome: 'hangs', polls: 0 };
    await h.api.createVolume(
      POOL,
      '<volume><name>operator-copy.qcow2</name><capacity>16</capacity><target><format type="qcow2"/></target></volume>',
    );
    const others = await otherDisks(h);
    await h.api.beginBackup(
      vmA,
      `<domainbackup mode="push"><disks><disk name="sda" backup="yes" type="file"><target file="/pools/testpool/operator-copy.qcow2"/></disk>${others.map((d) => `<disk name="${d}" backup="no"/>`).join('')}</disks></domainbackup>`,
    );
    const error = await failureOf(h.disks.snapshotDisk(disk1, snap1, METADATA));
    expect(error.okToRetry).toBe(true);
    expect(error.message).toContain('operator-copy.qcow2');
    expect(h.api.calls).not.toContain('abortDomainJob');
    expect(h.api.backups.size).toBe(1);
    expect(snapshotVolumes(h)).toEqual([]);
  });

  it('two snapshots of one VM at once take turns (one backup job per domain)', async () => {
    const h = await runningVmWithDisk();
    await h.disks.createDisk(disk2, 16, {});
    await h.disks.attachDisk(vmA, disk2);
    await Promise.all([h.disks.snapshotDisk(disk1, snap1, METADATA), h.disks.snapshotDisk(disk2, snap2, METADATA)]);
    expect(JSON.parse(volume(h, `${snap2}.metadata.json`).content.toString()).disk_cid).toBe(disk2);
    expect(snapshotVolumes(h)).toHaveLength(4);
    expect(h.locks.taken.filter((l) => l === `backup-${vmA}`)).toHaveLength(2);
  });

  it('a disk detached between the check and the copy is copied by libvirt instead', async () => {
    const h = await runningVmWithDisk();
    const xml = h.api.domainXml.bind(h.api);
    let reads = 0;
    h.api.domainXml = async (name, options) => {
      // the first live read is the snapshot's own: detach just before it
      if (!options?.inactive && reads++ === 0) {
        h.api.domainXml = xml;
        await h.disks.detachDisk(vmA, disk1);
      }
      return xml(name, options);
    };
    await h.disks.snapshotDisk(disk1, snap1, METADATA);
    expect(h.api.calls).not.toContain('beginBackup');
    expect(h.api.calls).toContain('cloneVolume');
    expect(volume(h, `${snap1}.qcow2`).content.toString()).toBe('before');
    expect(snapshotVolumes(h)).toEqual([`${snap1}.metadata.json`, `${snap1}.qcow2`]);
  });
});
