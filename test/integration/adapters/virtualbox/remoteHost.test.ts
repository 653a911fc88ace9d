import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoopbackSshd } from '../../../support/LoopbackSshd.js';
import { buildStemcellImage, SimulatedVirtualBox } from '../../../support/virtualbox/SimulatedVirtualBox.js';
import { creation, diskCid, nic, stemcellCid, vmCid } from '../../../support/virtualbox/scenario.js';
import { virtualboxDrivers } from '../../../support/virtualbox/virtualboxHarness.js';

// The driver with `host` set: every VBoxManage call, file write and the stemcell upload go
// through the system ssh client to an sshd on a loopback port that runs the simulator.
describe('VirtualBox driver on a remote host over SSH (simulated 7.0)', () => {
  const sshd = new LoopbackSshd();
  let sim: SimulatedVirtualBox;
  let work: string;
  // `~` is expanded on the remote side, from the remote user's $HOME.
  const storeName = `.t-vbox-remote-${randomBytes(4).toString('hex')}`;
  const remote = () => ({
    host: '127.0.0.1',
    port: sshd.port,
    user: sshd.user,
    private_key: sshd.clientKey,
    known_hosts: sshd.knownHostsLine,
    store_dir: `~/${storeName}`,
  });

  beforeAll(async () => {
    await sshd.start();
    sim = new SimulatedVirtualBox({ version: '7.0' });
    work = mkdtempSync(path.join(os.tmpdir(), 't-vbox-work-'));
  });
  afterAll(() => {
    sshd.stop();
    sim?.dispose();
    rmSync(work, { recursive: true, force: true });
    rmSync(path.join(os.homedir(), storeName), { recursive: true, force: true });
  });

  it('runs the whole lifecycle through ssh and scp', async () => {
    const d = virtualboxDrivers(sim, { config: { ...remote(), auto_create_networks: true } });
    const stemcell = await d.stemcells.importStemcell({ cid: stemcellCid(), imagePath: buildStemcellImage(work), cloudProperties: {} });
    expect(stemcell.sizeBytes).toBe(5120 * 2 ** 20);
    const vm = vmCid();
    const nics = [nic(0, { type: 'hostonly' }, '02:00:00:00:00:aa')];
    await d.networks.prepareNetworks(nics);
    const c = creation(vm, stemcell, nics);
    await d.vms.createVm(c);
    const store = path.join(os.homedir(), storeName);
    const machine = Object.values(sim.state().machines).find((m) => m.name === vm)!;
    expect(machine.state).toBe('running');
    const iso = sim.state().media[machine.attachments.find((a) => a.kind === 'dvddrive')!.medium!]!.location;
    expect(iso.startsWith(path.join(store, 'vms', vm))).toBe(true);
    expect(readFileSync(iso, 'utf8')).toContain(JSON.stringify(c.settings));
    const disk = diskCid();
    await d.disks.createDisk(disk, 512, {});
    await expect(d.disks.attachDisk(vm, disk)).resolves.toMatchObject({ id: expect.stringMatching(/^VB[0-9a-f]{8}\*$/) });
    await d.vms.deleteVm(vm);
    expect(existsSync(path.join(store, 'disks', `${disk}.vdi`))).toBe(true);
    expect(existsSync(path.join(store, 'vms', vm))).toBe(false);
    await d.disks.deleteDisk(disk);
    await d.stemcells.deleteStemcell(stemcell.cid);
    expect(Object.keys(sim.state().machines)).toEqual([]);
    // Nothing ran VBoxManage locally: every call went through ssh (and the upload through scp).
    expect(new Set(d.runner.calls.map((c) => c.bin))).toEqual(new Set(['ssh', 'scp']));
    // One multiplexed connection, ended with the session: no ssh master outlives the call.
    await d.session.close();
    const exit = d.runner.calls.at(-1)!;
    expect(exit.args).toEqual(expect.arrayContaining(['-O', 'exit']));
  });

  it('accepts the private key and known_hosts as contents instead of paths', async () => {
    const d = virtualboxDrivers(sim, { config: { ...remote(), private_key: readFileSync(sshd.clientKey, 'utf8') } });
    await expect(d.vms.hasVm(vmCid())).resolves.toBe(false);
    await d.session.close();
  });

  it('stops at a host key it does not know, and never falls back to trusting it', async () => {
    const stranger = `[127.0.0.1]:${sshd.port} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl`;
    const d = virtualboxDrivers(sim, { config: { ...remote(), known_hosts: stranger } });
    await expect(d.vms.hasVm(vmCid())).rejects.toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/host key/i) });
    const none = virtualboxDrivers(sim, { config: { ...remote(), known_hosts: path.join(work, 'empty_known_hosts') } });
    await expect(none.vms.hasVm(vmCid())).rejects.toMatchObject({ kind: 'unavailable' });
    await d.session.close();
    await none.session.close();
  });
});
