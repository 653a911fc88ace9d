import { randomInt } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestStemcells, type TestStemcells } from '../../stemcell/buildTestStemcells.js';
import { serialLogSize, waitForGuestReport } from '../../stemcell/waitForGuestReport.js';
import { ok, writeLibvirtConfig } from '../../support/libvirt/cpiProcess.js';
import { leftovers, testPool } from '../../support/libvirt/testPool.js';

/**
 * The test stemcells (a kernel and an agent-like /init, test/stemcell) booted through the cpi
 * executable: the guest reports on its serial console what it found (settings source, NICs,
 * disks and how it resolved their hints with the real agent's rules), so this checks the
 * device layout of the driver, not only the libvirt calls.
 */
const pool = testPool('libvirt-boot');
const BOOT_MS = 240_000; // about 5 s on an idle machine, far more when others compile
let dir: string;
let logDir: string;
let config: string;
let stemcells: TestStemcells;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 't-libvirt-boot-'));
  logDir = join(dir, 'serial');
  (await import('node:fs')).mkdirSync(logDir);
  chmodSync(dir, 0o755);
  config = writeLibvirtConfig(dir, { ...pool.libvirtConfig, serial_log_dir: logDir, timeouts: { shutdown_s: 60, reboot_s: 60, attach_s: 60, detach_s: 60 } });
  stemcells = await buildTestStemcells();
}, 900_000);
afterAll(async () => {
  await pool.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const cases = [
  { kind: 'vsphere', source: 'cdrom', resolution: 'scsi', persistentRule: 'scsi-id', ephemeralRule: 'scsi-id' },
  { kind: 'openstack', source: 'config-drive', resolution: 'virtio', persistentRule: 'virtio-id', ephemeralRule: 'virtio-path' },
] as const;

describe('test stemcells booted through the cpi executable', () => {
  it.each(cases)('$kind: settings via $source, NIC by MAC, disks found by the $resolution rules, reboot, delete', async (c) => {
    const stemcell = await ok<string>(config, 'create_stemcell', [stemcells[c.kind].imagePath, {}]);
    const ip = `192.168.122.${randomInt(150, 250)}`;
    const networks = {
      default: { type: 'manual', ip, netmask: '255.255.255.0', gateway: '192.168.122.1', dns: ['192.168.122.1'], default: ['dns', 'gateway'], cloud_properties: {} },
    };
    const [vm] = await ok<[string]>(config, 'create_vm', [`agent-${c.kind}`, stemcell, { cpus: 1, memory: 256, ephemeral_disk: 32 }, networks, [], {}]);
    const log = join(logDir, `${vm}.serial.log`);
    const booted = (await waitForGuestReport(log, (r) => r.lastBoot?.reportDone === true, BOOT_MS)).lastBoot!;

    // settings from the medium the stemcell's format calls for
    expect(booted.settings).toMatchObject({ found: true, source: c.source, resolution: c.resolution, validJson: true, agentId: `agent-${c.kind}` });
    const settings = (booted.settings as { json: { networks: { default: { mac: string } }; disks: unknown } }).json;
    expect(settings.disks).toEqual({ system: '/dev/vda', ephemeral: { path: '/dev/vdb', id: 'bosh_ephemeral' }, persistent: {} });
    // the NIC the settings name, configured with its static address
    expect(booted.nics.map((n) => n.mac)).toEqual([settings.networks.default.mac]);
    expect(booted.networks).toEqual([expect.objectContaining({ network: 'default', dev: 'eth0', ip })]);
    // root and ephemeral disks as the hints say
    expect(booted.disks.find((d) => d.name === 'vda')?.role).toBe('boot');
    expect(booted.ephemeral).toEqual([{ dev: 'vdb', rule: c.ephemeralRule }]);

    // a persistent disk, hot-plugged: the guest sees it at once, known by its serial only
    const disk = await ok<string>(config, 'create_disk', [16, {}, vm]);
    const beforeAttach = await serialLogSize(log);
    const hint = await ok(config, 'attach_disk', [vm, disk]);
    expect(hint).toEqual({ id: disk.slice(0, 20), volume_id: '0', lun: '0' });
    const attached = (await waitForGuestReport(log, (r) => (r.lastBoot?.markers.length ?? 0) > 0, BOOT_MS, { fromOffset: beforeAttach })).lastBoot!;
    expect(attached.markers[0]).toMatchObject({ serial: disk.slice(0, 20), previous: false, readback: 'ok' });
    const persistent = attached.disks.find((d) => d.name === attached.markers[0]!.dev)!;
    expect(persistent.hctl).toMatch(/^\d+:0:0:0$/);
    expect(persistent.sizeBytes).toBe(16 * 1024 * 1024);

    // reboot: the guest acts on ACPI, boots again, and reads the settings the attach rewrote
    // (no stemcell api_version in the context: the medium follows the disks); the hint names
    // the disk under the agent's rules of this stemcell kind, and the data is still there
    const beforeReboot = await serialLogSize(log);
    await ok(config, 'reboot_vm', [vm]);
    const rebooted = (await waitForGuestReport(log, (r) => r.lastBoot?.reportDone === true && (r.lastBoot?.markers.length ?? 0) > 0, BOOT_MS, { fromOffset: beforeReboot })).lastBoot!;
    expect(rebooted.bootId).not.toBe(booted.bootId);
    expect(rebooted.markers[0]).toMatchObject({ serial: disk.slice(0, 20), cid: disk, rule: c.persistentRule, previous: true });

    // detach: gone from the guest too
    const beforeDetach = await serialLogSize(log);
    await ok(config, 'detach_disk', [vm, disk]);
    await waitForGuestReport(log, (r) => r.lines.some((l) => l.key === 'blk-removed'), 60_000, { fromOffset: beforeDetach });

    // delete: ACPI power-off, the persistent disk stays
    await ok(config, 'delete_vm', [vm]);
    expect(await ok(config, 'has_vm', [vm])).toBe(false);
    expect(await ok(config, 'has_disk', [disk])).toBe(true);
    await ok(config, 'delete_disk', [disk]);
    await ok(config, 'delete_stemcell', [stemcell]);
    expect(await leftovers(pool.name)).toEqual({ domains: [], volumes: [] });
  }, 900_000);
});
