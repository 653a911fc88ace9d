import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIRECTOR_ERROR_TYPES } from '../support/directorErrorTypes.js';
import { runCpi } from '../support/runCpi.js';
import { writeStemcellImage } from '../support/stemcellImage.js';

const context = { director_uuid: '5e6c4ba1-1c0d-4b6e-9d2a-0f7e0d3c2a11', request_id: 'cpi-482913' };

describe('the cpi executable, started as the director starts it', () => {
  let dir: string;
  let configPath: string;
  let stateFile: string;
  let image: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cpi-e2e-'));
    configPath = join(dir, 'cpi.json');
    stateFile = join(dir, 'state.json');
    image = await writeStemcellImage('openstack', dir);
    await writeFile(
      configPath,
      JSON.stringify({
        driver: 'memory',
        memory: { state_file: stateFile },
        agent: { mbus: 'nats://10.0.0.6:4222', ntp: ['0.pool.ntp.org'] },
      }),
    );
  });

  /** One call, checked against the response rules every call must keep (docs/cpi-protocol.md §3.1, §10). */
  const call = async (method: string, args: unknown, extra: Record<string, unknown> = {}) => {
    const run = await runCpi({ method, arguments: args, context, ...extra }, { configPath });
    expectWellFormed(run);
    return run.response;
  };
  const expectWellFormed = (run: Awaited<ReturnType<typeof runCpi>>) => {
    expect(run.exitCode).toBe(0);
    expect(Object.keys(run.response).sort()).toEqual(['error', 'log', 'result']);
    expect(typeof run.response.log).toBe('string');
    expect(run.stdout.trim()).toBe(JSON.stringify(run.response));
    if (run.response.error) {
      expect(run.response.result).toBeNull();
      expect(DIRECTOR_ERROR_TYPES).toContain(run.response.error.type);
      expect(typeof run.response.error.message).toBe('string');
      expect(typeof run.response.error.ok_to_retry).toBe('boolean');
    }
  };

  it('answers info with no api_version, with 1 and with 2, in the bare environment', async () => {
    for (const version of [undefined, 1, 2]) {
      const response = await call('info', [], version === undefined ? {} : { api_version: version });
      expect(response.result).toEqual({
        api_version: 2,
        stemcell_formats: ['openstack-qcow2', 'openstack-raw', 'vsphere-ova', 'vsphere-ovf', 'general-ovf'],
      });
      expect(response.error).toBeNull();
    }
  });

  it('answers info the same under the old bosh-cli isolated environment and with the config positional or as -configPath', async () => {
    const env = { BOSH_PACKAGES_DIR: '/nonexistent', BOSH_JOBS_DIR: '/nonexistent', PATH: '/usr/local/bin:/usr/bin:/bin:/sbin' };
    for (const argv of [['-configPath', configPath], [configPath], [`--config=${configPath}`]]) {
      const run = await runCpi(
        { method: 'info', arguments: [], context: { director_uuid: 'x', vm: { stemcell: {} } }, api_version: 1 },
        { argv, env },
      );
      expectWellFormed(run);
      expect(run.response.result).toMatchObject({ api_version: 2 });
    }
  });

  it('logs to stderr and into log, and writes nothing but the response to stdout', async () => {
    const run = await runCpi({ method: 'has_vm', arguments: [`vm_${'0'.repeat(24)}`], context }, { configPath });
    expectWellFormed(run);
    expect(run.stderr).toContain('[cpi-482913] has_vm called');
    expect(run.response.log).toContain('[cpi-482913] has_vm called');
  });

  it.each([
    ['malformed JSON', '{"method":"info"', 'Bosh::Clouds::CpiError', 'not valid JSON'],
    ['an empty request', '', 'Bosh::Clouds::CpiError', 'not valid JSON'],
    ['a missing method', { arguments: [], context }, 'Bosh::Clouds::CpiError', 'method'],
    ['non-array arguments', { method: 'has_vm', arguments: 'vm_x', context }, 'Bosh::Clouds::CpiError', 'arguments'],
    ['missing arguments', { method: 'has_vm', context }, 'Bosh::Clouds::CpiError', 'arguments'],
    [
      'a wrong argument type',
      { method: 'create_disk', arguments: ['ten', {}, null], context },
      'Bosh::Clouds::CpiError',
      'argument 1 (size)',
    ],
    ['an unknown method', { method: 'make_coffee', arguments: [], context }, 'Bosh::Clouds::NotImplemented', 'make_coffee'],
    ['an invalid CID', { method: 'reboot_vm', arguments: ['vm_../../etc'], context }, 'Bosh::Clouds::VMNotFound', 'vm_../../etc'],
    [
      'an invalid disk CID',
      { method: 'attach_disk', arguments: [`vm_${'0'.repeat(24)}`, "<disk id='x'/>"], context },
      'Bosh::Clouds::DiskNotFound',
      "<disk id='x'/>",
    ],
  ])('answers %s with a well-formed error naming the problem, and changes no state', async (_name, request, type, named) => {
    const before = await readFile(stateFile, 'utf8').catch(() => 'absent');
    const run = await runCpi(request, { configPath });
    expectWellFormed(run);
    expect(run.response.error?.type).toBe(type);
    expect(run.response.error?.message).toContain(named);
    expect(await readFile(stateFile, 'utf8').catch(() => 'absent')).toBe(before);
  });

  it('answers an unreadable or invalid config with CpiError naming the problem', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ driver: 'memory', agent: { ntp: 'not-a-list' }, extra: 1 }));
    for (const [path, named] of [
      [join(dir, 'missing.json'), 'missing.json'],
      [bad, 'agent.ntp'],
      [dir, 'EISDIR'],
    ] as const) {
      const run = await runCpi({ method: 'has_vm', arguments: ['vm_0123456789abcdef01234567'], context }, { configPath: path });
      expectWellFormed(run);
      expect(run.response.error).toMatchObject({ type: 'Bosh::Clouds::CpiError', message: expect.stringContaining(named) });
    }
    const none = await runCpi({ method: 'info', arguments: [], context }, { argv: [] });
    expect(none.response.error?.message).toContain('--config PATH');
    // info answers from the driver's name alone (src/app/cli/answerInfoQuickly.ts): the director
    // requires info to succeed, and the config's problem then shows on the call that uses it.
    const info = await runCpi({ method: 'info', arguments: [], context }, { configPath: bad });
    expect(info.response).toMatchObject({ result: { api_version: 2 }, error: null });
  });

  it('runs the whole call sequence, one process per call, on a state file', async () => {
    const v2 = { api_version: 2, context: { ...context, vm: { stemcell: { api_version: 3 } } } };
    const stemcell = (await call('create_stemcell', [image, { name: 'bosh-openstack-kvm-ubuntu-noble', version: '1.1' }])).result as string;
    expect(stemcell).toMatch(/^sc_[0-9a-f]{24}$/);
    const networks = {
      default: {
        type: 'manual',
        ip: '10.0.0.10',
        netmask: '255.255.255.0',
        gateway: '10.0.0.1',
        dns: ['10.0.0.2'],
        default: ['dns', 'gateway'],
        cloud_properties: { name: 'default' },
      },
    };
    const created = (
      await call(
        'create_vm',
        [
          '2b0f7d5e-6a1c-4c1e-9d44-0b8c7a6f1e21',
          stemcell,
          { cpus: 2, memory: 2048, ephemeral_disk: 10240 },
          networks,
          [],
          { bosh: { password: '$6$' } },
        ],
        v2,
      )
    ).result as [string, unknown];
    expect(created).toEqual([expect.stringMatching(/^vm_[0-9a-f]{24}$/), networks]);
    const vm = created[0];
    expect((await call('has_vm', [vm], v2)).result).toBe(true);
    expect((await call('set_vm_metadata', [vm, { name: 'router/0', deployment: 'cf' }], v2)).result).toBeNull();
    const disk = (await call('create_disk', [2048, {}, vm], v2)).result as string;
    expect(disk).toMatch(/^disk_[0-9a-f]{15}$/);
    expect((await call('attach_disk', [vm, disk], v2)).result).toEqual({ id: disk, volume_id: '1', lun: '0' });
    expect((await call('get_disks', [vm], v2)).result).toEqual([disk]);
    expect((await call('detach_disk', [vm, disk], v2)).result).toBeNull();
    expect((await call('get_disks', [vm], v2)).result).toEqual([]);
    expect((await call('delete_vm', [vm], v2)).result).toBeNull();
    expect((await call('has_vm', [vm], v2)).result).toBe(false);
    expect((await call('has_disk', [disk], v2)).result).toBe(true);
    expect((await call('delete_disk', [disk], v2)).result).toBeNull();
    expect((await call('delete_stemcell', [stemcell], v2)).result).toBeNull();
    expect(JSON.parse(await readFile(stateFile, 'utf8'))).toEqual({ stemcells: {}, vms: {}, disks: {}, snapshots: {} });
  });

  it('keeps the v1 shapes when the request names no api_version', async () => {
    const stemcell = (await call('create_stemcell', [image, null])).result as string;
    const vm = (await call('create_vm', ['agent', stemcell, null, { net: { type: 'dynamic' } }, null, null])).result;
    expect(vm).toMatch(/^vm_[0-9a-f]{24}$/);
    const disk = (await call('create_disk', [10, null, null])).result as string;
    expect((await call('attach_disk', [vm, disk])).result).toBeNull();
    expect((await call('get_disks', [vm])).result).toEqual([disk]);
    await call('delete_vm', [vm]);
    await call('delete_disk', [disk]);
    await call('delete_stemcell', [stemcell]);
  });

  it('loses no write when the director runs many calls at once', async () => {
    const runs = await Promise.all(
      Array.from({ length: 6 }, () => runCpi({ method: 'create_disk', arguments: [1, {}, null], context }, { configPath })),
    );
    const disks = runs.map((run) => run.response.result as string);
    expect(new Set(disks).size).toBe(6);
    const state = JSON.parse(await readFile(stateFile, 'utf8')) as { disks: Record<string, unknown> };
    for (const disk of disks) expect(state.disks).toHaveProperty(disk);
    await Promise.all(disks.map((disk) => runCpi({ method: 'delete_disk', arguments: [disk], context }, { configPath })));
    expect(JSON.parse(await readFile(stateFile, 'utf8')).disks).toEqual({});
  });

  it('does not cut a large response short on a pipe', async () => {
    const big = Object.fromEntries(
      Array.from({ length: 2000 }, (_, index) => [
        `network-${index}`,
        { type: 'vip', ip: `10.${index >> 8}.${index & 255}.1`, cloud_properties: { padding: 'x'.repeat(100) } },
      ]),
    );
    const stemcell = (await call('create_stemcell', [image, null])).result as string;
    const run = await runCpi(
      { method: 'create_vm', arguments: ['agent', stemcell, {}, big, [], {}], context, api_version: 2 },
      { configPath },
    );
    expectWellFormed(run);
    expect(run.stdout.length).toBeGreaterThan(300_000);
    expect(Object.keys((run.response.result as [string, object])[1])).toHaveLength(2000);
    await call('delete_vm', [(run.response.result as string[])[0]]);
    await call('delete_stemcell', [stemcell]);
  });
});
