/**
 * Benchmarks of the libvirt RPC client against baselines measured in the same run:
 *  1. 200 domain lookups + state queries on one connection vs one `virsh domstate` process each;
 *  2. uploading a 512 MiB file into a volume vs `cp` of the same file and `virsh vol-upload`,
 *     with the peak RSS of the uploading process (measured in a child process).
 * Run with `npm run bench -- rpc` (needs the libvirt daemon: bash scripts/libvirt-up.sh).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { LibvirtClient } from '../../src/adapters/libvirt/rpc/index.js';

const QUERIES = Number(process.env['RPC_BENCH_QUERIES'] ?? 200);
const UPLOAD_MIB = Number(process.env['RPC_BENCH_UPLOAD_MIB'] ?? 512);
const RUNS = Number(process.env['RPC_BENCH_RUNS'] ?? 3);
// The upload is measured in a child process of its own, so its peak RSS is the upload's alone.
const childScript = join(mkdtempSync(join(tmpdir(), 't-rpc-bench-child-')), 'uploadChild.mjs');
await build({
  entryPoints: [join(process.cwd(), 'bench', 'rpc', 'uploadChild.ts')],
  outfile: childScript,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
const fmt = (n: number): string => n.toFixed(1);
const id = randomBytes(4).toString('hex');
const domainName = `t-rpc-bench-${id}`;
const poolName = `t-rpc-bench-${id}`;
const poolPath = `/var/lib/libvirt/images/${poolName}`;
const scratch = mkdtempSync(join(tmpdir(), 't-rpc-bench-'));
const virsh = (...args: string[]): string => execFileSync('virsh', ['-q', '-c', 'qemu:///system', ...args], { encoding: 'utf8' });

const client = await LibvirtClient.connect('qemu:///system');
const domain = await client.defineDomain(
  `<domain type='kvm'><name>${domainName}</name><memory unit='MiB'>64</memory><os><type arch='x86_64'>hvm</type></os></domain>`,
);
const pool = await client.defineStoragePool(`<pool type='dir'><name>${poolName}</name><target><path>${poolPath}</path></target></pool>`);
try {
  // ---- 1. queries ----
  for (let i = 0; i < 20; i++) await (await client.lookupDomainByName(domainName)).getState(); // warm-up (JIT)
  let start = process.hrtime.bigint();
  for (let i = 0; i < QUERIES; i++) await (await client.lookupDomainByName(domainName)).getState();
  const rpcQueryMs = ms(start);
  start = process.hrtime.bigint();
  const fresh = await LibvirtClient.connect('qemu:///system');
  for (let i = 0; i < QUERIES; i++) await (await fresh.lookupDomainByName(domainName)).getState();
  await fresh.close();
  const rpcWithConnectMs = ms(start);
  start = process.hrtime.bigint();
  for (let i = 0; i < QUERIES; i++) virsh('domstate', domainName);
  const virshQueryMs = ms(start);
  console.log(`queries: ${QUERIES} x (lookup + state)`);
  console.log(`  rpc, one connection        ${fmt(rpcQueryMs)} ms (${fmt((rpcQueryMs * 1000) / QUERIES)} us/query)`);
  console.log(`  rpc, including connect     ${fmt(rpcWithConnectMs)} ms`);
  console.log(`  virsh, one process each    ${fmt(virshQueryMs)} ms (${fmt(virshQueryMs / QUERIES)} ms/query)`);
  console.log(`  ratio virsh/rpc            ${fmt(virshQueryMs / rpcQueryMs)}x (target >= 30x)`);

  // ---- 2. upload ----
  await pool.build();
  await pool.create();
  const source = join(scratch, 'source.bin');
  const block = randomBytes(1024 * 1024);
  const fd = openSync(source, 'w');
  for (let i = 0; i < UPLOAD_MIB; i++) writeSync(fd, block);
  closeSync(fd);
  const volumeXml = (name: string): string =>
    `<volume><name>${name}</name><capacity unit='MiB'>${UPLOAD_MIB}</capacity><target><format type='raw'/></target></volume>`;
  await pool.createVolume(volumeXml('rpc.raw'));
  await pool.createVolume(volumeXml('virsh.raw'));
  // Median of RUNS runs each, interleaved, to damp the noise of a shared machine.
  const cpRuns: number[] = [];
  const virshRuns: number[] = [];
  const rpcRuns: Array<{ bytes: number; ms: number; peakRssKiB: number }> = [];
  const upload = (mode: string) =>
    JSON.parse(execFileSync('node', [childScript, poolName, 'rpc.raw', source, mode], { encoding: 'utf8' })) as {
      bytes: number;
      ms: number;
      peakRssKiB: number;
    };
  for (let run = 0; run < RUNS; run++) {
    start = process.hrtime.bigint();
    execFileSync('cp', [source, join(poolPath, 'cp.raw')]);
    cpRuns.push(ms(start));
    start = process.hrtime.bigint();
    virsh('vol-upload', '--pool', poolName, 'virsh.raw', source);
    virshRuns.push(ms(start));
    rpcRuns.push(upload('file'));
  }
  const streamRun = upload('stream');
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const rpcMs = median(rpcRuns.map((r) => r.ms));
  const virshUploadMs = median(virshRuns);
  const cpMs = median(cpRuns);
  const peakRss = Math.max(...rpcRuns.map((r) => r.peakRssKiB)) / 1024;
  const mibPerS = (t: number): string => fmt(UPLOAD_MIB / (t / 1000));
  console.log(`upload: ${UPLOAD_MIB} MiB file into a raw volume (median of ${RUNS})`);
  console.log(`  rpc uploadFile             ${fmt(rpcMs)} ms (${mibPerS(rpcMs)} MiB/s), peak RSS ${fmt(peakRss)} MiB (target < 100)`);
  console.log(
    `  rpc upload(ReadStream)     ${fmt(streamRun.ms)} ms (${mibPerS(streamRun.ms)} MiB/s), peak RSS ${fmt(streamRun.peakRssKiB / 1024)} MiB (one run)`,
  );
  console.log(`  virsh vol-upload           ${fmt(virshUploadMs)} ms (${mibPerS(virshUploadMs)} MiB/s)`);
  console.log(`  cp                         ${fmt(cpMs)} ms (${mibPerS(cpMs)} MiB/s)`);
  console.log(`  ratio virsh/rpc            ${fmt(virshUploadMs / rpcMs)}x (target >= 1)`);
  console.log(`  ratio cp/rpc               ${fmt(cpMs / rpcMs)}x`);
  for (const run of [...rpcRuns, streamRun]) {
    if (run.bytes !== UPLOAD_MIB * 1024 * 1024) throw new Error(`uploaded ${run.bytes} bytes`);
  }
} finally {
  await domain.undefine().catch(() => undefined);
  for (const volume of await pool.listAllVolumes().catch(() => [])) await volume.delete().catch(() => undefined);
  rmSync(join(poolPath, 'cp.raw'), { force: true });
  await pool.destroy().catch(() => undefined);
  await pool.delete().catch(() => undefined);
  await pool.undefine().catch(() => undefined);
  await client.close();
  rmSync(scratch, { recursive: true, force: true });
}
