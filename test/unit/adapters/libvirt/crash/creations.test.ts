import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATION_LEASE_S, MARK_PREFIX, parseMark } from '../../../../../src/adapters/libvirt/crash/creationMark.js';
import { SWEEP_LIMIT } from '../../../../../src/adapters/libvirt/crash/Creations.js';
import type { DiskCid, SnapshotCid, StemcellCid, VmCid } from '../../../../../src/domain/cid/Cid.js';
import { DomainError } from '../../../../../src/domain/errors/DomainError.js';
import type { StemcellRecord } from '../../../../../src/domain/stemcell/StemcellRecord.js';
import { scratchPrefix } from '../../../../../src/adapters/libvirt/stemcell/scratchFolder.js';
import { buildStemcellImage } from '../../../../support/libvirt/stemcellFixtures.js';
import { harness, type Harness } from '../../../../support/libvirt/fakePorts.js';
import { vmCreation } from '../../../../support/libvirt/vmCreation.js';

const POOL = 'testpool';
const sc = 'sc_000000000000000000000001' as StemcellCid;
const vm = (n: number) => `vm_${n.toString(16).padStart(24, '0')}` as VmCid;
const disk = (n: number) => `disk_${n.toString(16).padStart(15, '0')}` as DiskCid;
let dir: string;
let image: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 't-creations-'));
  image = buildStemcellImage(dir, 'openstack-qcow2', 8);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const volumes = (h: Harness) => [...(h.api.pools.get(POOL)?.volumes.keys() ?? [])].sort();
const marks = (h: Harness) => volumes(h).filter((v) => v.startsWith(MARK_PREFIX));

async function withStemcell(): Promise<{ h: Harness; stemcell: StemcellRecord }> {
  const h = harness();
  const stemcell = await h.stemcells.importStemcell({ cid: sc, imagePath: image, cloudProperties: {} });
  return { h, stemcell };
}

