import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cpi } from '../../../../src/app/library/Cpi.js';
import { createCpi } from '../../../../src/app/library/createCpi.js';
import { LibvirtClient } from '../../../../src/adapters/libvirt/rpc/index.js';
import { buildStemcellImage } from '../../../support/libvirt/stemcellFixtures.js';
import { leftovers, testPool } from '../../../support/libvirt/testPool.js';

/**
 * snapshot_disk of a disk attached to a running domain, against the daemon: QEMU's push-mode
 * backup job into a pre-created pool volume. The guest has no OS, so the disk's content is
 * written with qemu-io before it is attached, and compared with qemu-img afterwards.
 */
const pool = testPool('live-snap');
let dir: string;
let cpi: Cpi;
let other: Cpi;
const vmProps = { cpus: 1, memory: 128, ephemeral_disk: 16 };
const networks = { default: { type: 'dynamic' as const, cloud_properties: {} } };
const METADATA = { director_name: 'dir', deployment: 'dep', instance_id: 'i-1', index: '0' };

const qemuImg = (...args: string[]) => execFileSync('qemu-img', args, { encoding: 'utf8' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 't-live-snap-'));
  cpi = createCpi({ driver: 'libvirt', libvirt: pool.libvirtConfig }, { stemcellApiVersion: 3 });
  other = createCpi({ driver: 'libvirt', libvirt: pool.libvirtConfig }, { stemcellApiVersion: 3 });
});
afterAll(async () => {
  await cpi?.close();
  await other?.close();
  await pool.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('snapshot_disk of a disk in use by a running VM', () => {
  it('is a standalone qcow2 copy made by QEMU, with its metadata; two at once take turns; delete removes it', async () => {
    const stemcell = await cpi.createStemcell(buildStemcellImage(dir, 'openstack-qcow2', 16), {});
    const { cid: vm } = await cpi.createVm('agent-1', stemcell, vmProps, networks, [], {});
    const disk = await cpi.createDisk(8, {}, vm);
    const diskFile = join(pool.path, `${disk}.qcow2`);
    execFileSync('qemu-io', ['-f', 'qcow2', '-c', 'write -P 0x5a 1M 2M', diskFile]);
    await cpi.attachDisk(vm, disk);

    const [a, b] = await Promise.all([cpi.snapshotDisk(disk, METADATA), other.snapshotDisk(disk, METADATA)]);
    for (const snapshot of [a, b]) {
      const file = join(pool.path, `${snapshot}.qcow2`);
      const info = JSON.parse(qemuImg('info', '-U', '--output=json', file)) as Record<string, unknown>;
      expect(info.format).toBe('qcow2');
      expect(info['backing-filename']).toBeUndefined();
      expect(info['virtual-size']).toBe(8 * 1024 * 1024);
      // -U: the live disk is still locked by QEMU; nobody writes it (the guest has no OS)
      expect(qemuImg('compare', '-U', diskFile, file)).toContain('Images are identical');
      expect(JSON.parse(readFileSync(join(pool.path, `${snapshot}.metadata.json`), 'utf8'))).toEqual({ ...METADATA, disk_cid: disk });
    }
    expect(await cpi.hasVm(vm)).toBe(true);

    await cpi.deleteSnapshot(a);
    await other.deleteSnapshot(b);
    await cpi.deleteSnapshot(b);
    expect((await leftovers(pool.name)).volumes.filter((v) => v.startsWith('snap_'))).toEqual([]);
    await cpi.deleteVm(vm);
    await cpi.deleteDisk(disk);
    await cpi.deleteStemcell(stemcell);
    expect(await leftovers(pool.name)).toEqual({ domains: [], volumes: [] });
  });

  it('racing delete_vm: a clear error and no volume left, or a complete snapshot', async () => {
    const stemcell = await cpi.createStemcell(buildStemcellImage(dir, 'openstack-qcow2', 16), {});
    const { cid: vm } = await cpi.createVm('agent-2', stemcell, vmProps, networks, [], {});
    const disk = await cpi.createDisk(1024, {}, vm);
    const diskFile = join(pool.path, `${disk}.qcow2`);
    // enough data that QEMU copies for a second or two
    execFileSync('qemu-io', ['-f', 'qcow2', '-c', 'write -P 0x33 0 512M', diskFile]);
    await cpi.attachDisk(vm, disk);

    const snapshot = cpi.snapshotDisk(disk, METADATA).then(
      (cid) => ({ cid }),
      (error: unknown) => ({ error: error as Error }),
    );
    const client = await LibvirtClient.connect('qemu:///system');
    try {
      const domain = await client.lookupDomainByName(vm);
      for (let i = 0; i < 200 && (await domain.getJobStats(0).catch(() => ({ type: 0 }))).type === 0; i++)
        await new Promise((r) => setTimeout(r, 25));
    } finally {
      await client.close();
    }
    await other.deleteVm(vm);
    const outcome = await snapshot;
    const left = (await leftovers(pool.name)).volumes.filter((v) => v.startsWith('snap_'));
    if ('error' in outcome) {
      expect(outcome.error.message).toContain(`VM ${vm} was stopped or deleted during the copy`);
      expect(left).toEqual([]);
    } else {
      expect(left.sort()).toEqual([`${outcome.cid}.metadata.json`, `${outcome.cid}.qcow2`]);
      qemuImg('check', join(pool.path, `${outcome.cid}.qcow2`));
      expect(qemuImg('compare', diskFile, join(pool.path, `${outcome.cid}.qcow2`))).toContain('Images are identical');
      await cpi.deleteSnapshot(outcome.cid);
    }
    console.log(`[delete_vm race] ${'error' in outcome ? `snapshot failed: ${outcome.error.message}` : 'snapshot finished first'}`);
    await cpi.deleteDisk(disk);
    await cpi.deleteStemcell(stemcell);
    expect(await leftovers(pool.name)).toEqual({ domains: [], volumes: [] });
  });
});
