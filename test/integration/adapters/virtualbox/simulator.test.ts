import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module of the simulator, without type declarations
import { FIXTURES, VERSIONS, runScenario } from '../../../support/vboxsim/fixtureScenario.mjs';
import { SimulatedVirtualBox } from '../../../support/virtualbox/SimulatedVirtualBox.js';

const run = promisify(execFile);

describe('the VBoxManage simulator', () => {
  it.each(VERSIONS as string[])('prints exactly the %s fixtures the parser tests read', (version) => {
    const outputs = runScenario(version) as Map<string, string>;
    expect(outputs.size).toBeGreaterThan(15);
    for (const [file, output] of outputs) {
      expect(output, `${version}/${file}`).toBe(readFileSync(path.join(FIXTURES as string, version, file), 'utf8'));
    }
  });

  const sims: SimulatedVirtualBox[] = [];
  afterAll(() => sims.forEach((s) => s.dispose()));

  it('keeps its state consistent under concurrent processes', async () => {
    const sim = new SimulatedVirtualBox({ version: '7.0' });
    sims.push(sim);
    sim.vbox('list', 'vms');
    const files = Array.from({ length: 6 }, (_, i) => path.join(sim.dir, `d${i}.vdi`));
    await Promise.all(files.map((f) => run(sim.bin, ['createmedium', 'disk', '--filename', f, '--size', '16', '--format', 'VDI'])));
    expect(
      Object.values(sim.state().media)
        .map((m) => m.location)
        .sort(),
    ).toEqual(files.sort());
  });

  it('answers not-found, syntax and lock errors with the exit codes VBoxManage uses', async () => {
    const sim = new SimulatedVirtualBox({ version: '6.1' });
    sims.push(sim);
    const fail = (args: string[]) =>
      run(sim.bin, args).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => e,
      );
    expect(await fail(['showvminfo', 'nope', '--machinereadable'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("Could not find a registered machine named 'nope'"),
    });
    expect(await fail(['modifyvm', 'nope', '--audio-driver', 'none'])).toMatchObject({ code: 1 });
    sim.vbox('natnetwork', 'add', '--netname', 'n', '--network', '10.0.9.0/24');
    expect(await fail(['natnetwork', 'add', '--netname', 'n', '--network', '10.0.9.0/24'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('already exists'),
    });
    expect(await fail(['natnetwork', 'list'])).toMatchObject({ code: 2 });
  });

  it('has host-only networks on macOS with VirtualBox 7 only, and no host-only adapters there', async () => {
    const mac = new SimulatedVirtualBox({ version: '7.1', host: 'macos' });
    const linux = new SimulatedVirtualBox({ version: '7.1' });
    const oldMac = new SimulatedVirtualBox({ version: '6.1', host: 'macos' });
    sims.push(mac, linux, oldMac);
    const fail = (sim: SimulatedVirtualBox, args: string[]) =>
      run(sim.bin, args).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => e,
      );
    // VBoxManageHostonly.cpp, handleNetAdd: every option is mandatory (errorArgument: exit 2); success prints nothing.
    expect(
      await fail(mac, ['hostonlynet', 'add', '--name', 'n1', '--netmask', '255.255.255.0', '--lower-ip', '192.168.60.0']),
    ).toMatchObject({ code: 2, stderr: expect.stringContaining('The --upper-ip parameter must be specified') });
    expect(
      mac.vbox(
        'hostonlynet',
        'add',
        '--name',
        'n1',
        '--netmask',
        '255.255.255.0',
        '--lower-ip',
        '192.168.60.0',
        '--upper-ip',
        '192.168.60.0',
        '--enable',
      ),
    ).toBe('');
    expect(
      await fail(mac, [
        'hostonlynet',
        'add',
        '--name',
        'n1',
        '--netmask',
        '255.255.255.0',
        '--lower-ip',
        '192.168.60.0',
        '--upper-ip',
        '192.168.60.0',
      ]),
    ).toMatchObject({ code: 1, stderr: expect.stringContaining('already exists') });
    expect(mac.vbox('list', 'hostonlynets')).toMatch(/^Name: {12}n1\nGUID: {12}[0-9a-f-]{36}\n\nState: {11}Enabled\n/);
    expect(await fail(mac, ['hostonlyif', 'create'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('failed to open /dev/vboxnetctl'),
    });
    expect(mac.vbox('list', 'hostonlyifs')).toBe('');
    expect(await fail(mac, ['hostonlynet', 'remove', '--name', 'nope'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('VBOX_E_OBJECT_NOT_FOUND'),
    });
    for (const other of [linux, oldMac]) {
      expect(await fail(other, ['list', 'hostonlynets'])).toMatchObject({ code: 2 });
      expect(await fail(other, ['hostonlynet', 'add', '--name', 'n1'])).toMatchObject({ code: 2 });
      expect(other.vbox('hostonlyif', 'create')).toContain("Interface 'vboxnet0' was successfully created");
    }
  });

  it('speaks as VBoxManage.exe on Windows, with Windows paths for its machine folder', async () => {
    const sim = new SimulatedVirtualBox({ version: '6.1', host: 'windows' });
    sims.push(sim);
    const error = await run(sim.bin, ['showvminfo', 'nope', '--machinereadable']).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error).toMatchObject({ code: 1 });
    expect(
      error!.stderr
        .split('\n')
        .filter((l) => l !== '')
        .every((l) => l.startsWith('VBoxManage.exe: error: ')),
    ).toBe(true);
    expect(error!.stderr).toContain('callee IUnknown');
  });

  it('follows VirtualBox hot-plug rules: SATA only, flag set by a hot attach, unplug needs it', async () => {
    const sim = new SimulatedVirtualBox({ version: '7.1' });
    sims.push(sim);
    const fail = (args: string[]) =>
      run(sim.bin, args).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => e,
      );
    sim.edit((s) => {
      s.machines.u = {
        uuid: 'u',
        name: 'vm',
        folder: sim.dir,
        state: 'running',
        memory: 512,
        cpus: 1,
        firmware: 'bios',
        description: '',
        controllers: [
          { name: 'SATA', bus: 'sata', portcount: 4, type: 'IntelAhci', instance: 0, maxPorts: 30, bootable: true },
          { name: 'SCSI', bus: 'scsi', portcount: 16, type: 'LsiLogic', instance: 0, maxPorts: 16, bootable: true },
        ] as never,
        attachments: [],
        nics: [],
        extradata: {},
        snapshots: [],
      } as never;
    });
    const disk = (n: number) => path.join(sim.dir, `d${n}.vdi`);
    for (const n of [1, 2, 3]) sim.vbox('createmedium', 'disk', '--filename', disk(n), '--size', '8');
    expect(
      await fail(['storageattach', 'vm', '--storagectl', 'SCSI', '--port', '1', '--device', '0', '--type', 'hdd', '--medium', disk(1)]),
    ).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("Controller 'SCSI' does not support hot-plugging"),
    });
    sim.vbox('storageattach', 'vm', '--storagectl', 'SATA', '--port', '1', '--device', '0', '--type', 'hdd', '--medium', disk(1));
    expect(sim.state().machines.u!.attachments[0]).toMatchObject({ port: 1, hotpluggable: true });
    expect(
      await fail([
        'storageattach',
        'vm',
        '--storagectl',
        'SATA',
        '--port',
        '2',
        '--device',
        '0',
        '--type',
        'hdd',
        '--medium',
        disk(2),
        '--hotpluggable',
        'on',
      ]),
    ).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Invalid machine state: Running'),
    });
    // VBoxManage attached before it failed to set the flag.
    expect(sim.state().machines.u!.attachments.map((a) => a.port)).toEqual([1, 2]);
    sim.edit(
      (s) =>
        void s.machines.u!.attachments.push({ controller: 'SATA', port: 3, device: 0, kind: 'hdd', medium: null, hotpluggable: false }),
    );
    expect(
      await fail(['storageattach', 'vm', '--storagectl', 'SATA', '--port', '3', '--device', '0', '--type', 'hdd', '--medium', 'none']),
    ).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("The device slot 0 on port 3 of controller 'SATA' does not support hot-plugging"),
    });
    sim.vbox('storageattach', 'vm', '--storagectl', 'SATA', '--port', '1', '--device', '0', '--type', 'hdd', '--medium', 'none');
  });
});
