import { describe, expect, it } from 'vitest';
import { classifyVBoxOutput, errorSummary, printsError } from '../../../../../src/adapters/virtualbox/vboxmanage/classifyVBoxOutput.js';
import { parseHostInfo } from '../../../../../src/adapters/virtualbox/vboxmanage/parseHostInfo.js';
import { parseHostOnlyNetworks } from '../../../../../src/adapters/virtualbox/vboxmanage/parseHostOnlyNetworks.js';
import { parseMachineReadable } from '../../../../../src/adapters/virtualbox/vboxmanage/parseMachineReadable.js';
import { parseMediumInfo } from '../../../../../src/adapters/virtualbox/vboxmanage/parseMediumInfo.js';
import { parseHostInterfaces, parseNatNetworks } from '../../../../../src/adapters/virtualbox/vboxmanage/parseNetworks.js';
import { parseVersion } from '../../../../../src/adapters/virtualbox/vboxmanage/parseVersion.js';
import { stripWarnings } from '../../../../../src/adapters/virtualbox/vboxmanage/stripWarnings.js';
import { parseVmInfo } from '../../../../../src/adapters/virtualbox/vboxmanage/VmInfo.js';
import { fixture } from './fixtures.js';

// Outputs of hosts other than Linux, and shapes of real output the Linux fixtures do not show.
// Escaping rules: VBoxManageInfo.cpp, showVMInfo (6.x: RTPrintf with a raw %ls for storage
// slots, controller names and NIC attachments; 7.0 on: outputMachineReadableString everywhere).
const RAW_61 = { rawLegacyValues: true };
const ESCAPED_7X = { rawLegacyValues: false };

describe('VirtualBox 7.2 on macOS (simulator fixtures)', () => {
  const read = (name: string) => fixture('macos-7.2', name);

  it('lists host-only networks, a name with a space and a disabled one included', () => {
    expect(parseHostOnlyNetworks(read('list-hostonlynets.txt'))).toEqual([
      { name: 'vboxnet0', enabled: true, netmask: '255.255.255.0', lowerIp: '192.168.56.0', upperIp: '192.168.56.0' },
      { name: 'bosh-lite net', enabled: false, netmask: '255.255.0.0', lowerIp: '10.244.0.1', upperIp: '10.244.255.254' },
    ]);
    // No host-only adapters there at all.
    expect(parseHostInterfaces(read('list-hostonlyifs.txt'))).toEqual([]);
  });

  it('reads a NIC on a host-only network back from showvminfo', () => {
    const vm = parseVmInfo(read('showvminfo-vm.txt'), ESCAPED_7X);
    expect(vm.nics[0]).toEqual({ index: 1, type: 'hostonlynetwork', attachment: 'vboxnet0', mac: '020A0B0C0D0E' });
  });

  it('says Darwin in list hostinfo', () => {
    expect(parseHostInfo(read('list-hostinfo.txt'))).toEqual({ operatingSystem: 'Darwin', platform: 'macos' });
  });

  it('fails hostonlyif create on /dev/vboxnetctl, an error the classifier does not retry', () => {
    const text = read('error-hostonlyif-create.txt');
    expect(printsError(text)).toBe(true);
    expect(classifyVBoxOutput(text)).toBe('fatal');
    expect(errorSummary(text)).toContain('failed to open /dev/vboxnetctl');
  });
});

