/**
 * create_vm's cost must not depend on the stemcell's size (docs/design.md D4: the root disk is a
 * qcow2 overlay): create_vm through the executable from a 20 GiB sparse stemcell against one of
 * 200 MiB. Also: ten create_vm processes started at once against one alone.
 * Run: npm run build && npm run bench -- libvirt/stemcellSize
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LibvirtClient } from '../../src/adapters/libvirt/rpc/index.js';
import { volumeNames } from '../../src/adapters/libvirt/storage/volumeNames.js';
import type { VmCid } from '../../src/domain/cid/Cid.js';
import { buildStemcellImage } from '../../test/support/libvirt/stemcellFixtures.js';
import { testPool } from '../../test/support/libvirt/testPool.js';
import { cpiCall, fmt, median, msSince, now, report, requireBuild, writeConfig } from './benchSupport.js';

requireBuild();
const RUNS = Number(process.env['LIBVIRT_BENCH_RUNS'] ?? 7);
const pool = testPool('libvirt-bench-size');
const dir = mkdtempSync(join(tmpdir(), 't-libvirt-bench-size-'));
const config = writeConfig(dir, pool.libvirtConfig);
const vmProps = { cpus: 1, memory: 128, ephemeral_disk: 64 };
const networks = { default: { type: 'dynamic', cloud_properties: {} } };
const client = await LibvirtClient.connect('qemu:///system');

async function removeVm(cid: string): Promise<void> {
  const domain = await client.lookupDomainByName(cid).catch(() => undefined);
  await domain?.destroy().catch(() => undefined);
  await domain?.undefine(7).catch(() => undefined);
  const p = await client.lookupStoragePoolByName(pool.name);
  for (const name of volumeNames.vmVolumes(cid as VmCid)) await (await p.lookupVolumeByName(name).catch(() => undefined))?.delete(0);
}

async function createVm(stemcell: string): Promise<{ cid: string; ms: number }> {
  const { result, run } = await cpiCall(config, 'create_vm', ['agent-bench', stemcell, vmProps, networks, [], {}]);
  return { cid: (result as [string])[0], ms: run.ms };
}

try {
  const small = (await cpiCall(config, 'create_stemcell', [buildStemcellImage(dir, 'openstack-qcow2', 200), {}])).result as string;
  // 20 GiB virtual, sparse: a bare qcow2 image with a little data (the size on disk stays small)
  const bigImage = join(dir, 'big.qcow2');
  execFileSync('qemu-img', ['create', '-q', '-f', 'qcow2', bigImage, '20G']);
  execFileSync('qemu-io', ['-f', 'qcow2', '-c', 'write -P 0x5a 0 64M', '-c', 'write -P 0xa5 19G 64M', bigImage], { stdio: 'ignore' });
  const big = (await cpiCall(config, 'create_stemcell', [bigImage, {}])).result as string;

  await removeVm((await createVm(small)).cid); // warm-up
  const smallMs: number[] = [];
  const bigMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    for (const [stemcell, times] of [
      [small, smallMs],
      [big, bigMs],
    ] as const) {
      const vm = await createVm(stemcell);
      times.push(vm.ms);
      await removeVm(vm.cid);
    }
  }
  console.log(`create_vm by stemcell size, median of ${RUNS} (interleaved)`);
  report('from a 20 GiB sparse stemcell', median(bigMs), 'from a 200 MiB stemcell', median(smallMs), '<= 1.1x');

  const one: number[] = [];
  const ten: number[] = [];
  for (let i = 0; i < 3; i++) {
    const single = await createVm(small);
    one.push(single.ms);
    await removeVm(single.cid);
    const start = now();
    const vms = await Promise.all(Array.from({ length: 10 }, () => createVm(small)));
    ten.push(msSince(start));
    for (const vm of vms) await removeVm(vm.cid);
  }
  console.log('ten create_vm processes started at once vs one (median of 3; wall time until the last one answers)');
  report('ten in parallel', median(ten), 'one alone', median(one), '<= 2.5x');
  console.log(`  (per VM in the batch: ${fmt(median(ten) / 10)} ms)`);
  for (const stemcell of [small, big]) await cpiCall(config, 'delete_stemcell', [stemcell]);
} finally {
  await client.close();
  await pool.cleanup();
  rmSync(dir, { recursive: true, force: true });
}
