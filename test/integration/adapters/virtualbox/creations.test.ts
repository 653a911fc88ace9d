import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATION_LEASE_S, parseMarkFile } from '../../../../src/adapters/virtualbox/crash/creationMarkFile.js';
import { SWEEP_LIMIT } from '../../../../src/adapters/virtualbox/crash/VirtualboxCreations.js';
import type { StemcellRecord } from '../../../../src/domain/stemcell/StemcellRecord.js';
import { MemoryCreators } from '../../../support/libvirt/fakePorts.js';
import { FakeClock } from '../../../support/virtualbox/fakes.js';
import { buildStemcellImage, SimulatedVirtualBox } from '../../../support/virtualbox/SimulatedVirtualBox.js';
import { creation as creationWith, diskCid, nic, stemcellCid, vmCid } from '../../../support/virtualbox/scenario.js';
import { virtualboxDrivers } from '../../../support/virtualbox/virtualboxHarness.js';

// Creation marks of the VirtualBox driver against the VBoxManage simulator. A call "killed" on
// the way is one whose next VBoxManage command never answers and whose creator record then
// says dead (MemoryCreators.killAll), as after SIGKILL of the cpi.
let sim: SimulatedVirtualBox;
let work: string;
let image: string;
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 't-vbox-creations-'));
  image = buildStemcellImage(work);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** One simulated host and the drivers of one CPI process on it, sharing creator records. */
function setup() {
  sim = new SimulatedVirtualBox({ version: '7.0' });
  const clock = new FakeClock();
  const creators = new MemoryCreators(clock);
  const drivers = () => virtualboxDrivers(sim, { creators, clock });
  return { d: drivers(), drivers, creators, clock };
}
const creation = (vm: ReturnType<typeof vmCid>, sc: StemcellRecord) => creationWith(vm, sc, [nic(0, { type: 'nat' })]);
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));
const machineNames = () =>
  Object.values(sim.state().machines)
    .map((m) => m.name)
    .sort();
const mediaLocations = () => Object.values(sim.state().media).map((m) => m.location);
const marksIn = (store: string) =>
  existsSync(path.join(store, 'creating')) ? readdirSync(path.join(store, 'creating')).map((n) => parseMarkFile(store, n)) : [];

