/**
 * What the sweep for leftovers of killed calls (Creations.sweep, run at the start of every
 * create call) costs in a crowded pool: 500 defined domains and 2,000 volumes, against an empty
 * pool, both on a private libvirtd of the benchmark's own (the host's daemon stays untouched,
 * and other users' scans never see the 500 domains). Measured twice: the sweep alone, from a
 * warm connection, and a whole create_disk through the executable.
 * Run: npm run build && npm run bench -- libvirt/sweep
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import 'reflect-metadata';
import { Creations } from '../../src/adapters/libvirt/crash/Creations.js';
import { parseCpiConfig } from '../../src/app/config/parseCpiConfig.js';
import { createContainer } from '../../src/app/container/createContainer.js';
import { LibvirtSession } from '../../src/adapters/libvirt/LibvirtSession.js';
import { LibvirtStorage } from '../../src/adapters/libvirt/storage/LibvirtStorage.js';
import { PrivateLibvirtd } from '../../test/support/libvirt/PrivateLibvirtd.js';
import { cpiCall, fmt, median, msSince, now, report, requireBuild, writeConfig } from './benchSupport.js';

requireBuild();
const RUNS = Number(process.env['LIBVIRT_BENCH_RUNS'] ?? 15);
const DOMAINS = 500;
const VOLUMES = 2000;
const daemon = await PrivateLibvirtd.start({ label: 't-sweep-bench' });
const dir = await mkdtemp(join(tmpdir(), 't-sweep-bench-'));
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/** Median of RUNS sweeps from one warm connection, and median of create_disk calls through the executable. */
async function measure(
  pool: string,
  populate: () => Promise<void> = async () => {},
): Promise<{ sweepMs: number; createDiskMs: number; volumeMs: number }> {
  const libvirt = { uri: daemon.uri, pool, pool_path: join(daemon.sharedDir, pool), domain_type: 'qemu', serial_log_dir: '' };
  const config = writeConfig(join(dir, pool), libvirt);
  const container = createContainer(
    parseCpiConfig(
      { driver: 'libvirt', libvirt, agent: { mbus: 'nats://127.0.0.1:4222' }, locks: { dir: join(dir, pool, 'locks') } },
      'bench',
    ),
    {
      logger: quiet,
      context: { cpiApiVersion: 2 },
    },
  );
  const api = await container.get(LibvirtStorage).apiWithActivePool();
  await populate();
  const creations = container.get(Creations);
  await creations.sweep(api);
  const sweeps: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = now();
    await creations.sweep(api);
    sweeps.push(msSince(start));
  }
  // what libvirt itself takes to create and delete one volume in this pool (the floor of create_disk)
  const volumeOps: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = now();
    await api.createVolume(
      pool,
      `<volume><name>floor-${i}.qcow2</name><capacity>1048576</capacity><target><format type='qcow2'/></target></volume>`,
    );
    await api.deleteVolume(pool, `floor-${i}.qcow2`);
    volumeOps.push(msSince(start));
  }
  await container.get(LibvirtSession).close();
  const calls: number[] = [];
  for (let i = 0; i < Math.max(3, Math.floor(RUNS / 3)); i++) calls.push((await cpiCall(config, 'create_disk', [1, {}, null])).run.ms);
  return { sweepMs: median(sweeps), createDiskMs: median(calls), volumeMs: median(volumeOps) };
}

try {
  for (const pool of ['empty', 'crowded']) await mkdir(join(dir, pool), { recursive: true });
  const empty = await measure('empty');
  // the crowd: defined, not running, domains named like VMs; empty volumes named like disks
  const crowd = async () => {
    const start = now();
    await daemon.withClient(async (client) => {
      for (let i = 0; i < DOMAINS; i++) {
        const name = `vm_${i.toString(16).padStart(24, '0')}`;
        await client.defineDomain(
          `<domain type='qemu'><name>${name}</name><memory unit='MiB'>128</memory><os><type arch='x86_64'>hvm</type></os></domain>`,
        );
      }
      const pool = await client.lookupStoragePoolByName('crowded').catch(() => undefined);
      if (!pool) throw new Error('pool crowded is missing');
      for (let i = 0; i < VOLUMES; i++) {
        await pool.createVolume(
          `<volume><name>disk_${i.toString(16).padStart(24, '0')}.qcow2</name><capacity>0</capacity><target><format type='raw'/></target></volume>`,
        );
      }
    });
    console.log(`  crowd of ${DOMAINS} domains and ${VOLUMES} volumes made in ${fmt(msSince(start) / 1000, 1)} s`);
  };
  const crowded = await measure('crowded', crowd);
  report('sweep, crowded pool', crowded.sweepMs, 'sweep, empty pool', empty.sweepMs, 'small absolute cost: one volume listing');
  report(
    'create_disk through the executable, crowded',
    crowded.createDiskMs,
    'create_disk, empty pool',
    empty.createDiskMs,
    'near the floor ratio below',
  );
  report(
    'floor: libvirt create+delete of a volume, crowded',
    crowded.volumeMs,
    'floor: the same, empty pool',
    empty.volumeMs,
    "libvirt's own",
  );
} finally {
  await daemon.stop();
  await rm(dir, { recursive: true, force: true });
}
