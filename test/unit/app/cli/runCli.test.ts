import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { StderrLogger } from '../../../../src/adapters/system/StderrLogger.js';
import { runCli } from '../../../../src/app/cli/runCli.js';
import { writeStemcellImage } from '../../../support/stemcellImage.js';

const VM = `vm_${'0'.repeat(24)}`;

describe('runCli (in process)', () => {
  let dir: string;
  let config: string;
  let state: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cpi-cli-'));
    config = join(dir, 'cpi.json');
    state = join(dir, 'state.json');
    await writeFile(config, JSON.stringify({ driver: 'memory', memory: { state_file: state }, agent: { mbus: 'nats://10.0.0.6:4222' } }));
  });
  const call = (stdin: unknown, argv = ['--config', config]) =>
    runCli({ argv, stdin: typeof stdin === 'string' ? stdin : JSON.stringify(stdin), logger: new StderrLogger({ write: null }) });
  const request = (method: string, args: unknown[], extra: Record<string, unknown> = {}) => ({
    method,
    arguments: args,
    context: { director_uuid: 'u' },
    ...extra,
  });

  it('answers info with api_version 2 and the driver formats', async () => {
    const response = await call(request('info', []));
    expect(response).toMatchObject({
      result: { api_version: 2, stemcell_formats: expect.arrayContaining(['openstack-qcow2', 'vsphere-ovf']) },
      error: null,
    });
    expect(response.log).toContain('info called');
  });

  it.each([
    ['malformed JSON', '{"method": "info",', 'Bosh::Clouds::CpiError', /not valid JSON/],
    ['a missing method', { arguments: [], context: {} }, 'Bosh::Clouds::CpiError', /method: /],
    ['non-array arguments', { method: 'has_vm', arguments: { vm: 1 }, context: {} }, 'Bosh::Clouds::CpiError', /arguments: /],
    ['a non-object context', { method: 'info', arguments: [], context: 'x' }, 'Bosh::Clouds::CpiError', /context: /],
    ['a wrong argument type', request('has_vm', [42]), 'Bosh::Clouds::CpiError', /has_vm: argument 1 \(vm_cid\): .*expected string/],
    ['a missing argument', request('attach_disk', [VM]), 'Bosh::Clouds::CpiError', /attach_disk: argument 2 \(disk_cid\)/],
    ['too many arguments', request('has_vm', [VM, 'extra']), 'Bosh::Clouds::CpiError', /has_vm takes 1 argument \(vm_cid\), got 2/],
    ['an unknown method', request('launch_rockets', []), 'Bosh::Clouds::NotImplemented', /unknown method "launch_rockets"/],
    ['an invalid VM CID', request('reboot_vm', ['../../etc/passwd']), 'Bosh::Clouds::VMNotFound', /not a CID this CPI makes/],
    ['an invalid disk CID', request('set_disk_metadata', ['<disk/>', {}]), 'Bosh::Clouds::DiskNotFound', /not a CID this CPI makes/],
    ['an unknown VM', request('get_disks', [VM]), 'Bosh::Clouds::VMNotFound', new RegExp(`${VM} does not exist`)],
    [
      'a bad cloud property',
      request('create_vm', ['a', `sc_${'0'.repeat(24)}`, { cpus: 'many' }, {}, [], {}]),
      'Bosh::Clouds::CpiError',
      /cpus must be an integer/,
    ],
    ['current_vm_id', request('current_vm_id', []), 'Bosh::Clouds::NotImplemented', /self-snapshots/],
    ['configure_networks', request('configure_networks', [VM, {}]), 'Bosh::Clouds::NotSupported', /recreates the VM/],
  ])('answers %s with a well-formed error and changes nothing', async (_name, stdin, type, message) => {
    const response = await call(stdin);
    expect(response.result).toBeNull();
    expect(response.error).toEqual({ type, message: expect.stringMatching(message), ok_to_retry: false });
    expect(typeof response.log).toBe('string');
    await expect(readFile(state, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('answers config problems with CpiError naming the problem', async () => {
    const missing = await call(request('info', []), ['--config', join(dir, 'nope.json')]);
    expect(missing.error).toMatchObject({ type: 'Bosh::Clouds::CpiError', message: expect.stringContaining('nope.json') });
    await writeFile(config, '{"driver":');
    expect((await call(request('info', []))).error?.message).toMatch(/not valid JSON/);
    await writeFile(config, '{"driver":"xen"}');
    expect((await call(request('info', []))).error?.message).toMatch(/driver: /);
    expect((await call(request('info', []), [])).error?.message).toMatch(/--config PATH/);
  });

  it('lets the request context override the config file', async () => {
    const response = await call(request('info', [], { context: { driver: 'memory', memory: { lock_timeout_s: 'soon' } } }));
    expect(response.error?.message).toMatch(/memory\.lock_timeout_s/);
  });

  it('shapes create_vm and attach_disk by API version', async () => {
    const image = await writeStemcellImage('openstack', dir);
    const stemcell = (await call(request('create_stemcell', [image, null]))).result as string;
    const networks = { net: { type: 'manual', ip: '10.0.0.5', netmask: '255.255.255.0', gateway: '10.0.0.1', cloud_properties: null } };
    const v1 = await call(request('create_vm', ['agent-1', stemcell, null, networks, null, null]));
    expect(v1.result).toMatch(/^vm_[0-9a-f]{24}$/);
    const v2 = await call(request('create_vm', ['agent-2', stemcell, {}, networks, [], {}], { api_version: 2 }));
    expect(v2.result).toEqual([
      expect.stringMatching(/^vm_/),
      { net: { type: 'manual', ip: '10.0.0.5', netmask: '255.255.255.0', gateway: '10.0.0.1' } },
    ]);
    const disk = (await call(request('create_disk', [10, null, null]))).result as string;
    const vmCid = (v2.result as string[])[0];
    expect((await call(request('attach_disk', [v1.result, disk]))).result).toBeNull();
    await call(request('detach_disk', [v1.result, disk]));
    const hint = await call(request('attach_disk', [vmCid, disk], { api_version: 2 }));
    expect(hint.result).toEqual({ id: disk, volume_id: '1', lun: '0' });
  });
});