describe('VirtualBox 6.1 on Windows (simulator fixtures)', () => {
  const read = (name: string) => fixture('windows-6.1', name);

  it('reads raw Windows paths in storage slots and escaped ones elsewhere', () => {
    const vm = parseVmInfo(read('showvminfo-vm.txt'), RAW_61);
    const root = 'C:\\Users\\vcap\\VirtualBox VMs\\vm_89abcdef0123456789abcdef';
    expect(vm.attachments[0]).toEqual({
      controller: 'SCSI',
      port: 0,
      device: 0,
      location: `${root}\\Snapshots\\{3d2c5076-7e3c-4d90-9e65-2c4f5d6e7f80}.vmdk`,
      imageUuid: '3d2c5076-7e3c-4d90-9e65-2c4f5d6e7f80',
    });
    expect(vm.values.get('CfgFile')).toBe(`${root}\\vm_89abcdef0123456789abcdef.vbox`);
    expect(vm.values.get('BIOS NVRAM File')).toBe(`${root}\\vm_89abcdef0123456789abcdef.nvram`);
    // Read as if escaped, the raw path would lose every backslash.
    expect(parseVmInfo(read('showvminfo-vm.txt'), ESCAPED_7X).attachments[0]?.location).toBe(
      'C:UsersvcapVirtualBox VMsvm_89abcdef0123456789abcdefSnapshots{3d2c5076-7e3c-4d90-9e65-2c4f5d6e7f80}.vmdk',
    );
  });

  it('classifies VBoxManage.exe errors by their text', () => {
    const text = read('error-vm-not-found.txt');
    expect(text).toMatch(/^VBoxManage\.exe: error: /);
    expect(printsError(text)).toBe(true);
    expect(classifyVBoxOutput(text)).toBe('not_found');
    expect(errorSummary(text)).toBe(
      "Could not find a registered machine named 'vm_000000000000000000000000'; Details: code VBOX_E_OBJECT_NOT_FOUND (0x80bb0001), component VirtualBoxWrap, interface IVirtualBox, callee IUnknown",
    );
  });
});

