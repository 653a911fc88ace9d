import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Iso9660SettingsMedium } from '../../../../src/adapters/iso9660/Iso9660SettingsMedium.js';
import { SECTOR_SIZE } from '../../../../src/adapters/iso9660/isoFields.js';
import { settingsMediumContents } from '../../../../src/adapters/iso9660/settingsMediumContents.js';
import type { AgentSettings } from '../../../../src/domain/settings/AgentSettings.js';
import { buildTestStemcells, unpackStemcellImage, unpackStemcellTarball } from '../../../stemcell/buildTestStemcells.js';
import { waitForGuestReport } from '../../../stemcell/waitForGuestReport.js';

// The Linux kernel as the third reader of the settings media the CPI builds (bsdtar and isoinfo
// are the other two: test/unit/adapters/iso9660/settingsMediaReaders.test.ts). This host's kernel has no
// iso9660 driver, so a guest's does the reading: the test stemcell (test/stemcell/README.md)
// mounts /dev/sr0 with `mount -t iso9660` and the config-2 drive found by label, as the agent's
// CDROM and ConfigDrive sources do, and reports every file it read in base64 on its serial
// console. Both media are built by Iso9660SettingsMedium with settings that span many sectors.
// One guest boot serves both kinds. Needs the libvirt daemon (scripts/libvirt-up.sh).

const virsh = (...args: string[]) => execa('virsh', ['-c', 'qemu:///system', '-q', ...args]);
const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const BOOT_TIMEOUT_MS = 150_000; // TCG on 2 shared cores: ~16 s idle, far more under load

const name = `t-isokernel-${hex(4)}`;

function bigSettings(agentId: string, keys: number): AgentSettings {
  return {
    agent_id: agentId,
    vm: { name: `vm-${agentId}` },
    mbus: 'nats://10.0.0.6:4222',
    ntp: [],
    networks: {},
    disks: { system: '/dev/vda', persistent: {} },
    env: {
      bosh: {
        authorized_keys: Array.from({ length: keys }, (_, i) => `ssh-ed25519 ${'AAAAC3NzaC1lZDI1NTE5'.repeat(6)}${i} ключ-${i}`),
      },
    },
  };
}

describe('settings media read by the Linux kernel of a guest', () => {
  let dir = '';

  beforeAll(async () => {
    dir = await mkdtemp(`/tmp/${name}-`);
    await chmod(dir, 0o755); // QEMU runs as libvirt-qemu and must reach the files in here
  });

  afterAll(async () => {
    await virsh('destroy', name).catch(() => undefined);
    await virsh('undefine', name).catch(() => undefined);
    await rm(`/var/log/libvirt/qemu/${name}.log`, { force: true });
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('mounts a cdrom-env and a config-2 medium and reads every file byte for byte', async () => {
    const medium = new Iso9660SettingsMedium();
    const cdromSettings = bigSettings(`cd-${hex(4)}`, 120);
    const driveSettings = bigSettings(`cfg-${hex(4)}`, 80);
    const envIso = join(dir, 'env.iso');
    const configIso = join(dir, 'config-2.iso');
    await writeFile(envIso, medium.build('cdrom-env', cdromSettings));
    await writeFile(configIso, medium.build('config-drive', driveSettings));
    const [envFile] = settingsMediumContents('cdrom-env', cdromSettings).files;
    const [userData, metaData] = settingsMediumContents('config-drive', driveSettings).files;
    expect(envFile!.content.length).toBeGreaterThan(8 * SECTOR_SIZE);
    expect(userData!.content.length).toBeGreaterThan(5 * SECTOR_SIZE);
    expect(metaData!.path).toBe('ec2/latest/meta-data.json');

    const stemcells = await buildTestStemcells();
    const unpacked = await unpackStemcellTarball(stemcells.openstack.tarball, join(dir, 'stemcell'));
    const { diskPath } = await unpackStemcellImage(unpacked.imagePath, join(dir, 'stemcell', 'disk'));
    const overlay = join(dir, 'root.qcow2');
    await execa('qemu-img', ['create', '-q', '-f', 'qcow2', '-b', diskPath, '-F', 'qcow2', overlay]);
    const serialLog = join(dir, 'serial.log');
    const xmlPath = join(dir, 'domain.xml');
    await writeFile(xmlPath, domainXml(overlay, [envIso, configIso], serialLog));
    await virsh('define', xmlPath);
    await virsh('start', name);

    const report = await waitForGuestReport(serialLog, (r) => r.lastBoot?.reportDone === true, BOOT_TIMEOUT_MS);
    const guest = report.lastBoot!;
    const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    expect(guest.env).toEqual({ found: true, source: '/dev/sr0', bytes: envFile!.content.length, text: text(envFile!.content) });
    expect(guest.userData).toEqual({ found: true, source: '/dev/sr1', bytes: userData!.content.length, text: text(userData!.content) });
    expect(guest.metaData).toMatchObject({ found: true, validJson: true, bytes: metaData!.content.length, text: text(metaData!.content) });
    expect(guest.settings).toMatchObject({ found: true, source: 'cdrom', json: JSON.parse(text(envFile!.content)) });
  });
});

/** The device layout the test stemcell expects (i440fx, IDE CD-ROMs: the first is /dev/sr0); no NIC. */
function domainXml(rootOverlay: string, cdroms: readonly string[], serialLog: string): string {
  const cdromXml = cdroms.map(
    (iso, i) => `
    <disk type='file' device='cdrom'>
      <driver name='qemu' type='raw'/><source file='${iso}'/>
      <target dev='hd${String.fromCharCode(99 + i)}' bus='ide'/><readonly/>
    </disk>`,
  );
  return `<domain type='qemu'>
  <name>${name}</name>
  <memory unit='MiB'>256</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type><boot dev='hd'/></os>
  <features><acpi/></features>
  <on_poweroff>destroy</on_poweroff><on_reboot>restart</on_reboot><on_crash>destroy</on_crash>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/><source file='${rootOverlay}'/><target dev='vda' bus='virtio'/>
    </disk>${cdromXml.join('')}
    <serial type='file'><source path='${serialLog}'/><target port='0'/></serial>
    <console type='file'><source path='${serialLog}'/><target type='serial' port='0'/></console>
  </devices>
</domain>`;
}
