import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCpi, type CpiRun } from '../../support/runCpi.js';
import { buildStemcellImage, SimulatedVirtualBox } from '../../support/virtualbox/SimulatedVirtualBox.js';

const context = { director_uuid: '5e6c4ba1-1c0d-4b6e-9d2a-0f7e0d3c2a11', request_id: 'cpi-vbox-1' };
const networks = {
  default: {
    type: 'manual',
    ip: '192.168.56.10',
    netmask: '255.255.255.0',
    gateway: '192.168.56.1',
    dns: ['8.8.8.8'],
    default: ['dns', 'gateway'],
    cloud_properties: { type: 'hostonly', name: 'vboxnet0' },
  },
};

// The built `cpi` executable, started as the director starts it (bare environment, request on
// stdin), with the VBoxManage simulator as `bin`. The simulator prints the 7.0.16+ warning line
// before every output here, so the whole stack must cope with it.
describe('the cpi executable on the VirtualBox driver (simulated 7.0)', () => {
  let sim: SimulatedVirtualBox;
  let dir: string;
  let configPath: string;
  let image: string;

  beforeAll(() => {
    sim = new SimulatedVirtualBox({ version: '7.0', warn: 'always', sessionMs: 60 });
    dir = mkdtempSync(path.join(os.tmpdir(), 't-vbox-e2e-'));
    image = buildStemcellImage(dir);
    configPath = path.join(dir, 'cpi.json');
    writeFileSync(
      configPath,
      JSON.stringify({
        driver: 'virtualbox',
        agent: { mbus: 'nats://nats:secret@10.0.0.6:4222', ntp: ['0.pool.ntp.org'] },
        locks: { dir: path.join(dir, 'locks') },
        virtualbox: {
          bin: sim.bin,
          store_dir: path.join(dir, 'store'),
          auto_create_networks: true,
          retry: { attempts: 10, initial_delay_s: 0.1, max_delay_s: 0.4 },
        },
      }),
    );
  });
  afterAll(() => {
    sim.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = async (method: string, args: unknown[], extra: Record<string, unknown> = {}): Promise<CpiRun['response']> => {
    const run = await runCpi({ method, arguments: args, context, api_version: 2, ...extra }, { configPath, timeoutMs: 120_000 });
    expect(run.exitCode).toBe(0);
    expect(Object.keys(run.response).sort()).toEqual(['error', 'log', 'result']);
    return run.response;
  };
  const ok = async (method: string, args: unknown[], extra: Record<string, unknown> = {}) => {
    const response = await call(method, args, extra);
    expect(response.error, `${method}: ${JSON.stringify(response.error)}`).toBeNull();
    return response.result;
  };

  it('answers info without running VBoxManage', async () => {
    expect(await ok('info', [])).toEqual({ api_version: 2, stemcell_formats: ['vsphere-ova', 'vsphere-ovf', 'general-ovf'] });
    expect(sim.calls()).toEqual([]);
  });

  it('serves the whole call sequence of a deployment', async () => {
    const stemcell = (await ok('create_stemcell', [
      image,
      { name: 'bosh-vsphere-esxi-ubuntu-jammy-go_agent', version: '1.0', infrastructure: 'vsphere' },
    ])) as string;
    expect(stemcell).toMatch(/^sc_[0-9a-f]{24}$/);
    const created = (await ok('create_vm', [
      'agent-1',
      stemcell,
      { cpus: 1, memory: 512, ephemeral_disk: 1024 },
      networks,
      [],
      { bosh: { password: '*' } },
    ])) as [string, unknown];
    const vm = created[0];
    expect(vm).toMatch(/^vm_[0-9a-f]{24}$/);
    expect(created[1]).toEqual(networks);
    const machine = Object.values(sim.state().machines).find((m) => m.name === vm)!;
    expect(machine).toMatchObject({ state: 'running', cpus: 1, memory: 512 });
    expect(machine.nics[0]).toMatchObject({ type: 'hostonly', attachment: 'vboxnet0' });
    // The settings the agent will read carry the NIC's MAC and the disk hints of this driver.
    const settings = JSON.parse(machine.extradata['bosh-cpi/vm']!).settings;
    expect(settings.networks.default.mac).toBe(machine.nics[0]!.mac.toLowerCase().match(/../g)!.join(':'));
    expect(settings.disks).toMatchObject({ system: '0', ephemeral: { id: 'BOSHEPHEMERAL' } });
    expect(await ok('has_vm', [vm])).toBe(true);

    const disk = (await ok('create_disk', [1024, {}, vm])) as string;
    const hint = await ok('attach_disk', [vm, disk]);
    expect(hint).toEqual({ id: expect.stringMatching(/^VB[0-9a-f]{8}\*$/) });
    expect(await ok('get_disks', [vm])).toEqual([disk]);
    expect(await ok('set_vm_metadata', [vm, { director: 'bosh', deployment: 'd', index: '0' }])).toBeNull();
    expect(await ok('set_disk_metadata', [disk, { director: 'bosh' }])).toBeNull();

    const shrink = await call('resize_disk', [disk, 512]);
    expect(shrink.error).toMatchObject({ type: 'Bosh::Clouds::NotSupported', ok_to_retry: false });
    const snapshot = await call('snapshot_disk', [disk, {}]);
    expect(snapshot.error).toMatchObject({ type: 'Bosh::Clouds::NotImplemented' });

    await ok('reboot_vm', [vm]);
    expect(Object.values(sim.state().machines).find((m) => m.name === vm)).toMatchObject({ state: 'running', resets: 1 });
    expect(await ok('detach_disk', [vm, disk])).toBeNull();
    expect(await ok('get_disks', [vm])).toEqual([]);
    expect(await ok('resize_disk', [disk, 2048])).toBeNull();
    expect(await ok('delete_vm', [vm])).toBeNull();
    expect(await ok('has_vm', [vm])).toBe(false);
    const missing = await call('reboot_vm', [vm]);
    expect(missing.error).toMatchObject({ type: 'Bosh::Clouds::VMNotFound' });
    expect(await ok('has_disk', [disk])).toBe(true);
    expect(await ok('delete_disk', [disk])).toBeNull();
    expect(await ok('has_disk', [disk])).toBe(false);
    expect(await ok('delete_stemcell', [stemcell])).toBeNull();
    expect(Object.values(sim.state().machines).map((m) => m.name)).toEqual([]);
  });

  it('creates and deletes VMs of one stemcell in parallel processes (file locks order the clones)', async () => {
    const stemcell = (await ok('create_stemcell', [image, {}])) as string;
    const results = await Promise.all(
      ['a', 'b', 'c'].map((agent) =>
        ok('create_vm', [`agent-${agent}`, stemcell, { cpus: 1, memory: 256, ephemeral_disk: 64 }, networks, [], {}]),
      ),
    );
    const vms = results.map((r) => (r as [string])[0]);
    expect(new Set(vms).size).toBe(3);
    const running = Object.values(sim.state().machines).filter((m) => vms.includes(m.name as never) && m.state === 'running');
    expect(running).toHaveLength(3);
    await Promise.all(vms.map((vm) => ok('delete_vm', [vm])));
    expect(await ok('delete_stemcell', [stemcell])).toBeNull();
    expect(Object.values(sim.state().machines).map((m) => m.name)).toEqual([]);
  });

  it('reports a broken config as a CpiError without running VBoxManage', async () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ driver: 'virtualbox', virtualbox: { host: 'vbox.example' } }));
    sim.clearCalls();
    const run = await runCpi({ method: 'has_vm', arguments: ['vm_000000000000000000000000'], context }, { configPath: bad });
    expect(run.response.error).toMatchObject({ type: 'Bosh::Clouds::CpiError', message: expect.stringContaining('known_hosts') });
    expect(sim.calls()).toEqual([]);
  });
});