describe('shapes of real VBoxManage output', () => {
  const read = (name: string) => fixture('recorded', name);

  it('6.1 raw values: a quote inside a path does not swallow the following lines', () => {
    const output = [
      '"SATA-0-0"="/vms/a "quoted" name.vdi"',
      '"SATA-ImageUUID-0-0"="0f3e2d1c-0000-4000-8000-000000000001"',
      'bridgeadapter1="en0: Wi-Fi (AirPort)"',
      'name="x"',
    ].join('\n');
    const values = parseMachineReadable(output, RAW_61);
    expect(values.get('SATA-0-0')).toBe('/vms/a "quoted" name.vdi');
    expect(values.get('SATA-ImageUUID-0-0')).toBe('0f3e2d1c-0000-4000-8000-000000000001');
    expect(values.get('bridgeadapter1')).toBe('en0: Wi-Fi (AirPort)');
    expect(values.get('name')).toBe('x');
  });

  it('7.1.18 on Windows escapes storage paths (recorded)', () => {
    expect(parseMachineReadable(read('showvminfo-7.1.18-windows-storage.txt'), ESCAPED_7X).get('IDE Controller-0-0')).toBe(
      'C:\\vagrant-storage-labs\\vms\\ch-driver-lab\\Rocky-9...vmdk',
    );
  });

  it('reads a macOS 7.x NIC block with a host-only network (recorded)', () => {
    const vm = parseVmInfo(read('showvminfo-nics-macos-7.x.txt'), ESCAPED_7X);
    expect(vm.nics.slice(0, 3)).toEqual([
      { index: 1, type: 'nat', mac: '080027BB1475' },
      { index: 2, type: 'hostonlynetwork', attachment: 'vagrantnet-vbox1', mac: '080027FBC15B' },
      { index: 3, type: 'none' },
    ]);
  });

  it('reads a macOS bridged list: empty values ending at the colon, Wireless: Yes (recorded)', () => {
    expect(parseHostInterfaces(read('bridgedifs-macos-7.x.txt'))).toEqual([
      { name: 'en1: Wi-Fi (AirPort)', dhcp: false, ip: '10.0.0.49', netmask: '255.255.255.0', up: true },
      { name: 'bridge100', dhcp: false, ip: '192.168.61.1', netmask: '255.255.255.0', up: true },
    ]);
  });

  it('reads lists with trailing blanks after values and without Wireless:', () => {
    const list = [
      'Name:            vboxnet3   ',
      'GUID:            786f6276-656e-4374-8000-0a0027000003',
      'DHCP:            Disabled  ',
      'IPAddress:       192.168.59.1 ',
      'NetworkMask:     255.255.255.0',
      'IPV6Address:     ',
      'IPV6NetworkMaskPrefixLength: 0',
      'HardwareAddress: 0a:00:27:00:00:03',
      'MediumType:      Ethernet',
      'Status:          Up ',
      'VBoxNetworkName: HostInterfaceNetworking-vboxnet3',
      '',
      '',
    ].join('\n');
    expect(parseHostInterfaces(list)).toEqual([{ name: 'vboxnet3', dhcp: false, ip: '192.168.59.1', netmask: '255.255.255.0', up: true }]);
    expect(parseHostOnlyNetworks(fixture('recorded', 'hostonlynets-macos-7.x.txt'))).toEqual([
      { name: 'vagrantnet-vbox1', enabled: true, netmask: '255.255.255.0', lowerIp: '192.168.61.0', upperIp: '192.168.61.0' },
    ]);
  });

  it('reads the natnetwork list with its header and footer', () => {
    expect(parseNatNetworks(fixture('7.2', 'list-natnetworks-long.txt')).map((n) => n.name)).toEqual(['NatNetwork', 'bosh-outbound']);
    expect(
      parseNatNetworks(`NAT Networks:\n\n${fixture('7.2', 'list-natnetworks-long.txt')}2 networks found\n`).map((n) => n.name),
    ).toEqual(['NatNetwork', 'bosh-outbound']);
  });

  it('reads showmediuminfo with a snapshot after the machine and Child UUIDs continuation lines (recorded, 5.1 on Windows)', () => {
    expect(parseMediumInfo(read('showmediuminfo-5.1-windows-linked-base.txt'))).toEqual({
      uuid: '08b51f97-43b2-4b3b-964d-89c829988f19',
      location: 'D:\\VirtualBox_VMs\\win7x86-32bit\\win7x86\\win7x86.vdi',
      format: 'VDI',
      capacityMiB: 51200,
      inUseBy: ['win7x86'],
    });
  });

  it('keeps the multi-line vboxdrv warning for the operator and reads the output after it', () => {
    const { output, warnings } = stripWarnings(`${fixture('recorded', 'hostonlyifs-vboxdrv-warning-6.0.txt')}`);
    expect(warnings[0]).toMatch(/^WARNING: The vboxdrv kernel module is not loaded/);
    expect(warnings[0]).toContain('sudo /sbin/vboxconfig');
    expect(output.startsWith('Name:')).toBe(true);
  });

  it('reads the 7.2.4 version (recorded)', () => {
    expect(parseVersion(read('version-7.2.4.txt'))).toEqual({ major: 7, minor: 2, patch: 4, text: '7.2.4r170995' });
  });

  it('classifies Windows errors with VERR_PATH_NOT_FOUND, and the 4-line storageattach error', () => {
    const windows = read('error-path-not-found-windows-4.3.txt');
    expect(printsError(windows)).toBe(true);
    expect(classifyVBoxOutput(windows)).toBe('fatal');
    expect(errorSummary(windows)).toContain("Could not create a directory 'C:\\Users\\xxx\\VirtualBox VMs\\boot2docker-vm'");
    expect(errorSummary(windows)).not.toContain('Context:');
    // Medium missing because its folder is (VBoxManageDisk.cpp OpenMedium, then storageattach's own line).
    const fourLines = [
      "VBoxManage: error: Could not find file for the medium '/store/disks/gone/disk.vdi' (VERR_PATH_NOT_FOUND)",
      'VBoxManage: error: Details: code VBOX_E_FILE_ERROR (0x80bb0004), component MediumWrap, interface IMedium, callee nsISupports',
      'VBoxManage: error: Context: "OpenMedium(Bstr(pszFilenameOrUuid).raw(), enmDevType, enmAccessMode, fForceNewUuidOnOpen, pMedium.asOutParam())" at line 191 of file VBoxManageDisk.cpp',
      'VBoxManage: error: Invalid UUID or filename "/store/disks/gone/disk.vdi"',
    ].join('\n');
    expect(classifyVBoxOutput(fourLines)).toBe('not_found');
    expect(errorSummary(fourLines).split('; ')).toHaveLength(3);
  });
});
