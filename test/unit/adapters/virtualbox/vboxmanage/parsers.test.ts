import { describe, expect, it } from 'vitest';
import { classifyVBoxOutput } from '../../../../../src/adapters/virtualbox/vboxmanage/classifyVBoxOutput.js';
import { parseExtraDataEnumeration, parseExtraDataValue } from '../../../../../src/adapters/virtualbox/vboxmanage/parseExtraData.js';
import { parseHostInfo } from '../../../../../src/adapters/virtualbox/vboxmanage/parseHostInfo.js';
import { parseListVms } from '../../../../../src/adapters/virtualbox/vboxmanage/parseListVms.js';
import { parseMachineReadable } from '../../../../../src/adapters/virtualbox/vboxmanage/parseMachineReadable.js';
import { parseMediumInfo } from '../../../../../src/adapters/virtualbox/vboxmanage/parseMediumInfo.js';
import { parseHostInterfaces, parseNatNetworks } from '../../../../../src/adapters/virtualbox/vboxmanage/parseNetworks.js';
import { parseVersion } from '../../../../../src/adapters/virtualbox/vboxmanage/parseVersion.js';
import { stripWarnings } from '../../../../../src/adapters/virtualbox/vboxmanage/stripWarnings.js';
import { parseVmInfo } from '../../../../../src/adapters/virtualbox/vboxmanage/VmInfo.js';
import { fixture, VERSIONS } from './fixtures.js';

const EXPECTED_VERSION = { '6.1': [6, 1, 50], '7.0': [7, 0, 20], '7.1': [7, 1, 4], '7.2': [7, 2, 4] } as const;

