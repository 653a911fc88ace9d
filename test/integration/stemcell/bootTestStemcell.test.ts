import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestStemcells, unpackStemcellImage, unpackStemcellTarball, type TestStemcells } from '../../stemcell/buildTestStemcells.js';
import type { GuestBoot } from '../../stemcell/parseGuestReport.js';
import { serialLogSize, waitForGuestReport } from '../../stemcell/waitForGuestReport.js';

// Boots the test stemcells under libvirt directly (virsh, no CPI): first the OpenStack image with
// an env CD-ROM and a config-2 CD-ROM, hot-attaching a virtio-scsi disk that gets a marker; then,
// after that VM is gone, the vSphere image with the same disk attached and named by a settings
// hint, whose marker must still be there. Needs the libvirt daemon (scripts/libvirt-up.sh).

const virsh = (...args: string[]) => execa('virsh', ['-c', 'qemu:///system', '-q', ...args]);
const hex = (bytes: number) => randomBytes(bytes).toString('hex');

const run = `t-stemcell-${hex(3)}`;
const since = (start: number) => `${((performance.now() - start) / 1000).toFixed(2)} s`;
const BOOT_TIMEOUT_MS = 120_000; // ~5-6 s on an idle 2-core machine, far more when others compile

interface DomainSpec {
  readonly name: string;
  readonly rootOverlay: string;
  /** ISO files as IDE CD-ROMs, in order: the first is hdc and becomes the guest's /dev/sr0 */
  readonly cdroms: readonly string[];
  readonly mac: string;
  readonly serialLog: string;
  readonly scsiDisks?: readonly { readonly path: string; readonly serial: string }[];
}

/** The device layout the stemcell expects: i440fx, IDE CD-ROMs, virtio root, virtio-scsi data disks. */
function domainXml(spec: DomainSpec): string {
  const cdroms = spec.cdroms.map(
    (iso, i) => `
    <disk type='file' device='cdrom'>
      <driver name='qemu' type='raw'/><source file='${iso}'/>
      <target dev='hd${String.fromCharCode(99 + i)}' bus='ide'/><readonly/>
    </disk>`,
  );
  const disks = (spec.scsiDisks ?? []).map((d, i) => scsiDiskXml(d.path, d.serial, `sd${String.fromCharCode(97 + i)}`));
  return `<domain type='qemu'>
  <name>${spec.name}</name>
  <memory unit='MiB'>256</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type><boot dev='hd'/></os>
  <features><acpi/></features>
  <on_poweroff>destroy</on_poweroff><on_reboot>restart</on_reboot><on_crash>destroy</on_crash>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/><source file='${spec.rootOverlay}'/><target dev='vda' bus='virtio'/>
    </disk>${cdroms.join('')}
    <controller type='scsi' index='0' model='virtio-scsi'/>${disks.join('')}
    <interface type='network'>
      <source network='default'/><mac address='${spec.mac}'/><model type='virtio'/>
    </interface>
    <serial type='file'><source path='${spec.serialLog}'/><target port='0'/></serial>
    <console type='file'><source path='${spec.serialLog}'/><target type='serial' port='0'/></console>
  </devices>
</domain>`;
}

function scsiDiskXml(path: string, serial: string, target: string): string {
  return `
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/><source file='${path}'/><target dev='${target}' bus='scsi'/>
      <serial>${serial}</serial>
    </disk>`;
}

async function makeIso(dir: string, label: string, files: Record<string, string>): Promise<string> {
  const tree = join(dir, `${label}-tree`);
  for (const [name, content] of Object.entries(files)) {
    const path = join(tree, name);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, content);
  }
  const iso = join(dir, `${label}.iso`);
  await execa('genisoimage', ['-quiet', '-o', iso, '-r', '-J', '-V', label, tree]);
  return iso;
}

function settingsJson(agentId: string, ip: string, mac: string, persistent: Record<string, unknown>): string {
  return JSON.stringify({
    agent_id: agentId,
    vm: { name: agentId },
    mbus: 'https://mbus:secret@0.0.0.0:6868',
    ntp: [],
    networks: {
      default: {
        type: 'manual',
        ip,
        netmask: '255.255.255.0',
        gateway: '192.168.122.1',
        dns: ['192.168.122.1'],
        default: ['dns', 'gateway'],
        mac,
      },
    },
    disks: { system: '/dev/vda', ephemeral: null, persistent },
    env: { bosh: { mbus: { cert: {} } } },
  });
}

