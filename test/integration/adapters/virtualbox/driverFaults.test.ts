import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StemcellRecord } from '../../../../src/domain/stemcell/StemcellRecord.js';
import { FakeClock, realClock } from '../../../support/virtualbox/fakes.js';
import { buildStemcellImage, SimulatedVirtualBox } from '../../../support/virtualbox/SimulatedVirtualBox.js';
import { creation, diskCid, nic, stemcellCid, vmCid } from '../../../support/virtualbox/scenario.js';
import { virtualboxDrivers } from '../../../support/virtualbox/virtualboxHarness.js';

// How the driver copes with what VBoxManage does under load and in odd states: session locks,
// objects not ready, errors printed with exit status 0, warnings before the output.
describe('VirtualBox driver under faults (simulated 7.1)', () => {
  let sim: SimulatedVirtualBox;
  let work: string;
  let stemcell: StemcellRecord;

  beforeAll(async () => {
    sim = new SimulatedVirtualBox({ version: '7.1' });
    work = mkdtempSync(path.join(os.tmpdir(), 't-vbox-work-'));
    const d = virtualboxDrivers(sim);
    stemcell = await d.stemcells.importStemcell({ cid: stemcellCid(), imagePath: buildStemcellImage(work), cloudProperties: {} });
  });
  afterAll(() => {
    sim.dispose();
    rmSync(work, { recursive: true, force: true });
  });

  const machineNames = () => Object.values(sim.state().machines).map((m) => m.name);
  const count = (sub: string) => sim.calls().filter((c) => c[0] === sub).length;

  /** Nothing of the VM may remain: no machine, media, folder, or stemcell-user entry. */
  function expectNoTraceOf(vm: string, storeDir: string) {
    expect(machineNames()).not.toContain(vm);
    expect(Object.values(sim.state().media).filter((m) => m.location.includes(vm))).toEqual([]);
    expect(existsSync(path.join(storeDir, 'vms', vm))).toBe(false);
    expect(Object.keys(sim.state().globalExtradata).filter((k) => k.endsWith(`/${vm}`))).toEqual([]);
  }

  it('retries a locked session with pauses on the injected clock, and succeeds', async () => {
    const clock = new FakeClock();
    const d = virtualboxDrivers(sim, { clock });
    const vm = vmCid();
    sim.injectFault({ command: 'modifyvm', kind: 'locked', times: 2, vm });
    sim.clearCalls();
    await d.vms.createVm(creation(vm, stemcell, [nic(0, { type: 'nat' })]));
    expect(count('modifyvm')).toBe(3);
    expect(clock.sleeps).toEqual([100, 200]);
    expect(Object.values(sim.state().machines).find((m) => m.name === vm)?.state).toBe('running');
    await d.vms.deleteVm(vm);
  });

  it('gives up after the bounded attempts, removes everything it made, and says a retry may help', async () => {
    const clock = new FakeClock();
    const d = virtualboxDrivers(sim, { clock });
    const vm = vmCid();
    sim.injectFault({ command: 'modifyvm', kind: 'locked', times: 50, vm });
    sim.clearCalls();
    const error = await d.vms.createVm(creation(vm, stemcell, [])).catch((e: unknown) => e);
    expect(error).toMatchObject({
      kind: 'vm_creation_failed',
      okToRetry: true,
      message: expect.stringContaining('already locked for a session'),
    });
    expect(count('modifyvm')).toBe(d.config.retry.attempts);
    expect(clock.sleeps).toEqual([100, 200, 400, 400, 400]);
    expectNoTraceOf(vm, d.config.store_dir);
    sim.edit((s) => void (s.faults = []));
  });

  it('retries an object that is not ready, but never a fatal error', async () => {
    const d = virtualboxDrivers(sim);
    const vm = vmCid();
    await d.vms.createVm(creation(vm, stemcell, []));
    sim.injectFault({ command: 'showvminfo', kind: 'not-ready', times: 1 });
    await expect(d.vms.hasVm(vm)).resolves.toBe(true);
    sim.injectFault({ command: 'controlvm', kind: 'fatal', times: 1 });
    sim.clearCalls();
    await expect(d.vms.rebootVm(vm)).rejects.toMatchObject({ kind: 'infrastructure', okToRetry: false });
    expect(count('controlvm')).toBe(1);
    await d.vms.deleteVm(vm);
  });

  it('hot-plugs as VirtualBox allows: flags a disk attached to a stopped VM, never a running one', async () => {
    const d = virtualboxDrivers(sim);
    const vm = vmCid();
    const [cold, hot] = [diskCid(), diskCid()];
    await d.vms.createVm(creation(vm, stemcell, []));
    await d.disks.createDisk(cold, 64, {});
    await d.disks.createDisk(hot, 64, {});
    sim.vbox('controlvm', vm, 'poweroff');
    sim.clearCalls();
    await d.disks.attachDisk(vm, cold);
    expect(sim.calls().find((c) => c[0] === 'storageattach')).toEqual(expect.arrayContaining(['--hotpluggable', 'on']));
    await d.vms.rebootVm(vm);
    sim.clearCalls();
    await d.disks.attachDisk(vm, hot);
    expect(sim.calls().find((c) => c[0] === 'storageattach')).not.toContain('--hotpluggable');
    // Both come off the running VM: one was marked while it was off, the other attached hot.
    await d.disks.detachDisk(vm, cold);
    await d.disks.detachDisk(vm, hot);
    await expect(d.disks.attachedDisks(vm)).resolves.toEqual([]);
    await d.vms.deleteVm(vm);
    await d.disks.deleteDisk(cold);
    await d.disks.deleteDisk(hot);
  });

  it('accepts a startvm that exits 1 after saying the VM started', async () => {
    const d = virtualboxDrivers(sim);
    const vm = vmCid();
    sim.injectFault({ command: 'startvm', kind: 'started-exit1', times: 1, vm });
    await d.vms.createVm(creation(vm, stemcell, []));
    expect(Object.values(sim.state().machines).find((m) => m.name === vm)?.state).toBe('running');
    await d.vms.deleteVm(vm);
  });

  it('cleans up when the VM fails to start', async () => {
    const d = virtualboxDrivers(sim);
    const vm = vmCid();
    sim.injectFault({ command: 'startvm', kind: 'fatal', times: 1, vm });
    await expect(d.vms.createVm(creation(vm, stemcell, []))).rejects.toMatchObject({ kind: 'vm_creation_failed' });
    expectNoTraceOf(vm, d.config.store_dir);
  });

  it('fails create_vm whose host-only adapter is missing at start, and leaves nothing', async () => {
    const d = virtualboxDrivers(sim);
    const vm = vmCid();
    await expect(d.vms.createVm(creation(vm, stemcell, [nic(0, { type: 'hostonly', name: 'vboxnet7' })]))).rejects.toMatchObject({
      kind: 'vm_creation_failed',
      message: expect.stringContaining("Nonexistent host networking interface, name 'vboxnet7'"),
    });
    expectNoTraceOf(vm, d.config.store_dir);
  });

  it('treats an error printed with exit status 0 as an error', async () => {
    const d = virtualboxDrivers(sim, { config: { auto_create_networks: true } });
    sim.injectFault({ command: 'hostonlyif', kind: 'exit0-error', times: 1 });
    await expect(d.networks.prepareNetworks([nic(0, { type: 'hostonly', name: 'vboxnet0' })])).rejects.toMatchObject({
      message: expect.stringContaining('failed to open /dev/vboxnetctl'),
    });
    expect(sim.state().hostonlyifs).toEqual([]);
  });

  it('refuses a host-only adapter VirtualBox would name differently, removing the one it made', async () => {
    const d = virtualboxDrivers(sim, { config: { auto_create_networks: true } });
    await expect(
      d.networks.prepareNetworks([nic(0, { type: 'hostonly', name: 'vboxnet3', host_ip: '192.168.60.1' })]),
    ).rejects.toMatchObject({
      kind: 'network_not_found',
      message: expect.stringContaining('"vboxnet0"'),
    });
    expect(sim.state().hostonlyifs).toEqual([]);
    await d.networks.prepareNetworks([nic(0, { type: 'hostonly', name: 'vboxnet0', host_ip: '192.168.60.1', netmask: '255.255.255.0' })]);
    expect(sim.state().hostonlyifs).toMatchObject([{ name: 'vboxnet0', ip: '192.168.60.1', mask: '255.255.255.0' }]);
  });

  it('waits out the session lock a powered-off VM keeps for a moment (real time)', async () => {
    // Long enough to outlast the calls between poweroff and unregistervm on a loaded machine.
    const slow = new SimulatedVirtualBox({ version: '7.1', unlockMs: 2_500 }, work);
    try {
      const d = virtualboxDrivers(slow, { clock: realClock, config: { retry: { attempts: 12, initial_delay_s: 0.1, max_delay_s: 0.8 } } });
      const sc = await d.stemcells.importStemcell({
        cid: stemcellCid(),
        imagePath: buildStemcellImage(mkdtempSync(path.join(work, 'i-'))),
        cloudProperties: {},
      });
      const vm = vmCid();
      await d.vms.createVm(creation(vm, sc, []));
      await d.vms.deleteVm(vm);
      expect(Object.values(slow.state().machines).map((m) => m.name)).not.toContain(vm);
      expect(
        d.logger.lines.some((l) => l.message === 'VBoxManage: retrying' && String(l.fields?.error).includes('while it is locked')),
      ).toBe(true);
    } finally {
      slow.dispose();
    }
  });

  it('retries when another process holds the machine, as parallel VBoxManage calls do (real time)', async () => {
    const busy = new SimulatedVirtualBox({ version: '7.1', sessionMs: 600 }, work);
    try {
      const d = virtualboxDrivers(busy, { clock: realClock });
      const sc = await d.stemcells.importStemcell({
        cid: stemcellCid(),
        imagePath: buildStemcellImage(mkdtempSync(path.join(work, 'i-'))),
        cloudProperties: {},
      });
      const vm = vmCid();
      await d.vms.createVm(creation(vm, sc, []));
      busy.vbox('controlvm', vm, 'poweroff');
      // Another process changes the machine; while it holds the write session, startvm fails.
      const other = spawn(busy.bin, ['modifyvm', vm, '--description', 'held by another process'], { stdio: 'ignore' });
      const otherDone = new Promise((resolve) => other.on('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, 350));
      await d.vms.rebootVm(vm);
      await otherDone;
      const machine = Object.values(busy.state().machines).find((m) => m.name === vm)!;
      expect(machine).toMatchObject({ state: 'running', description: 'held by another process' });
      expect(
        d.logger.lines.some((l) => l.message === 'VBoxManage: retrying' && String(l.fields?.error).includes('already locked by a session')),
      ).toBe(true);
    } finally {
      busy.dispose();
    }
  });

  it.each(['always', 'vboxdrv'] as const)('works when VBoxManage prints the %s warning before every output', async (warn) => {
    const noisy = new SimulatedVirtualBox({ version: '7.1', warn }, work);
    try {
      const d = virtualboxDrivers(noisy, { config: { auto_create_networks: true } });
      await expect(d.session.version()).resolves.toMatchObject({ major: 7, minor: 1 });
      await d.networks.prepareNetworks([nic(0, { type: 'hostonly' }), nic(1, { type: 'natnetwork' })]);
      expect(noisy.vbox('list', 'hostonlyifs')).toMatch(/^WARNING: /);
      await expect(d.vms.hasVm(vmCid())).resolves.toBe(false);
      // The operator learns of it: once in the call's log, at warning level, whole.
      const logged = d.logger.lines.filter((l) => l.level === 'warn' && l.message === 'VBoxManage printed a warning');
      expect(logged).toHaveLength(1);
      expect(String(logged[0]?.fields?.warning)).toMatch(
        warn === 'vboxdrv' ? /kernel module is not loaded[\s\S]*You will not be able to start VMs/ : /LOGNAME or USER/,
      );
    } finally {
      noisy.dispose();
    }
  });

  it('passes LOGNAME and USER, so that 7.0.16+ prints no warning for the CPI', async () => {
    const strictSim = new SimulatedVirtualBox({ version: '7.0.20r163906', warn: 'auto' }, work);
    try {
      const d = virtualboxDrivers(strictSim);
      await d.session.version();
      const out = await d.runner.run(strictSim.bin, ['--version'], { timeoutMs: 30_000 });
      expect(out.stdout).toMatch(/^WARNING: Environment variable LOGNAME or USER/);
      const viaDriver = await d.session.host.run([strictSim.bin, '--version'], { timeoutMs: 30_000 });
      expect(viaDriver.stdout).toBe('7.0.20r163906\n');
    } finally {
      strictSim.dispose();
    }
  });

  it('refuses VirtualBox older than 6.1 with not_supported', async () => {
    const old = new SimulatedVirtualBox({ version: '6.0.24r139119' }, work);
    try {
      await expect(virtualboxDrivers(old).vms.createVm(creation(vmCid(), stemcell, []))).rejects.toMatchObject({
        kind: 'not_supported',
        message: expect.stringContaining('6.0.24'),
      });
    } finally {
      old.dispose();
    }
  });
});
