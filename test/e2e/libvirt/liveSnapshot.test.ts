import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportLine } from '../../stemcell/parseGuestReport.js';
import { buildTestStemcells, type TestStemcells } from '../../stemcell/buildTestStemcells.js';
import { serialLogSize, waitForGuestReport } from '../../stemcell/waitForGuestReport.js';
import { E2eRun } from '../support/E2eRun.js';
import { libvirtHost } from '../support/LibvirtHost.js';
import { readStemcellManifest } from '../support/readStemcellManifest.js';
import { BOOT_TIMEOUT_MS, DISK_TIMEOUT_MS } from '../support/lifecycleSteps.js';

/**
 * snapshot_disk of a persistent disk in use, through the `cpi` executable, proven from inside
 * the guests: the first VM writes a marker file on the disk's ext4 filesystem, syncs, and keeps
 * writing while the snapshot is taken; the snapshot is turned into a new disk by hand (virsh
 * vol-create-from, as docs/libvirt.md tells operators) and attached to a second VM, which finds
 * the marker and a filesystem that e2fsck passes once its journal is replayed
 * (test/stemcell/guest/fs-probe.sh does the guest's part). Both VMs boot at once.
 */
const exec = promisify(execFile);
const DISK_MIB = 64;
const FS_OFFSET_MIB = 4; // fs-probe.sh looks for the filesystem here, clear of /init's marker at 1 MiB
const networks = { default: { type: 'dynamic', cloud_properties: {} } };
const api3 = { stemcellApiVersion: 3 };

let stemcells: TestStemcells;
let run: E2eRun;

beforeAll(async () => {
  await libvirtHost.version();
  stemcells = await buildTestStemcells();
  run = await E2eRun.create('snap');
});

afterAll(async () => {
  const forced = await run?.cleanup();
  expect(forced, 'what the CPI left behind and the test had to remove').toEqual([]);
});

const probeLines = (lines: readonly ReportLine[], key: string) => lines.filter((l) => l.key === key);
const decode = (b64: string | undefined) => Buffer.from(b64 ?? '', 'base64').toString('utf8');

/** Puts an empty ext4 filesystem at FS_OFFSET_MIB into the (unattached) disk volume, from the host. */
async function formatDisk(disk: string): Promise<void> {
  const raw = join(run.scratchDir, `${disk}.raw`);
  await exec('truncate', ['-s', `${DISK_MIB}M`, raw]);
  await exec('mkfs.ext4', ['-q', '-F', '-E', `offset=${FS_OFFSET_MIB * 1024 * 1024}`, raw, `${(DISK_MIB - FS_OFFSET_MIB) * 1024}`]);
  await exec('qemu-img', ['convert', '-f', 'raw', '-O', 'qcow2', raw, join(run.poolPath, `${disk}.qcow2`)]);
  await exec('virsh', ['-c', 'qemu:///system', 'pool-refresh', run.pool]);
}

