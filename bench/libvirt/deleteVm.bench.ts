/**
 * delete_vm through the executable, `delete_vm_shutdown: hard` (the default) against
 * `graceful`, on two guests: the test stemcell booted up to its busybox acpid (it powers off on
 * the ACPI power button, as a systemd guest does, only faster), and a guest without an OS that
 * ignores ACPI. The baseline of each guest is the hard delete measured in the same run.
 * Run: npm run bench -- deleteVm   (LIBVIRT_BENCH_RUNS=n, default 3; boots 2n guests under TCG)
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTestStemcells } from '../../test/stemcell/buildTestStemcells.js';
import { waitForGuestReport } from '../../test/stemcell/waitForGuestReport.js';
import { buildStemcellImage } from '../../test/support/libvirt/stemcellFixtures.js';
import { testPool } from '../../test/support/libvirt/testPool.js';
import { cpiCall, fmt, median, requireBuild, writeConfig } from './benchSupport.js';

requireBuild();
const RUNS = Number(process.env['LIBVIRT_BENCH_RUNS'] ?? 3);
const SHUTDOWN_S = 30; // the CPI's default timeouts.shutdown_s
const BOOT_TIMEOUT_MS = 180_000;
const pool = testPool('libvirt-bench-del');
const dir = mkdtempSync(join(tmpdir(), 't-libvirt-bench-del-'));
chmodSync(dir, 0o755); // QEMU writes the serial log in here
const serialDir = join(dir, 'serial');
mkdirSync(serialDir, { mode: 0o755 });
const libvirt = { ...pool.libvirtConfig, serial_log_dir: serialDir, timeouts: { shutdown_s: SHUTDOWN_S } };
const configs = {
  hard: writeConfig(join(dir), { ...libvirt, delete_vm_shutdown: 'hard' }),
  graceful: (() => {
    const sub = join(dir, 'graceful');
    mkdirSync(sub);
    return writeConfig(sub, { ...libvirt, delete_vm_shutdown: 'graceful' });
  })(),
};
const networks = { default: { type: 'dynamic', cloud_properties: {} } };

type Mode = keyof typeof configs;

/** Creates a VM, waits until it is ready for the measurement, and times delete_vm of it. */
async function deleteOnce(mode: Mode, stemcell: string, booted: boolean): Promise<number> {
  const props = { cpus: 1, memory: booted ? 256 : 128, ephemeral_disk: 0 };
  const { result } = await cpiCall(configs.hard, 'create_vm', ['agent-bench', stemcell, props, networks, [], {}]);
  const vm = (result as [string])[0];
  if (booted) {
    const log = join(serialDir, `${vm}.serial.log`);
    await waitForGuestReport(log, (r) => r.lines.some((l) => l.key === 'acpid' && l.fields['started'] === 'yes'), BOOT_TIMEOUT_MS);
  }
  const { run } = await cpiCall(configs[mode], 'delete_vm', [vm]);
  return run.ms;
}

try {
  const stemcells = await buildTestStemcells();
  const bootable = (await cpiCall(configs.hard, 'create_stemcell', [stemcells.openstack.imagePath, {}])).result as string;
  const blank = (await cpiCall(configs.hard, 'create_stemcell', [buildStemcellImage(dir, 'openstack-qcow2', 16), {}])).result as string;
  const guests = [
    { label: 'test stemcell (acpid powers off)', stemcell: bootable, booted: true },
    { label: 'no OS (ignores ACPI)', stemcell: blank, booted: false },
  ];
  for (const guest of guests) {
    const times: Record<Mode, number[]> = { hard: [], graceful: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const mode of ['hard', 'graceful'] as const) times[mode].push(await deleteOnce(mode, guest.stemcell, guest.booted));
    }
    const hard = median(times.hard);
    const graceful = median(times.graceful);
    console.log(`delete_vm, ${guest.label}, median of ${RUNS} (interleaved), shutdown_s ${SHUTDOWN_S}`);
    console.log(
      `  ${'graceful (ACPI, wait, then destroy)'.padEnd(44)} ${fmt(graceful).padStart(7)} ms   [${times.graceful.map((t) => fmt(t)).join(', ')}]`,
    );
    console.log(
      `  ${'hard (destroy at once; baseline)'.padEnd(44)} ${fmt(hard).padStart(7)} ms   [${times.hard.map((t) => fmt(t)).join(', ')}]`,
    );
    console.log(`  ratio graceful/hard ${fmt(graceful / hard, 1)}x`);
  }
  await cpiCall(configs.hard, 'delete_stemcell', [bootable]);
  await cpiCall(configs.hard, 'delete_stemcell', [blank]);
} finally {
  await pool.cleanup();
  rmSync(dir, { recursive: true, force: true });
}
