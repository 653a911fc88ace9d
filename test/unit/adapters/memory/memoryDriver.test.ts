import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileMemoryStore } from '../../../../src/adapters/memory/FileMemoryStore.js';
import type { MemoryState } from '../../../../src/adapters/memory/MemoryState.js';
import { FileLocks } from '../../../../src/adapters/system/FileLocks.js';
import { SystemClock } from '../../../../src/adapters/system/SystemClock.js';
import { createCpi, type DomainError } from '../../../../src/index.js';
import { writeStemcellImage } from '../../../support/stemcellImage.js';

const readState = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as MemoryState;
const networks = {
  z: {
    type: 'manual' as const,
    ip: '10.0.0.5',
    netmask: '255.255.255.0',
    gateway: '10.0.0.1',
    dns: ['10.0.0.2'],
    default: ['dns', 'gateway'],
    cloud_properties: { name: 'lan' },
  },
  a: { type: 'dynamic' as const, cloud_properties: { name: 'nat' } },
  public: { type: 'vip' as const, ip: '203.0.113.7' },
};

describe('the memory driver', () => {
  let dir: string;
  let openstack: string;
  let vsphere: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cpi-memory-'));
    openstack = await writeStemcellImage('openstack', dir);
    vsphere = await writeStemcellImage('vsphere', dir);
  });
  const cpiWithState = (name: string, extra: Record<string, unknown> = {}, stemcellApiVersion?: number) => {
    const stateFile = join(dir, `${name}.json`);
    const cpi = createCpi(
      { driver: 'memory', memory: { state_file: stateFile, ...extra }, agent: { mbus: 'nats://10.0.0.6:4222', ntp: ['ntp.example'] } },
      stemcellApiVersion === undefined ? {} : { stemcellApiVersion },
    );
    return { cpi, stateFile };
  };

  it('recognises the image format from its content, not from stemcell.MF', async () => {
    const { cpi, stateFile } = cpiWithState('formats');
    const a = await cpi.createStemcell(openstack, { disk_format: 'ovf', infrastructure: 'vsphere' });
    const b = await cpi.createStemcell(vsphere, { disk_format: 'qcow2' });
    const state = await readState(stateFile);
    expect(state.stemcells[a]).toMatchObject({ kind: 'openstack', sizeBytes: 64 * 1024 });
    expect(state.stemcells[b]).toMatchObject({ kind: 'vsphere', sizeBytes: 96 * 1024 });
    await expect(cpi.createStemcell(await writeStemcellImage('unrecognised', dir), {})).rejects.toMatchObject({
      kind: 'invalid_request',
      message: expect.stringContaining('rootfs.tar'),
    });
    expect(Object.keys((await readState(stateFile)).stemcells)).toHaveLength(2);
  });

  it('gives the VM complete agent settings: NICs sorted by name, MACs, disks, env verbatim', async () => {
    const { cpi, stateFile } = cpiWithState('settings');
    const stemcell = await cpi.createStemcell(vsphere, {});
    const env = { bosh: { mbus: { cert: { ca: '-----BEGIN' } }, password: '$6$x', groups: ['a', 'b'] }, persistent_disk_fs: 'ext4' };
    const vm = await cpi.createVm('agent-7', stemcell, { cpus: 2, memory: 2048, ephemeral_disk: 4096 }, networks, [], env);
    const record = (await readState(stateFile)).vms[vm.cid]!;
    expect(record.spec).toEqual({ cpus: 2, memoryMiB: 2048, ephemeralDiskMiB: 4096 });
    expect(record.nics.map((nic) => nic.networkNames)).toEqual([['a'], ['z']]);
    expect(record.medium).toBe('cdrom-env');
    const settings = record.settings;
    expect(settings).toMatchObject({
      agent_id: 'agent-7',
      vm: { name: vm.cid },
      mbus: 'nats://10.0.0.6:4222',
      ntp: ['ntp.example'],
      disks: { system: '/dev/sda', ephemeral: { path: '/dev/sdb' }, persistent: {} },
      env,
    });
    expect(settings.networks['z']).toEqual({ ...networks.z, mac: record.nics[1]!.mac, preconfigured: false });
    expect(settings.networks['a']?.mac).toBe(record.nics[0]!.mac);
    expect(settings.networks['public']).toEqual({ type: 'vip', ip: '203.0.113.7', preconfigured: false });
  });

  it('lets cloud properties choose the settings medium, and refuses an unknown one', async () => {
    const { cpi, stateFile } = cpiWithState('medium');
    const stemcell = await cpi.createStemcell(openstack, {});
    const plain = await cpi.createVm('a', stemcell, {}, {}, [], {});
    const forced = await cpi.createVm('b', stemcell, { settings_medium: 'cdrom-env' }, {}, [], {});
    const state = await readState(stateFile);
    expect(state.vms[plain.cid]?.medium).toBe('config-drive');
    expect(state.vms[forced.cid]?.medium).toBe('cdrom-env');
    await expect(cpi.createVm('c', stemcell, { settings_medium: 'floppy' }, {}, [], {})).rejects.toMatchObject({ kind: 'invalid_request' });
  });

  it('fails create_vm on a missing host network with VMCreationFailed and leaves nothing behind', async () => {
    const { cpi, stateFile } = cpiWithState('networks', { networks: ['lan'] });
    const stemcell = await cpi.createStemcell(openstack, {});
    const error = (await cpi.createVm('a', stemcell, {}, networks, [], {}).catch((caught: unknown) => caught)) as DomainError;
    expect(error.kind).toBe('vm_creation_failed');
    expect(error.okToRetry).toBe(false);
    expect(error.message).toContain("host network 'nat'");
    expect((await readState(stateFile)).vms).toEqual({});
  });

  it('refuses a root disk smaller than the stemcell', async () => {
    const { cpi } = cpiWithState('root');
    const stemcell = await cpi.createStemcell(openstack, {});
    await expect(cpi.createVm('a', stemcell, { root_disk: 0 }, {}, [], {})).rejects.toMatchObject({ kind: 'invalid_request' });
    await expect(cpi.createVm('a', stemcell, { root_disk: 1 }, {}, [], {})).resolves.toBeDefined();
  });

  it('keeps persistent disks in the settings for stemcells older than API v2, and only for them', async () => {
    for (const [version, follows] of [
      [undefined, true],
      [1, true],
      [2, false],
      [3, false],
    ] as const) {
      const { cpi, stateFile } = cpiWithState(`follow-${version}`, {}, version);
      const stemcell = await cpi.createStemcell(openstack, {});
      const vm = await cpi.createVm('a', stemcell, {}, {}, [], {});
      const disk = await cpi.createDisk(100, {}, vm.cid);
      const hint = await cpi.attachDisk(vm.cid, disk);
      expect((await readState(stateFile)).vms[vm.cid]?.settings.disks.persistent).toEqual(follows ? { [disk]: hint } : {});
      await cpi.detachDisk(vm.cid, disk);
      expect((await readState(stateFile)).vms[vm.cid]?.settings.disks.persistent).toEqual({});
    }
  });

  it('resizes detached disks upwards only, and snapshots them', async () => {
    const { cpi, stateFile } = cpiWithState('resize');
    const disk = await cpi.createDisk(100, {}, null);
    await cpi.resizeDisk(disk, 200);
    await cpi.resizeDisk(disk, 200);
    await expect(cpi.resizeDisk(disk, 50)).rejects.toMatchObject({ kind: 'not_supported' });
    await expect(cpi.updateDisk(disk, 300, { type: 'ssd' })).resolves.toBeNull();
    expect((await readState(stateFile)).disks[disk]?.sizeMiB).toBe(300);
    const snapshot = await cpi.snapshotDisk(disk, { index: 0 as unknown as string, deployment: 'd' });
    expect((await readState(stateFile)).snapshots[snapshot]).toEqual({ disk, sizeMiB: 300, metadata: { index: '0', deployment: 'd' } });
    await cpi.deleteSnapshot(snapshot);
    await cpi.deleteSnapshot(snapshot);
    await cpi.deleteSnapshot('snap-of-another-cpi');
    expect((await readState(stateFile)).snapshots).toEqual({});
    await expect(cpi.snapshotDisk(`disk_${'f'.repeat(24)}`, {})).rejects.toMatchObject({ kind: 'disk_not_found' });
  });

  it('refuses to delete an attached disk rather than lose track of it', async () => {
    const { cpi } = cpiWithState('attached');
    const stemcell = await cpi.createStemcell(openstack, {});
    const vm = await cpi.createVm('a', stemcell, {}, {}, [], {});
    const disk = await cpi.createDisk(1, {}, null);
    await cpi.attachDisk(vm.cid, disk);
    await expect(cpi.deleteDisk(disk)).rejects.toMatchObject({ kind: 'infrastructure' });
    expect(await cpi.hasDisk(disk)).toBe(true);
  });

  it('loses no write when many stores update one state file at once', async () => {
    const path = join(dir, 'contended.json');
    const clock = new SystemClock();
    const stores = Array.from({ length: 4 }, () => new FileMemoryStore(path, new FileLocks({ dir, timeoutMs: 20_000, pollMs: 2 }, clock)));
    await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        stores[index % stores.length]!.update((state) => {
          state.disks[`disk_${index}`] = { sizeMiB: index, cloudProperties: {}, metadata: {} };
        }),
      ),
    );
    expect(Object.keys((await readState(path)).disks)).toHaveLength(40);
  });

  it('keeps state in the process when no state file is configured, one state per Cpi', async () => {
    const first = createCpi({ driver: 'memory' });
    const second = createCpi({ driver: 'memory' });
    const disk = await first.createDisk(1, null, null);
    expect(await first.hasDisk(disk)).toBe(true);
    expect(await second.hasDisk(disk)).toBe(false);
  });
});