describe('snapshot_disk of a disk in use by a running VM, seen from the guests', () => {
  it('the restored snapshot holds the marker and a clean filesystem while the first guest kept writing', async () => {
    const { cpi } = run;
    const manifest = await readStemcellManifest(stemcells.openstack.manifestPath);
    const stemcell = await cpi.call<string>('create_stemcell', [stemcells.openstack.imagePath, manifest.cloudProperties], api3);
    run.track('stemcell', stemcell);
    const bootVm = async (agentId: string) => {
      const [cid] = await cpi.call<[string, unknown]>(
        'create_vm',
        [agentId, stemcell, { cpus: 1, memory: 256, ephemeral_disk: 16 }, networks, [], { fs_probe: 'yes' }],
        api3,
      );
      run.track('vm', cid);
      return cid;
    };
    const [writer, reader] = await Promise.all([bootVm('agent-writer'), bootVm('agent-reader')]);
    const writerLog = run.serialLogOf(writer);
    const readerLog = run.serialLogOf(reader);
    await Promise.all(
      [writerLog, readerLog].map((log) => waitForGuestReport(log, (r) => r.lastBoot?.reportDone === true, BOOT_TIMEOUT_MS)),
    );

    // the first guest: marker file, sync, then writes without end
    const disk = await cpi.call<string>('create_disk', [DISK_MIB, {}, writer], api3);
    run.track('disk', disk);
    await formatDisk(disk);
    const attachedAt = await serialLogSize(writerLog);
    await cpi.call('attach_disk', [writer, disk], api3);
    const writing = await waitForGuestReport(writerLog, (r) => probeLines(r.lines, 'fs-writing').length >= 1, DISK_TIMEOUT_MS, {
      fromOffset: attachedAt,
    });
    const written = probeLines(writing.lines, 'fs-probe')[0];
    expect(written?.fields.mode, `the first guest's probe: ${JSON.stringify(written?.fields)}`).toBe('write');
    const marker = decode(written?.fields.marker_b64);
    expect(marker).toMatch(/^FS-MARKER dev=sd[a-z]+ boot_id=/);

    // the snapshot, while the guest writes on
    const beforeSnapshot = await serialLogSize(writerLog);
    const snapshot = await cpi.call<string>('snapshot_disk', [
      disk,
      { director_name: 'e2e', deployment: 'snap', instance_id: 'writer/0', index: 0 },
    ]);
    expect(snapshot).toMatch(/^snap_[0-9a-f]+$/);
    const after = await waitForGuestReport(writerLog, (r) => probeLines(r.lines, 'fs-writing').length >= 1, DISK_TIMEOUT_MS, {
      fromOffset: beforeSnapshot,
    });
    expect(probeLines(after.lines, 'fs-writing').length, 'the first guest kept writing during the snapshot').toBeGreaterThanOrEqual(1);
    const volumes = (await libvirtHost.volumes(run.pool)).map((v) => v.name);
    expect(volumes).toEqual(expect.arrayContaining([`${snapshot}.qcow2`, `${snapshot}.metadata.json`]));
    const info = JSON.parse(
      (await exec('qemu-img', ['info', '-U', '--output=json', join(run.poolPath, `${snapshot}.qcow2`)])).stdout,
    ) as Record<string, unknown>;
    expect(info['backing-filename'], 'the snapshot stands alone').toBeUndefined();

    // restore by hand into a disk named as the CPI names disks, and give it to the second VM
    const restored = await cpi.call<string>('create_disk', [DISK_MIB, {}, reader], api3);
    run.track('disk', restored);
    const volumeXml = join(run.scratchDir, 'restored.xml');
    await writeFile(
      volumeXml,
      `<volume><name>${restored}.qcow2</name><capacity unit='M'>${DISK_MIB}</capacity><target><format type='qcow2'/></target></volume>\n`,
    );
    await exec('virsh', ['-c', 'qemu:///system', 'vol-delete', '--pool', run.pool, `${restored}.qcow2`]);
    await exec('virsh', ['-c', 'qemu:///system', 'vol-create-from', run.pool, volumeXml, '--inputpool', run.pool, `${snapshot}.qcow2`]);
    const readerAt = await serialLogSize(readerLog);
    await cpi.call('attach_disk', [reader, restored], api3);
    const checked = await waitForGuestReport(readerLog, (r) => probeLines(r.lines, 'fs-probe').length >= 1, DISK_TIMEOUT_MS, {
      fromOffset: readerAt,
    });
    const check = probeLines(checked.lines, 'fs-probe')[0]!.fields;
    expect(check.mode, `the second guest's probe: ${JSON.stringify(check)}`).toBe('check');
    expect(decode(check.marker_b64).trim(), 'the marker file, intact').toBe(marker.trim());
    expect(check.fsck, `e2fsck -n after the journal replay:\n${decode(check.fsck_b64)}`).toBe('0');
    // /init's raw marker at 1 MiB came along too: the copy is of the whole disk
    const rawMarker = checked.lastBoot?.markers.find((m) => m.offset >= readerAt);
    expect(rawMarker?.previous).toBe(true);

    // delete_snapshot removes both volumes, and says so again
    expect(await cpi.call('delete_snapshot', [snapshot])).toBeNull();
    expect(await cpi.call('delete_snapshot', [snapshot])).toBeNull();
    expect((await libvirtHost.volumes(run.pool)).map((v) => v.name).filter((n) => n.startsWith('snap_'))).toEqual([]);
    console.log(
      `[live snapshot] fsck before the journal replay ${check.fsck_before_replay}, after ${check.fsck}; ` +
        `${check.churn_lines} writes of the first guest in the copy; snapshot ${JSON.stringify(run.calls.find((c) => c.method === 'snapshot_disk')?.ms?.toFixed(0))} ms`,
    );
  });
});