describe.each(VERSIONS)('VBoxManage %s outputs', (version) => {
  const read = (name: string) => fixture(version, name);
  // How the session reads showvminfo for this version: raw values before 7.0.
  const dialect = { rawLegacyValues: version === '6.1' };

  it('reads --version, with and without the LOGNAME/USER warning line', () => {
    const [major, minor, patch] = EXPECTED_VERSION[version];
    expect(parseVersion(read('version.txt'))).toMatchObject({ major, minor, patch });
    expect(read('version-warning.txt')).toMatch(/^WARNING: /);
    expect(parseVersion(read('version-warning.txt'))).toMatchObject({ major, minor, patch });
  });

  it('reads a running VM: state, hardware, controllers, slots, NICs', () => {
    const vm = parseVmInfo(read('showvminfo-vm.txt'), dialect);
    expect(vm).toMatchObject({
      name: 'vm_89abcdef0123456789abcdef',
      uuid: 'a1b2c3d4-0000-4000-8000-000000000002',
      state: 'running',
      firmware: 'EFI64',
      memoryMiB: 1024,
      cpus: 2,
    });
    expect(vm.controllers.map((c) => [c.name, c.bus, c.portCount])).toEqual([
      ['SCSI', 'scsi', 16],
      ['IDE', 'ide', 2],
      ['SATA', 'sata', 4],
    ]);
    expect(vm.attachments).toEqual([
      {
        controller: 'SCSI',
        port: 0,
        device: 0,
        location: expect.stringContaining('/Snapshots/{3d2c5076'),
        imageUuid: '3d2c5076-7e3c-4d90-9e65-2c4f5d6e7f80',
      },
      { controller: 'IDE', port: 1, device: 0 },
      {
        controller: 'SATA',
        port: 0,
        device: 0,
        location: '/home/vcap/.bosh_virtualbox_cpi/vms/vm_89abcdef0123456789abcdef/ephemeral.vdi',
        imageUuid: '4e3d6187-8f4d-4ea1-8f76-3d506e7f8091',
      },
      {
        controller: 'SATA',
        port: 1,
        device: 0,
        location: '/home/vcap/.bosh_virtualbox_cpi/vms/vm_89abcdef0123456789abcdef/env-00000001.iso',
        imageUuid: '5f4e7298-904e-4fb2-9087-4e617f809102',
      },
      {
        controller: 'SATA',
        port: 2,
        device: 0,
        location: '/home/vcap/.bosh_virtualbox_cpi/disks/disk_fedcba9876543210fedcba98.vdi',
        imageUuid: '6a5f83a9-a15f-40c3-a198-5f72809102a3',
      },
    ]);
    expect(vm.freeSlots.filter((s) => s.controller === 'SATA')).toEqual([{ controller: 'SATA', port: 3, device: 0 }]);
    expect(vm.nics.slice(0, 4)).toEqual([
      { index: 1, type: 'hostonly', attachment: 'vboxnet0', mac: '020A0B0C0D0E' },
      { index: 2, type: 'natnetwork', attachment: 'NatNetwork', mac: '021A1B1C1D1E' },
      { index: 3, type: 'nat', mac: '022A2B2C2D2E' },
      { index: 4, type: 'none' },
    ]);
    expect(vm.nics).toHaveLength(8);
    expect(vm.values.get('SessionName')).toBe('headless');
  });

  it('keeps the version-specific lines out of the way', () => {
    const values = parseMachineReadable(read('showvminfo-vm.txt'), dialect);
    const since71 = version === '7.1' || version === '7.2';
    // 6.1 and 7.0 print an unquoted key with spaces, 7.1 a plain key.
    const nvram = since71 ? values.get('NvramFile') : values.get('BIOS NVRAM File');
    expect(nvram).toBe('/home/vcap/VirtualBox VMs/vm_89abcdef0123456789abcdef/vm_89abcdef0123456789abcdef.nvram');
    // 7.0's bare "Encryption:     disabled" is no key; 7.1 made it one.
    expect(values.get('encryption')).toBe(since71 ? 'disabled' : undefined);
    expect([...values.keys()].some((k) => k.startsWith('Encryption'))).toBe(false);
    expect(values.has(`SATA-IsEjected${version === '6.1' ? '' : '-1-0'}`)).toBe(true);
    // 7.x's recording block: a bare " rec_screen0" line, and an option string holding "=".
    if (version !== '6.1') {
      expect(values.get('recording_screens')).toBe('1');
      expect(values.get('rec_screen_opts')).toBe('vc_enabled=true,ac_enabled=false,ac_profile=med');
      expect([...values.keys()].some((k) => k.includes('rec_screen0'))).toBe(false);
    }
    // 7.2 reports Secure Boot for an EFI machine.
    expect(values.get('SecureBoot')).toBe(version === '7.2' ? 'off' : undefined);
  });

  it('reads the host operating system from list hostinfo', () => {
    expect(parseHostInfo(read('list-hostinfo.txt'))).toEqual({ operatingSystem: 'Linux', platform: 'linux' });
  });

  it('reads the stemcell machine and its prepared-clone snapshot', () => {
    const sc = parseVmInfo(read('showvminfo-stemcell.txt'), dialect);
    expect(sc).toMatchObject({ name: 'sc_0123456789abcdef01234567', state: 'poweroff', firmware: 'BIOS', snapshots: ['prepared-clone'] });
    expect(sc.values.get('CurrentSnapshotName')).toBe('prepared-clone');
  });

  it('reads list vms', () => {
    expect(parseListVms(read('list-vms.txt'))).toEqual([
      { name: 'sc_0123456789abcdef01234567', uuid: 'a1b2c3d4-0000-4000-8000-000000000001' },
      { name: 'vm_89abcdef0123456789abcdef', uuid: 'a1b2c3d4-0000-4000-8000-000000000002' },
    ]);
  });

  it('reads host-only and bridged interfaces, names with colons and spaces included', () => {
    expect(parseHostInterfaces(read('list-hostonlyifs.txt'))).toEqual([
      { name: 'vboxnet0', dhcp: false, ip: '192.168.56.1', netmask: '255.255.255.0', up: true },
      { name: 'vboxnet1', dhcp: true, ip: '192.168.57.1', netmask: '255.255.255.0', up: false },
    ]);
    expect(parseHostInterfaces(read('list-bridgedifs.txt')).map((i) => i.name)).toEqual(['eth0', 'en0: Wi-Fi (AirPort)']);
  });

  it('reads NAT networks in both the short and the long listing', () => {
    const short = parseNatNetworks(read('list-natnetworks.txt'));
    const long = parseNatNetworks(read('list-natnetworks-long.txt'));
    for (const list of [short, long]) {
      expect(list.map((n) => [n.name, n.network, n.gateway, n.dhcp])).toEqual([
        ['NatNetwork', '10.0.2.0/24', '10.0.2.1', true],
        ['bosh-outbound', '10.0.5.0/24', '10.0.5.1', false],
      ]);
    }
    expect(long.map((n) => n.enabled)).toEqual([true, false]);
    // 7.x says whether a network is enabled only in the long listing.
    expect(short.map((n) => n.enabled)).toEqual(version === '6.1' ? [true, false] : [undefined, undefined]);
  });

  it('reads showmediuminfo, with the machines using the medium', () => {
    expect(parseMediumInfo(read('showmediuminfo-disk.txt'))).toEqual({
      uuid: '6a5f83a9-a15f-40c3-a198-5f72809102a3',
      location: '/home/vcap/.bosh_virtualbox_cpi/disks/disk_fedcba9876543210fedcba98.vdi',
      format: 'VDI',
      capacityMiB: 10240,
      inUseBy: ['vm_89abcdef0123456789abcdef'],
    });
  });

  it('reads extradata values and enumerations', () => {
    const all = parseExtraDataEnumeration(read('getextradata-enumerate.txt'));
    expect(all.get('bosh-cpi/vm/disks')).toBe('["disk_fedcba9876543210fedcba98"]');
    expect(all.get('VBoxInternal/Devices/ahci/0/Config/Port0/SerialNumber')).toBe('BOSHEPHEMERAL');
    expect(parseExtraDataValue(read('getextradata-missing.txt'))).toBeUndefined();
    expect(parseExtraDataValue('Value: {"a":"b, Value: c"}\n')).toBe('{"a":"b, Value: c"}');
  });

  it('classifies the error outputs', () => {
    expect(classifyVBoxOutput(read('error-vm-not-found.txt'))).toBe('not_found');
    expect(classifyVBoxOutput(read('error-medium-not-found.txt'))).toBe('not_found');
    expect(classifyVBoxOutput(read('error-session-locked.txt'))).toBe('retryable');
    expect(classifyVBoxOutput(read('error-launch-locked.txt'))).toBe('retryable');
    expect(classifyVBoxOutput(read('error-medium-in-use.txt'))).toBe('conflict');
    expect(classifyVBoxOutput(read('error-natnetwork-exists.txt'))).toBe('conflict');
    for (const name of ['error-not-running.txt', 'error-resize-smaller.txt', 'error-resize-vmdk.txt', 'error-syntax.txt']) {
      expect(classifyVBoxOutput(read(name)), name).toBe('fatal');
    }
  });
});

