import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, writeLibvirtConfig } from '../../support/libvirt/cpiProcess.js';
import { startLibvirtOverSsh, type LibvirtOverSsh } from '../../support/libvirt/startLibvirtOverSsh.js';
import { buildStemcellImage } from '../../support/libvirt/stemcellFixtures.js';
import { leftovers, testPool } from '../../support/libvirt/testPool.js';

/**
 * The daemon reached as a remote host (qemu+ssh through an sshd on loopback): every file the VM
 * needs must travel through the protocol, since nothing may assume a shared file system.
 */
const pool = testPool('libvirt-ssh');
let dir: string;
let sshd: LibvirtOverSsh;
let config: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 't-libvirt-ssh-'));
  sshd = await startLibvirtOverSsh();
  config = writeLibvirtConfig(dir, { ...pool.libvirtConfig, uri: sshd.uri });
});
afterAll(async () => {
  sshd?.stop();
  await pool.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('the libvirt driver over qemu+ssh', () => {
  it('imports a VMDK stemcell, runs a VM with a disk, and cleans up, all through ssh', async () => {
    const context = { vm: { stemcell: { api_version: 3 } } };
    const stemcell = await ok<string>(config, 'create_stemcell', [buildStemcellImage(dir, 'vsphere', 16), {}]);
    const [vm] = await ok<[string]>(
      config,
      'create_vm',
      ['agent-ssh', stemcell, { cpus: 1, memory: 128, ephemeral_disk: 16 }, { n: { type: 'dynamic', cloud_properties: {} } }, [], {}],
      context,
    );
    const disk = await ok<string>(config, 'create_disk', [16, {}, vm]);
    expect(await ok(config, 'attach_disk', [vm, disk], context)).toEqual({ id: disk, volume_id: '0', lun: '0' });
    expect(await ok(config, 'get_disks', [vm])).toEqual([disk]);
    await ok(config, 'detach_disk', [vm, disk], context);
    await ok(config, 'delete_vm', [vm]);
    await ok(config, 'delete_disk', [disk]);
    await ok(config, 'delete_stemcell', [stemcell]);
    expect(await leftovers(pool.name)).toEqual({ domains: [], volumes: [] });
  });
});
