import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LibvirtClient } from '../../../src/adapters/libvirt/rpc/index.js';
import { CONTEXT, ok, writeLibvirtConfig } from '../../support/libvirt/cpiProcess.js';
import { buildStemcellImage } from '../../support/libvirt/stemcellFixtures.js';
import { leftovers, testPool } from '../../support/libvirt/testPool.js';
import { CPI_MAIN, DIRECTOR_ENV } from '../../support/runCpi.js';

/** docs/design.md D7: every call is its own process, and the director runs many at once. */
const pool = testPool('libvirt-conc');
let dir: string;
let config: string;
let stemcell: string;
const vmProps = { cpus: 1, memory: 128, ephemeral_disk: 16 };
const networks = { default: { type: 'dynamic', cloud_properties: {} } };
const context = { ...CONTEXT, vm: { stemcell: { api_version: 3 } } };

async function macsOf(vm: string): Promise<string[]> {
  const client = await LibvirtClient.connect('qemu:///system');
  try {
    const xml = await (await client.lookupDomainByName(vm)).getXMLDesc(0);
    return [...xml.matchAll(/<mac address='([^']+)'/g)].map((m) => m[1]!);
  } finally {
    await client.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 't-libvirt-conc-'));
  config = writeLibvirtConfig(dir, pool.libvirtConfig);
  stemcell = await ok<string>(config, 'create_stemcell', [buildStemcellImage(dir, 'openstack-qcow2', 16), {}]);
});
afterAll(async () => {
  await pool.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('concurrent CPI processes on one daemon', () => {
  let vms: string[] = [];

  it('parallel imports of the same image do not collide', async () => {
    const image = buildStemcellImage(dir, 'vsphere', 16);
    const cids = await Promise.all([1, 2, 3].map(() => ok<string>(config, 'create_stemcell', [image, {}])));
    expect(new Set(cids).size).toBe(3);
    const volumes = (await leftovers(pool.name)).volumes;
    for (const cid of cids) expect(volumes).toContain(`${cid}-vsphere.qcow2`);
    await Promise.all(cids.map((cid) => ok(config, 'delete_stemcell', [cid])));
    expect((await leftovers(pool.name)).volumes).toEqual([`${stemcell}-openstack.qcow2`]);
  }, 300_000);

  it('ten create_vm from one stemcell, started at once: all succeed, distinct names and MACs', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        ok<[string, unknown]>(config, 'create_vm', [`agent-${i}`, stemcell, vmProps, networks, [], {}], { context }),
      ),
    );
    vms = results.map(([cid]) => cid);
    expect(new Set(vms).size).toBe(10);
    const macs = (await Promise.all(vms.map(macsOf))).flat();
    expect(macs).toHaveLength(10);
    expect(new Set(macs).size).toBe(10);
  }, 300_000);

  it('attach and detach on different VMs at once', async () => {
    const four = vms.slice(0, 4);
    const disks = await Promise.all(four.map(() => ok<string>(config, 'create_disk', [16, {}, null])));
    const hints = await Promise.all(four.map((vm, i) => ok(config, 'attach_disk', [vm, disks[i]], { context })));
    hints.forEach((hint, i) => expect(hint).toEqual({ id: disks[i]!, volume_id: '0', lun: '0' }));
    expect(await Promise.all(four.map((vm) => ok(config, 'get_disks', [vm])))).toEqual(disks.map((d) => [d]));
    await Promise.all(four.map((vm, i) => ok(config, 'detach_disk', [vm, disks[i]], { context })));
    expect(await Promise.all(four.map((vm) => ok(config, 'get_disks', [vm])))).toEqual(four.map(() => []));
    await Promise.all(disks.map((disk) => ok(config, 'delete_disk', [disk])));
  }, 300_000);

  it('ten delete_vm at once leave only the stemcell', async () => {
    await Promise.all(vms.map((vm) => ok(config, 'delete_vm', [vm])));
    expect(await leftovers(pool.name)).toEqual({ domains: [], volumes: [`${stemcell}-openstack.qcow2`] });
  }, 300_000);

  it('a create_vm killed halfway leaves nothing that delete_vm cannot clean up', async () => {
    // kill once its first volume exists, and once its domain exists (before or after start)
    const stages: ((left: { domains: string[]; volumes: string[] }) => boolean)[] = [
      (left) => left.volumes.some((v) => v.startsWith('vm_')),
      (left) => left.domains.length > 0,
    ];
    for (const reached of stages) {
      const child = execa(process.execPath, [CPI_MAIN, '--config', config], {
        input: JSON.stringify({ method: 'create_vm', arguments: ['agent-k', stemcell, vmProps, networks, [], {}], context }),
        env: DIRECTOR_ENV,
        extendEnv: false,
        reject: false,
      });
      let left = await leftovers(pool.name);
      while (!reached(left) && child.exitCode === null) left = await leftovers(pool.name);
      child.kill('SIGKILL');
      await child;
      left = await leftovers(pool.name);
      const cids = new Set([...left.domains, ...left.volumes.map((v) => v.split('-')[0]!)].filter((n) => n.startsWith('vm_')));
      expect(cids.size).toBe(1);
      for (const cid of cids) await ok(config, 'delete_vm', [cid]);
      expect(await leftovers(pool.name)).toEqual({ domains: [], volumes: [`${stemcell}-openstack.qcow2`] });
    }
  }, 300_000);
});