describe('recorded VBoxManage outputs', () => {
  const read = (name: string) => fixture('recorded', name);

  it('reads versions with the warning line and with a publisher tag', () => {
    expect(parseVersion(read('version-7.0.18-warning.txt'))).toEqual({ major: 7, minor: 0, patch: 18, text: '7.0.18r162988' });
    expect(parseVersion(read('version-7.1.0-rpmfusion.txt'))).toMatchObject({ major: 7, minor: 1, patch: 0 });
    expect(parseVersion('WARNING: something\n')).toBeUndefined();
  });

  it('strips the multi-line kernel-module warning and still reads the list', () => {
    const { output, warnings } = stripWarnings(read('hostonlyifs-vboxdrv-warning-6.0.txt'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('You will not be able to start VMs');
    expect(parseHostInterfaces(output)).toEqual([
      { name: 'vboxnet0', dhcp: false, ip: '192.168.56.1', netmask: '255.255.255.0', up: true },
    ]);
  });

  it('reads the early 7.0 natnetwork list (Enabled last, header and footer)', () => {
    expect(parseNatNetworks(read('natnetwork-list-7.0-early.txt'))).toEqual([
      { name: 'NatNetwork', network: '10.0.2.0/24', gateway: '10.0.2.1', dhcp: true, enabled: true },
    ]);
  });

  it('skips port-forwarding and loopback rules of 6.x NAT networks', () => {
    expect(parseNatNetworks(read('natnetworks-6.x-portforward.txt'))).toEqual([
      { name: 'NatNetwork1', network: '10.0.2.0/24', gateway: '10.0.2.1', dhcp: true, enabled: true },
    ]);
  });

  it('keeps a macOS host-only network block together across its inner blank line', () => {
    const blocks = parseHostInterfaces(read('hostonlynets-macos-7.x.txt'));
    expect(blocks.map((b) => b.name)).toEqual(['vagrantnet-vbox1']);
  });

  it('reads 7.0.0 showvminfo around the bare Encryption line', () => {
    const values = parseMachineReadable(read('showvminfo-7.0.0-head.txt'));
    expect(values.get('name')).toBe('vagrant-test_default_1665781960041_56631');
    expect(values.get('groups')).toBe('/');
    expect(values.get('memory')).toBe('1024');
  });

  it('reads controller names with spaces, 6.1 DVD keys, multi-line and escaped values', () => {
    // As the driver reads 6.1: storage slots raw, other values escaped.
    const vm = parseVmInfo(read('showvminfo-6.1-storage.txt'), { rawLegacyValues: true });
    expect(vm.controllers.map((c) => [c.name, c.bus])).toEqual([
      ['IDE Controller', 'ide'],
      ['SATA Controller', 'sata'],
    ]);
    expect(vm.attachments).toEqual([
      { controller: 'IDE Controller', port: 1, device: 0 },
      {
        controller: 'SATA Controller',
        port: 0,
        device: 0,
        location: '/Users/fix/VirtualBox VMs/go-virtualbox/ubuntu-16.04-amd64-disk001.vmdk',
        imageUuid: '32583b48-693e-45d4-882f-e9196d4f43c6',
      },
    ]);
    expect(vm.values.get('description')).toBe('first line\nsecond line with a "quote"');
    expect(vm.values.get('CfgFile')).toBe('C:\\Users\\mike\\VirtualBox VMs\\x\\x.vbox');
    expect(vm.values.get('vrdeproperty[TCP/Ports]')).toBe('<not set>');
    expect(vm.values.get('Forwarding(0)')).toBe('ssh,tcp,127.0.0.1,2222,,22');
  });

  it('classifies Windows-prefixed errors by their text', () => {
    expect(classifyVBoxOutput(read('errors-windows-and-codes.txt'))).toBe('not_found');
  });
});