describe('the test stemcell under libvirt', () => {
  let stemcells: TestStemcells;
  let dir: string;
  const defined: string[] = [];
  const persistentDisk = { path: '', serial: `pd${hex(6)}`, cid: `disk-${hex(8)}` };
  let firstBoot: GuestBoot | undefined;

  beforeAll(async () => {
    const building = performance.now();
    stemcells = await buildTestStemcells();
    console.info(`[timing] buildTestStemcells (cached or not) ${since(building)}`);
    dir = await mkdtemp(`/tmp/${run}-`);
    await chmod(dir, 0o755); // QEMU runs as libvirt-qemu and must reach the files in here
    persistentDisk.path = join(dir, 'persistent.qcow2');
    await execa('qemu-img', ['create', '-q', '-f', 'qcow2', persistentDisk.path, '16M']);
  });

  afterAll(async () => {
    for (const name of defined) {
      await virsh('destroy', name).catch(() => undefined);
      await virsh('undefine', name).catch(() => undefined);
      await rm(`/var/log/libvirt/qemu/${name}.log`, { force: true });
    }
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function boot(spec: DomainSpec): Promise<void> {
    const xmlPath = join(dir, `${spec.name}.xml`);
    await writeFile(xmlPath, domainXml(spec));
    await virsh('define', xmlPath);
    defined.push(spec.name);
    await virsh('start', spec.name);
  }

  it('boots the OpenStack image and reports its settings, NIC, and a hot-attached disk with its marker', async () => {
    const unpacked = await unpackStemcellTarball(stemcells.openstack.tarball, join(dir, 'openstack'));
    expect(unpacked.manifest).toMatch(/stemcell_formats:\n- openstack-qcow2\n/);
    const { diskPath, diskFormat } = await unpackStemcellImage(unpacked.imagePath, join(dir, 'openstack', 'disk'));
    expect(diskFormat).toBe('qcow2');
    const overlay = join(dir, 'os-root.qcow2');
    await execa('qemu-img', ['create', '-q', '-f', 'qcow2', '-b', diskPath, '-F', 'qcow2', overlay]);

    const mac = `52:54:00:${hex(1)}:${hex(1)}:${hex(1)}`;
    const ip = `192.168.122.${200 + (randomBytes(1)[0]! % 50)}`;
    const env = settingsJson(`agent-${hex(4)}`, ip, mac, {});
    const userData = JSON.stringify({ agent_id: 'config-drive-copy' });
    const envIso = await makeIso(dir, 'ENV', { env });
    const configIso = await makeIso(dir, 'config-2', {
      'ec2/latest/user-data': userData,
      'ec2/latest/meta-data.json': '{}',
    });
    const serialLog = join(dir, 'os-serial.log');
    const name = `${run}-os`;
    const started = performance.now();
    await boot({ name, rootOverlay: overlay, cdroms: [envIso, configIso], mac, serialLog });

    const report = await waitForGuestReport(serialLog, (r) => r.lastBoot?.reportDone === true, BOOT_TIMEOUT_MS);
    console.info(`[timing] openstack image: define+start -> report-done ${since(started)}`);
    const guest = report.lastBoot!;
    expect(guest.env).toMatchObject({ found: true, source: '/dev/sr0', text: env });
    expect(guest.userData).toMatchObject({ found: true, source: '/dev/sr1', text: userData });
    expect(guest.metaData).toMatchObject({ found: true, validJson: true });
    expect(guest.settings).toMatchObject({ found: true, source: 'cdrom', resolution: 'scsi', json: JSON.parse(env) });
    expect(guest.nics).toEqual([{ name: 'eth0', mac, driver: 'virtio_net' }]);
    expect(guest.networks).toEqual([expect.objectContaining({ network: 'default', dev: 'eth0', ip, prefixLength: 24, pingGateway: 'ok' })]);
    expect(guest.disks.find((d) => d.name === 'vda')?.role).toBe('boot');
    expect(guest.markers).toEqual([]);

    const beforeAttach = await serialLogSize(serialLog);
    const diskXml = join(dir, 'persistent-disk.xml');
    await writeFile(diskXml, scsiDiskXml(persistentDisk.path, persistentDisk.serial, 'sda'));
    const attaching = performance.now();
    await virsh('attach-device', name, diskXml, '--live');
    const attached = await waitForGuestReport(serialLog, (r) => r.boots.some((b) => b.markers.length > 0), BOOT_TIMEOUT_MS, {
      fromOffset: beforeAttach,
      pollMs: 50,
    });
    console.info(`[timing] hot-attach -> marker ${since(attaching)}`);
    const afterAttach = attached.boots[0]!;
    const disk = afterAttach.disks.find((d) => d.serial === persistentDisk.serial);
    expect(disk).toMatchObject({ role: 'persistent', sizeBytes: 16 * 1024 * 1024, readOnly: false });
    expect(disk?.hctl).toMatch(/^\d+:0:0:\d+$/);
    expect(disk?.byId).toEqual([`scsi-0QEMU_QEMU_HARDDISK_${persistentDisk.serial}`]);
    expect(afterAttach.markers).toEqual([
      expect.objectContaining({ dev: disk?.name, serial: persistentDisk.serial, rule: 'serial', previous: false, readback: 'ok' }),
    ]);
    expect(afterAttach.markers[0]?.record).toMatchObject({ serial: persistentDisk.serial, bootId: guest.bootId });
    firstBoot = guest;

    await virsh('destroy', name);
    await virsh('undefine', name);
  });

  it('boots the vSphere image and finds the marker on the same disk, named by the settings hint', async () => {
    expect(firstBoot, 'needs the marker written by the previous test').toBeDefined();
    const unpacked = await unpackStemcellTarball(stemcells.vsphere.tarball, join(dir, 'vsphere'));
    expect(unpacked.manifest).toMatch(/stemcell_formats:\n- vsphere-ova\n- vsphere-ovf\n/);
    const { diskPath, diskFormat } = await unpackStemcellImage(unpacked.imagePath, join(dir, 'vsphere', 'disk'));
    expect(diskFormat).toBe('vmdk');
    const overlay = join(dir, 'vs-root.qcow2');
    await execa('qemu-img', ['create', '-q', '-f', 'qcow2', '-b', diskPath, '-F', 'vmdk', overlay]);

    const mac = `52:54:00:${hex(1)}:${hex(1)}:${hex(1)}`;
    const ip = `192.168.122.${200 + (randomBytes(1)[0]! % 50)}`;
    const env = settingsJson(`agent-${hex(4)}`, ip, mac, { [persistentDisk.cid]: { id: persistentDisk.serial } });
    const envIso = await makeIso(dir, 'ENV2', { env });
    const serialLog = join(dir, 'vs-serial.log');
    const name = `${run}-vs`;
    const started = performance.now();
    await boot({
      name,
      rootOverlay: overlay,
      cdroms: [envIso],
      mac,
      serialLog,
      scsiDisks: [{ path: persistentDisk.path, serial: persistentDisk.serial }],
    });

    const report = await waitForGuestReport(serialLog, (r) => r.lastBoot?.reportDone === true, BOOT_TIMEOUT_MS);
    console.info(`[timing] vsphere image: define+start -> report-done ${since(started)}`);
    const guest = report.lastBoot!;
    expect(guest.settings).toMatchObject({ found: true, source: 'cdrom', resolution: 'scsi' });
    expect(guest.userData).toEqual({ found: false, source: undefined, error: 'no-config-drive' });
    expect(guest.markers).toEqual([
      expect.objectContaining({ serial: persistentDisk.serial, cid: persistentDisk.cid, rule: 'scsi-id', previous: true }),
    ]);
    expect(guest.markers[0]?.record).toMatchObject({ serial: persistentDisk.serial, bootId: firstBoot?.bootId });
    expect(guest.bootId).not.toBe(firstBoot?.bootId);

    // ACPI shutdown reaches the guest's acpid, which powers off
    const beforeShutdown = await serialLogSize(serialLog);
    const stopping = performance.now();
    await virsh('shutdown', name);
    await waitForGuestReport(serialLog, (r) => r.lines.some((l) => l.key === 'acpi'), 30_000, {
      fromOffset: beforeShutdown,
    });
    await expect.poll(async () => (await virsh('domstate', name)).stdout.trim(), { timeout: 30_000, interval: 100 }).toBe('shut off');
    console.info(`[timing] virsh shutdown -> shut off ${since(stopping)}`);
  });
});
