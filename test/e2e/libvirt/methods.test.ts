import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LibvirtClient } from '../../../src/adapters/libvirt/rpc/index.js';
import { call, ok, writeLibvirtConfig } from '../../support/libvirt/cpiProcess.js';
import { buildStemcellImage } from '../../support/libvirt/stemcellFixtures.js';
import { leftovers, testPool } from '../../support/libvirt/testPool.js';

/**
 * Every CPI method through the built executable against the real daemon, one process per call
 * (docs/cpi-protocol.md §1.1), VMs without an OS under QEMU.
 */
const pool = testPool('libvirt-e2e');
let dir: string;
let config: string;
const vmProps = { cpus: 1, memory: 128, ephemeral_disk: 32 };
const networks = {
  default: {
    type: 'manual',
    ip: '192.168.122.50',
    netmask: '255.255.255.0',
    gateway: '192.168.122.1',
    default: ['dns', 'gateway'],
    dns: ['192.168.122.1'],
    cloud_properties: {},
  },
};
const stemcellContext = { vm: { stemcell: { api_version: 3 } } };

async function domainXml(name: string, inactive = false): Promise<string> {
  const client = await LibvirtClient.connect('qemu:///system');
  try {
    return await (await client.lookupDomainByName(name)).getXMLDesc(inactive ? 2 : 0);
  } finally {
    await client.close();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 't-libvirt-e2e-'));
  config = writeLibvirtConfig(dir, pool.libvirtConfig);
});
afterAll(async () => {
  await pool.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('the libvirt driver through the cpi executable', () => {
  it('info lists the formats it imports, without touching the daemon', async () => {
    const unreachable = writeLibvirtConfig(dir, { ...pool.libvirtConfig, uri: 'qemu+tcp://192.0.2.1/system' }, 'unreachable.json');
    expect(await ok(unreachable, 'info', [])).toEqual({
      api_version: 2,
      stemcell_formats: ['openstack-qcow2', 'openstack-raw', 'vsphere-ova', 'vsphere-ovf'],
    });
  });

  it('the whole life of a VM: every method, one process each', async () => {
    // stemcells of both formats
    const openstack = await ok<string>(config, 'create_stemcell', [buildStemcellImage(dir, 'openstack-qcow2', 16), { name: 'x' }]);
    const vsphere = await ok<string>(config, 'create_stemcell', [buildStemcellImage(dir, 'vsphere', 16), { name: 'y' }]);
    expect(openstack).toMatch(/^sc_[0-9a-f]{24}$/);

    // create_vm (API v2: [cid, networks]), with the vSphere stemcell: env CD-ROM
    const [vm, echoed] = await ok<[string, unknown]>(
      config,
      'create_vm',
      ['agent-e2e', vsphere, vmProps, networks, [], { bosh: { group: 'g' } }],
      stemcellContext,
    );
    expect(vm).toMatch(/^vm_[0-9a-f]{24}$/);
    expect(echoed).toEqual(networks);
    expect(await ok(config, 'has_vm', [vm])).toBe(true);
    const xml = await domainXml(vm);
    expect(xml).toMatch(/<mac address='52:54:00:[0-9a-f:]{8}'\/>/);
    expect(xml).toContain(`volume='${vm}-settings.iso'`);
    expect(xml).toContain("<target dev='hdc' bus='ide'/>");

    // metadata and title
    expect(await ok(config, 'set_vm_metadata', [vm, { name: 'router/0', deployment: 'cf', index: 0 }])).toBeNull();
    expect(await domainXml(vm)).toContain('<title>router/0</title>');

    // persistent disks
    const disk = await ok<string>(config, 'create_disk', [64, {}, vm]);
    expect(await ok(config, 'has_disk', [disk])).toBe(true);
    const hint = await ok(config, 'attach_disk', [vm, disk], stemcellContext);
    expect(hint).toEqual({ id: disk, volume_id: '0', lun: '0' });
    expect(await domainXml(vm)).toContain(`<serial>${disk}</serial>`);
    expect(await ok(config, 'get_disks', [vm])).toEqual([disk]);
    expect(await ok(config, 'set_disk_metadata', [disk, { director: 'd', attached_at: 'now' }])).toBeNull();
    // an old stemcell (no api_version): the settings on the medium follow the disk
    const disk2 = await ok<string>(config, 'create_disk', [16, {}, null]);
    const hint2 = await ok(config, 'attach_disk', [vm, disk2]);
    expect(hint2).toEqual({ id: disk2, volume_id: '1', lun: '0' });
    expect(await domainXml(vm, true)).toContain(disk2);
    expect(await ok(config, 'get_disks', [vm])).toEqual([disk, disk2]);
    expect(await ok(config, 'detach_disk', [vm, disk2])).toBeNull();
    expect(await ok(config, 'detach_disk', [vm, disk2])).toBeNull();
    expect(await ok(config, 'get_disks', [vm])).toEqual([disk]);

    // snapshot: of a disk in use by the running VM (QEMU's backup job), and once detached (a copy)
    const live = await ok<string>(config, 'snapshot_disk', [disk, { deployment: 'cf', index: 0 }]);
    expect(live).toMatch(/^snap_[0-9a-f]+$/);
    expect((await leftovers(pool.name)).volumes).toContain(`${live}.qcow2`);
    expect(await ok(config, 'delete_snapshot', [live])).toBeNull();
    expect(await ok(config, 'detach_disk', [vm, disk], stemcellContext)).toBeNull();
    expect(await domainXml(vm)).not.toContain(`<serial>${disk}</serial>`);
    const snapshot = await ok<string>(config, 'snapshot_disk', [disk, { deployment: 'cf', index: 0 }]);
    expect(snapshot).toMatch(/^snap_[0-9a-f]+$/);
    expect(await ok(config, 'delete_snapshot', [snapshot])).toBeNull();
    expect(await ok(config, 'delete_snapshot', [snapshot])).toBeNull();
    expect((await leftovers(pool.name)).volumes.filter((v) => v.startsWith('snap_'))).toEqual([]);

    // resize: grow, same, shrink
    expect(await ok(config, 'resize_disk', [disk, 128])).toBeNull();
    expect(await ok(config, 'resize_disk', [disk, 128])).toBeNull();
    expect((await call(config, 'resize_disk', [disk, 32])).error?.type).toBe('Bosh::Clouds::NotSupported');

    // reboot of a guest without an OS: ACPI is ignored, the reset happens
    expect(await ok(config, 'reboot_vm', [vm])).toBeNull();
    expect(await ok(config, 'has_vm', [vm])).toBe(true);

    expect(await ok(config, 'calculate_vm_cloud_properties', [{ ram: 1024, cpu: 2, ephemeral_disk_size: 2048 }])).toEqual({
      cpus: 2,
      memory: 1024,
      ephemeral_disk: 2048,
    });

    // delete_stemcell while a VM uses it: gone for the director, the VM keeps running
    expect(await ok(config, 'delete_stemcell', [vsphere])).toBeNull();
    const fromDeleted = await call(config, 'create_vm', ['agent-x', vsphere, vmProps, networks, [], {}]);
    expect(fromDeleted.error?.type).toBe('Bosh::Clouds::VMCreationFailed');
    expect(await ok(config, 'has_vm', [vm])).toBe(true);

    // delete_vm with a disk attached: the disk survives, the stemcell's last user is gone
    expect(await ok(config, 'attach_disk', [vm, disk], stemcellContext)).toEqual({ id: disk, volume_id: '0', lun: '0' });
    expect(await ok(config, 'delete_vm', [vm])).toBeNull();
    expect(await ok(config, 'delete_vm', [vm])).toBeNull();
    expect(await ok(config, 'has_vm', [vm])).toBe(false);
    expect(await ok(config, 'has_disk', [disk])).toBe(true);

    // missing things
    expect((await call(config, 'attach_disk', [vm, disk])).error?.type).toBe('Bosh::Clouds::VMNotFound');
    expect((await call(config, 'reboot_vm', [vm])).error?.type).toBe('Bosh::Clouds::VMNotFound');
    expect(await ok(config, 'get_disks', [vm]).catch(() => 'error')).toBe('error');

    for (const d of [disk, disk2]) expect(await ok(config, 'delete_disk', [d])).toBeNull();
    expect(await ok(config, 'delete_disk', [disk])).toBeNull();
    expect(await ok(config, 'has_disk', [disk])).toBe(false);
    expect(await ok(config, 'delete_stemcell', [openstack])).toBeNull();
    expect(await ok(config, 'delete_stemcell', [openstack])).toBeNull();
    expect(await leftovers(pool.name)).toEqual({ domains: [], volumes: [] });
  });

  it('a bad network name: VMCreationFailed naming it, and no domain or volume left', async () => {
    const stemcell = await ok<string>(config, 'create_stemcell', [buildStemcellImage(dir, 'openstack-qcow2', 16), {}]);
    const bad = { default: { type: 'dynamic', cloud_properties: { name: 'no-such-network-e2e' } } };
    const response = await call(config, 'create_vm', ['agent-bad', stemcell, vmProps, bad, [], {}]);
    expect(response.error?.type).toBe('Bosh::Clouds::VMCreationFailed');
    expect(response.error?.message).toContain('no-such-network-e2e');
    expect(await leftovers(pool.name)).toEqual({ domains: [], volumes: [`${stemcell}-openstack.qcow2`] });
    expect(await ok(config, 'delete_stemcell', [stemcell])).toBeNull();
  });

  it("a broken image: create_stemcell fails as the caller's error and leaves nothing", async () => {
    const bad = join(dir, 'not-an-image');
    (await import('node:fs')).writeFileSync(bad, 'garbage'.repeat(200));
    const response = await call(config, 'create_stemcell', [bad, {}]);
    expect(response.error?.type).toBe('Bosh::Clouds::CpiError');
    expect((await leftovers(pool.name)).volumes).toEqual([]);
  });
});