describe('VirtualBox creation marks', () => {
  let stemcell: StemcellRecord;

  it('a finished creation leaves no mark and no creator record: its objects belong to its CID', async () => {
    const { d, creators } = setup();
    stemcell = await d.stemcells.importStemcell({ cid: stemcellCid(), imagePath: image, cloudProperties: {} });
    const vm = vmCid();
    await d.vms.createVm(creation(vm, stemcell));
    const disk = diskCid();
    await d.disks.createDisk(disk, 32, {});
    expect(marksIn(d.config.store_dir)).toEqual([]);
    expect(creators.alive.size + creators.dead.size).toBe(0);
    expect(machineNames()).toEqual([stemcell.cid, vm].sort());
    sim.dispose();
  });

  it('a create_vm killed before startvm: the next create_vm removes the machine, its media and its folder', async () => {
    const { d, drivers, creators } = setup();
    stemcell = await d.stemcells.importStemcell({ cid: stemcellCid(), imagePath: image, cloudProperties: {} });
    const killed = vmCid();
    d.runner.hangNext((args) => args[0] === 'startvm');
    void d.vms.createVm(creation(killed, stemcell));
    await settle();
    expect(machineNames()).toContain(killed);
    expect(marksIn(d.config.store_dir).map((m) => [m?.kind, m?.cid])).toEqual([['vm', killed]]);
    expect(mediaLocations().some((l) => l.includes(killed))).toBe(true);
    creators.killAll();
    const next = vmCid();
    await drivers().vms.createVm(creation(next, stemcell));
    expect(machineNames()).toEqual([stemcell.cid, next].sort());
    expect(mediaLocations().filter((l) => l.includes(killed))).toEqual([]);
    expect(existsSync(path.join(d.config.store_dir, 'vms', killed))).toBe(false);
    expect(marksIn(d.config.store_dir)).toEqual([]);
    expect(Object.keys(sim.state().globalExtradata).filter((k) => k.endsWith(killed))).toEqual([]);
    sim.dispose();
  });

  it('never touches the objects of a creator that is alive, nor those of a finished CID', async () => {
    const { d, drivers } = setup();
    stemcell = await d.stemcells.importStemcell({ cid: stemcellCid(), imagePath: image, cloudProperties: {} });
    const running = vmCid();
    d.runner.hangNext((args) => args[0] === 'startvm');
    void d.vms.createVm(creation(running, stemcell));
    await settle();
    const disk = diskCid();
    await drivers().disks.createDisk(disk, 32, {});
    expect(machineNames()).toContain(running);
    expect(marksIn(d.config.store_dir).map((m) => m?.cid)).toEqual([running]);
    expect(mediaLocations()).toContain(path.join(d.config.store_dir, 'disks', `${disk}.vdi`));
    sim.dispose();
  });

  it('a creator on another host (no record here) counts as alive until its lease ends', async () => {
    const { d, drivers, creators, clock } = setup();
    const disk = diskCid();
    d.runner.hangNext((args) => args[0] === 'createmedium');
    void d.disks.createDisk(disk, 32, {});
    await settle();
    creators.alive.clear(); // the record is on another host: 'unknown'
    await drivers().disks.createDisk(diskCid(), 32, {});
    expect(marksIn(d.config.store_dir)).toHaveLength(1);
    await clock.sleep((CREATION_LEASE_S + 1) * 1000);
    await drivers().disks.createDisk(diskCid(), 32, {});
    expect(marksIn(d.config.store_dir)).toEqual([]);
    sim.dispose();
  });

  it('killed create_stemcell and create_disk calls: each create removes at most SWEEP_LIMIT of them, and nothing remains', async () => {
    const { d, drivers, creators } = setup();
    const sc = stemcellCid();
    d.runner.hangNext((args) => args[0] === 'snapshot');
    void d.stemcells.importStemcell({ cid: sc, imagePath: image, cloudProperties: {} });
    await settle();
    expect(machineNames()).toEqual([sc]);
    for (const disk of [diskCid(), diskCid()]) {
      const one = drivers();
      one.runner.hangNext((args) => args[0] === 'createmedium');
      void one.disks.createDisk(disk, 32, {});
    }
    await settle();
    creators.killAll();
    expect(marksIn(d.config.store_dir)).toHaveLength(3);
    expect(SWEEP_LIMIT).toBeLessThan(3);
    const kept = diskCid();
    await drivers().disks.createDisk(kept, 32, {});
    expect(marksIn(d.config.store_dir)).toHaveLength(3 - SWEEP_LIMIT);
    await drivers().disks.createDisk(diskCid(), 32, {});
    expect(marksIn(d.config.store_dir)).toEqual([]);
    expect(machineNames()).toEqual([]);
    expect(existsSync(path.join(d.config.store_dir, 'stemcells', sc))).toBe(false);
    sim.dispose();
  });

  it('the leftovers of a killed create_vm: what, since when, why; removeAll removes them', async () => {
    const { d, drivers, creators } = setup();
    stemcell = await d.stemcells.importStemcell({ cid: stemcellCid(), imagePath: image, cloudProperties: {} });
    const killed = vmCid();
    d.runner.hangNext((args) => args[0] === 'setextradata' && args[2] === 'bosh-cpi/vm');
    void d.vms.createVm(creation(killed, stemcell));
    await settle();
    const leftovers = drivers().leftovers;
    expect(await leftovers.find()).toEqual([]); // its creator still runs
    creators.killAll();
    const found = await leftovers.find();
    expect(found).toEqual([
      expect.objectContaining({
        what: `vm ${killed}`,
        reason: 'its creating process is dead',
        objects: [
          `machine ${killed} (poweroff)`,
          `file ${path.join(d.config.store_dir, 'vms', killed)}`,
          expect.stringMatching(/\(the mark\)$/),
        ],
      }),
    ]);
    expect(found[0]?.since).toMatch(/^\d{4}-/);
    expect((await leftovers.removeAll()).map((l) => l.what)).toEqual([`vm ${killed}`]);
    expect(machineNames()).toEqual([stemcell.cid]);
    expect(await leftovers.find()).toEqual([]);
    sim.dispose();
  });
});
