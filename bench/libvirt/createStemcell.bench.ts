/**
 * create_stemcell of a 1 GiB image through the executable against qemu-img converting the same
 * disk, with the CPI's peak RSS. The image is what a director hands over for an OpenStack
 * stemcell: a gzipped tar holding root.img, here a qcow2 with 1 GiB of (compressible) data.
 * Two baselines: `qemu-img convert` of the extracted root.img alone (what the target names),
 * and `tar -xzf` + `qemu-img convert` (the same work done with the usual tools).
 * Run: npm run build && npm run bench -- libvirt/createStemcell
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testPool } from '../../test/support/libvirt/testPool.js';
import { cpiCall, fmt, median, report, requireBuild, timed, writeConfig } from './benchSupport.js';

requireBuild();
const RUNS = Number(process.env['LIBVIRT_BENCH_RUNS'] ?? 3);
const SIZE_MIB = Number(process.env['LIBVIRT_BENCH_IMAGE_MIB'] ?? 1024);
const pool = testPool('libvirt-bench-sc');
const dir = mkdtempSync(join(tmpdir(), 't-libvirt-bench-sc-'));
const config = writeConfig(dir, pool.libvirtConfig);

try {
  // 1 GiB of data that compresses about as well as a root file system (about 3:1)
  const raw = join(dir, 'disk.raw');
  const fd = openSync(raw, 'w');
  const block = Buffer.alloc(1024 * 1024);
  let seed = 12345;
  for (let i = 0; i < SIZE_MIB; i++) {
    for (let j = 0; j < block.length; j += 4) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      block.writeUInt32LE(j % 64 < 20 ? seed : 0x20202020 + (j & 0xff), j);
    }
    writeSync(fd, block);
  }
  closeSync(fd);
  const members = join(dir, 'members');
  mkdirSync(members);
  execFileSync('qemu-img', ['convert', '-q', '-f', 'raw', '-O', 'qcow2', raw, join(members, 'root.img')]);
  rmSync(raw);
  const image = join(dir, 'image');
  execFileSync('tar', ['-C', members, '-czf', image, 'root.img']);
  const rootImg = join(members, 'root.img');

  const ours: number[] = [];
  const rss: number[] = [];
  const convert: number[] = [];
  const extractConvert: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { result, run } = await cpiCall(config, 'create_stemcell', [image, {}]);
    ours.push(run.ms);
    rss.push(run.maxRssKiB / 1024);
    await cpiCall(config, 'delete_stemcell', [result]);

    const out = join(dir, 'out.qcow2');
    convert.push((await timed('qemu-img', ['convert', '-f', 'qcow2', '-O', 'qcow2', rootImg, out])).ms);
    rmSync(out);
    const x = join(dir, `x${i}`);
    mkdirSync(x);
    const t1 = await timed('tar', ['-C', x, '-xzf', image]);
    const t2 = await timed('qemu-img', ['convert', '-f', 'qcow2', '-O', 'qcow2', join(x, 'root.img'), out]);
    extractConvert.push(t1.ms + t2.ms);
    rmSync(x, { recursive: true });
    rmSync(out);
  }
  console.log(`create_stemcell of a ${SIZE_MIB} MiB qcow2 root.img in a gzipped tar, median of ${RUNS}`);
  report('create_stemcell through the executable', median(ours), 'qemu-img convert of the extracted root.img', median(convert), '<= 1.1x');
  console.log(
    `  against tar -xzf + qemu-img convert (${fmt(median(extractConvert))} ms): ${fmt(median(ours) / median(extractConvert), 2)}x`,
  );
  console.log(`  peak RSS of the cpi process: ${fmt(Math.max(...rss))} MiB (target < 150 MiB)`);
} finally {
  await pool.cleanup();
  rmSync(dir, { recursive: true, force: true });
}