/** Lets a pending call run up to the operation that hangs. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('creation marks', () => {
  it('a finished creation leaves no mark: its objects belong to its CID', async () => {
    const { h, stemcell } = await withStemcell();
    await h.vms.createVm(vmCreation(vm(1), stemcell));
    await h.disks.createDisk(disk(1), 16, {});
    expect(marks(h)).toEqual([]);
    expect(h.creators.alive.size).toBe(0);
    expect(volumes(h)).toContain(`${vm(1)}-root.qcow2`);
  });

  it('marks every kind of creation while it runs, named after the CID', async () => {
    const { h, stemcell } = await withStemcell();
    h.api.hangNext('startDomain');
    void h.vms.createVm(vmCreation(vm(1), stemcell));
    h.api.hangNext('createVolume', (_pool, xml) => xml!.includes(`<name>${disk(1)}.qcow2</name>`));
    void h.disks.createDisk(disk(1), 16, {});
    await settle();
    const kinds = marks(h).map((m) => parseMark(m));
    expect(kinds.map((m) => [m?.kind, m?.cid])).toEqual(
      expect.arrayContaining([
        ['vm', vm(1)],
        ['disk', disk(1)],
      ]),
    );
  });

  it('a create_vm killed while starting: the next create_vm removes domain and volumes, and the next call finds nothing', async () => {
    const { h, stemcell } = await withStemcell();
    h.api.hangNext('startDomain');
    void h.vms.createVm(vmCreation(vm(1), stemcell));
    await settle();
    expect(h.api.domains.has(vm(1))).toBe(true);
    h.creators.killAll();
    await h.vms.createVm(vmCreation(vm(2), stemcell));
    expect([...h.api.domains.keys()]).toEqual([vm(2)]);
    expect(volumes(h).filter((v) => v.startsWith(vm(1)))).toEqual([]);
    expect(marks(h)).toEqual([]);
  });

  it('never touches the objects of a creator that is alive', async () => {
    const { h, stemcell } = await withStemcell();
    h.api.hangNext('startDomain');
    void h.vms.createVm(vmCreation(vm(1), stemcell));
    await settle();
    await h.vms.createVm(vmCreation(vm(2), stemcell));
    expect(h.api.domains.has(vm(1))).toBe(true);
    expect(marks(h).map((m) => parseMark(m)?.cid)).toEqual([vm(1)]);
  });

  it('a creator of another host (no record here) counts as alive until its lease ends', async () => {
    const { h, stemcell } = await withStemcell();
    h.api.hangNext('createVolume', (_pool, xml) => xml!.includes(`<name>${disk(1)}.qcow2</name>`));
    void h.disks.createDisk(disk(1), 16, {});
    await settle();
    h.creators.alive.clear(); // the record is on another host: 'unknown'
    await h.disks.createDisk(disk(2), 16, {});
    expect(marks(h)).toHaveLength(1);
    await h.clock.sleep((CREATION_LEASE_S + 1) * 1000);
    await h.vms.createVm(vmCreation(vm(3), stemcell));
    expect(marks(h)).toEqual([]);
  });

  it('a killed create_stemcell, create_disk and snapshot_disk leave nothing after the next calls', async () => {
    const { h } = await withStemcell();
    await h.disks.createDisk(disk(1), 16, {});
    h.api.hangNext('uploadVolume');
    void h.stemcells.importStemcell({ cid: 'sc_000000000000000000000002' as StemcellCid, imagePath: image, cloudProperties: {} });
    await settle();
    h.api.hangNext('createVolume', (_pool, xml) => xml!.includes(`<name>${disk(2)}.qcow2</name>`));
    void h.disks.createDisk(disk(2), 16, {});
    await settle();
    h.api.hangNext('cloneVolume');
    void h.disks.snapshotDisk(disk(1), 'snap_000000000000000000000001' as SnapshotCid, {} as never);
    await settle();
    h.creators.killAll();
    expect(marks(h)).toHaveLength(3);
    await h.disks.createDisk(disk(3), 16, {}); // removes SWEEP_LIMIT of them
    await h.disks.createDisk(disk(4), 16, {});
    expect(SWEEP_LIMIT).toBeLessThan(3);
    expect(volumes(h)).toEqual([`${disk(1)}.qcow2`, `${disk(3)}.qcow2`, `${disk(4)}.qcow2`, `${sc}-openstack.qcow2`].sort());
  });

  it('a cleanup the daemon refused keeps the mark, and the next call finishes it', async () => {
    const { h, stemcell } = await withStemcell();
    h.api.goesDownAt('startDomain');
    const error = await h.vms.createVm(vmCreation(vm(1), stemcell)).catch((e: unknown) => e);
    expect(DomainError.is(error) && error.kind).toBe('vm_creation_failed');
    expect(DomainError.is(error) && error.okToRetry).toBe(true);
    h.api.down = false; // the daemon is back
    expect(h.api.domains.has(vm(1))).toBe(true);
    expect(marks(h)).toHaveLength(1);
    h.creators.killAll(); // the failed call's process exits
    await h.disks.createDisk(disk(1), 16, {});
    expect(h.api.domains.size).toBe(0);
    expect(volumes(h)).toEqual([`${disk(1)}.qcow2`, `${sc}-openstack.qcow2`].sort());
  });

  it('a sweep cut short by the daemon dying keeps the mark; the next call finishes it', async () => {
    const { h, stemcell } = await withStemcell();
    h.api.hangNext('startDomain');
    void h.vms.createVm(vmCreation(vm(1), stemcell));
    await settle();
    h.creators.killAll();
    h.api.goesDownAt('undefineDomain');
    await h.disks.createDisk(disk(1), 16, {}).catch(() => undefined); // the daemon dies during the sweep
    h.api.down = false;
    expect(marks(h)).toHaveLength(1);
    expect(h.logger.lines.some((l) => l.startsWith('warn could not remove leftovers'))).toBe(true);
    await h.disks.createDisk(disk(2), 16, {});
    expect(marks(h)).toEqual([]);
    expect(h.api.domains.size).toBe(0);
  });

  it('the leftovers a killed create_vm left: what, since when, why, disk and RAM; removeAll removes them', async () => {
    const { h, stemcell } = await withStemcell();
    h.api.hangNext('startDomain');
    void h.vms.createVm(vmCreation(vm(1), stemcell));
    await settle();
    h.api.domains.get(vm(1))!.state = 'running'; // it hung after QEMU started
    expect(await h.leftovers.find()).toEqual([]); // its creator is alive
    h.creators.killAll();
    const [found, ...more] = await h.leftovers.find();
    expect(more).toEqual([]);
    expect(found).toMatchObject({
      what: `vm ${vm(1)}`,
      since: new Date(Math.floor(h.clock.now() / 1000) * 1000).toISOString(),
      reason: 'its creating process is dead',
      memoryBytes: 128 * 1024 * 1024,
    });
    expect(found!.objects.slice(0, 4)).toEqual([
      `domain ${vm(1)} (running)`,
      `volume ${vm(1)}-root.qcow2`,
      `volume ${vm(1)}-ephemeral.qcow2`,
      `volume ${vm(1)}-settings.iso`,
    ]);
    expect(found!.diskBytes).toBeGreaterThanOrEqual(0);
    expect((await h.leftovers.removeAll()).map((l) => l.what)).toEqual([`vm ${vm(1)}`]);
    expect(h.api.domains.size).toBe(0);
    expect(volumes(h)).toEqual([`${sc}-openstack.qcow2`]);
  });

  it('delete_vm of the CID of a killed create_vm removes its objects and its mark', async () => {
    const { h, stemcell } = await withStemcell();
    h.api.hangNext('startDomain');
    void h.vms.createVm(vmCreation(vm(1), stemcell));
    await settle();
    h.creators.killAll();
    await h.vms.deleteVm(vm(1));
    expect(h.api.domains.size).toBe(0);
    expect(volumes(h)).toEqual([`${sc}-openstack.qcow2`]);
    expect(h.creators.dead.size).toBe(0);
  });

  it('a create_stemcell killed while converting: the next create removes its scratch folder in tmp_dir, and no other', async () => {
    const tmp = mkdtempSync(join(dir, 'scratch-'));
    const raw = buildStemcellImage(dir, 'openstack-raw', 8);
    const h = harness({ tmp_dir: tmp });
    const killed = 'sc_000000000000000000000003' as StemcellCid;
    h.api.hangNext('uploadVolumeFile');
    // a killed process runs no further: what the hung call might still do is of no interest
    h.stemcells.importStemcell({ cid: killed, imagePath: raw, cloudProperties: {} }).catch(() => undefined);
    let scratch: string[] = [];
    for (let i = 0; i < 200 && !(scratch.length === 1 && readdirSync(join(tmp, scratch[0]!)).includes('converted.qcow2')); i++) {
      await settle();
      scratch = readdirSync(tmp);
    }
    await settle();
    // the folder carries the CID of the creation, so that the sweep of its mark can find it
    expect(scratch).toEqual([expect.stringMatching(new RegExp(`^${scratchPrefix(killed).replace(/\./g, '\\.')}`))]);
    const other = `${scratchPrefix('sc_000000000000000000000004' as StemcellCid)}x`;
    mkdirSync(join(tmp, other));
    h.creators.killAll();
    await h.disks.createDisk(disk(9), 16, {});
    expect(readdirSync(tmp)).toEqual([other]);
    expect(marks(h)).toEqual([]);
  });
});
