import { failure } from '../../../domain/errors/DomainError.js';
import { parseExtraDataEnumeration, parseExtraDataValue } from './parseExtraData.js';
import { parseListVms, type VmListEntry } from './parseListVms.js';
import { parseMediumInfo, type MediumInfo } from './parseMediumInfo.js';
import { parseHostInfo, type HostInfo } from './parseHostInfo.js';
import { parseHostOnlyNetworks, type HostOnlyNetwork } from './parseHostOnlyNetworks.js';
import { parseHostInterfaces, parseNatNetworks, type HostInterface, type NatNetwork } from './parseNetworks.js';
import { parseVersion, versionAtLeast, type VBoxVersion } from './parseVersion.js';
import { parseVmInfo, type VmInfo } from './VmInfo.js';
import { VBoxManageFailure } from './VBoxManageFailure.js';
import type { VBoxCallOptions, VBoxManageRunner } from './VBoxManageRunner.js';

export type Firmware = 'bios' | 'efi' | 'efi32' | 'efi64';
export type NicAttachment =
  | { readonly type: 'none' }
  | { readonly type: 'nat' }
  | { readonly type: 'natnetwork'; readonly network: string }
  | { readonly type: 'hostonly'; readonly adapter: string }
  /** VirtualBox 7 on macOS: a host-only network instead of a host-only adapter. */
  | { readonly type: 'hostonlynet'; readonly network: string }
  | { readonly type: 'bridged'; readonly adapter: string };

export interface NicSetting {
  readonly index: number;
  readonly attachment: NicAttachment;
  /** 12 hex digits; omitted for a disabled adapter. */
  readonly mac?: string;
}

export interface ModifyVmSettings {
  readonly cpus?: number;
  readonly memoryMiB?: number;
  readonly firmware?: Firmware;
  readonly paravirtProvider?: string;
  readonly description?: string;
  /** VirtualBox 7 renamed `--audio` to `--audio-driver`; the caller picks by version. */
  readonly audio?: { readonly option: '--audio' | '--audio-driver'; readonly value: string };
  readonly nics?: readonly NicSetting[];
}

export interface StorageAttachment {
  readonly controller: string;
  readonly port: number;
  readonly device: number;
  readonly type: 'hdd' | 'dvddrive';
  /** A path or UUID, `emptydrive` for an empty DVD drive, `none` to detach. */
  readonly medium: string;
  readonly hotpluggable?: boolean;
}

export type ExtraDataTarget = string | 'global';

/**
 * One method per VBoxManage subcommand the driver uses. Arguments are built as argv arrays,
 * outputs are parsed into types, and "not found" comes back as `undefined` where the caller
 * asks a question (showvminfo, showmediuminfo) and as a classified failure otherwise.
 */
export class VBoxManage {
  constructor(
    private readonly runner: VBoxManageRunner,
    private readonly timeouts: { readonly importMs: number },
    /** The version of the VirtualBox that answers (read once by the session): outputs depend on it. */
    private readonly versionOf: () => Promise<VBoxVersion>,
  ) {}

  /** The host's warnings (kernel module not loaded, LOGNAME/USER) seen by this facade's calls. */
  get warnings(): readonly string[] {
    return this.runner.warnings;
  }

  private call(args: string[], options?: VBoxCallOptions) {
    return this.runner.call(args, options);
  }

  private async orUndefined<T>(work: Promise<T>): Promise<T | undefined> {
    try {
      return await work;
    } catch (error) {
      if (VBoxManageFailure.isClass(error, 'not_found')) return undefined;
      throw error;
    }
  }

  async version(): Promise<VBoxVersion> {
    const { stdout } = await this.call(['--version']);
    const version = parseVersion(stdout);
    if (!version) throw failure('infrastructure', `VBoxManage --version printed no version: ${JSON.stringify(stdout.slice(0, 200))}`);
    return version;
  }

  async listVms(): Promise<VmListEntry[]> {
    return parseListVms((await this.call(['list', 'vms'])).stdout);
  }

  /** undefined when no such machine is registered. */
  async showVmInfo(vm: string): Promise<VmInfo | undefined> {
    const dialect = { rawLegacyValues: !versionAtLeast(await this.versionOf(), 7, 0) };
    return this.orUndefined(this.call(['showvminfo', vm, '--machinereadable']).then((o) => parseVmInfo(o.stdout, dialect)));
  }

  /** `list hostinfo`: the host's operating system, which decides how host-only networking works. */
  async hostInfo(): Promise<HostInfo> {
    return parseHostInfo((await this.call(['list', 'hostinfo'])).stdout);
  }

  /** Imports the appliance as a machine with the given name (no "Suggested VM name" parsing). */
  async importOvf(ovfPath: string, vmName: string): Promise<void> {
    await this.call(['import', ovfPath, '--vsys', '0', '--vmname', vmName], { timeoutMs: this.timeouts.importMs });
  }

  async modifyVm(vm: string, settings: ModifyVmSettings): Promise<void> {
    const args = ['modifyvm', vm];
    if (settings.cpus !== undefined) args.push('--cpus', String(settings.cpus));
    if (settings.memoryMiB !== undefined) args.push('--memory', String(settings.memoryMiB));
    if (settings.firmware !== undefined) args.push('--firmware', settings.firmware);
    if (settings.paravirtProvider !== undefined) args.push('--paravirtprovider', settings.paravirtProvider);
    if (settings.description !== undefined) args.push('--description', settings.description);
    if (settings.audio !== undefined) args.push(settings.audio.option, settings.audio.value);
    for (const nic of settings.nics ?? []) {
      const n = nic.index;
      const a = nic.attachment;
      args.push(`--nic${n}`, a.type);
      // The 6.1 spellings: 7.x keeps them as aliases of its hyphenated names.
      if (a.type === 'natnetwork') args.push(`--nat-network${n}`, a.network);
      if (a.type === 'hostonly') args.push(`--hostonlyadapter${n}`, a.adapter);
      if (a.type === 'hostonlynet') args.push(`--host-only-net${n}`, a.network);
      if (a.type === 'bridged') args.push(`--bridgeadapter${n}`, a.adapter);
      if (nic.mac !== undefined) args.push(`--macaddress${n}`, nic.mac);
    }
    if (args.length > 2) await this.call(args);
  }

  async snapshotTake(vm: string, name: string): Promise<void> {
    await this.call(['snapshot', vm, 'take', name]);
  }

  async cloneVmLinked(source: string, snapshot: string, name: string): Promise<void> {
    await this.call(['clonevm', source, '--snapshot', snapshot, '--options', 'link', '--name', name, '--register']);
  }

  async startVm(vm: string, type: 'headless' | 'gui'): Promise<void> {
    const started = new RegExp(`VM ".*" has been successfully started`);
    await this.call(['startvm', vm, '--type', type], { successDespiteExit: (r) => started.test(r.stdout) });
  }

  async controlVm(vm: string, action: 'poweroff' | 'reset' | 'pause' | 'resume' | 'acpipowerbutton'): Promise<void> {
    await this.call(['controlvm', vm, action]);
  }

  async unregisterVm(vm: string, deleteMedia: boolean): Promise<void> {
    await this.call(['unregistervm', vm, ...(deleteMedia ? ['--delete'] : [])]);
  }

  async storageCtlAdd(vm: string, name: string, bus: 'sata', controller: 'IntelAhci', portCount: number): Promise<void> {
    await this.call([
      'storagectl',
      vm,
      '--name',
      name,
      '--add',
      bus,
      '--controller',
      controller,
      '--portcount',
      String(portCount),
      '--bootable',
      'on',
    ]);
  }

  async storageCtlPortCount(vm: string, name: string, portCount: number): Promise<void> {
    await this.call(['storagectl', vm, '--name', name, '--portcount', String(portCount)]);
  }

  async storageAttach(vm: string, a: StorageAttachment): Promise<void> {
    const args = [
      'storageattach',
      vm,
      '--storagectl',
      a.controller,
      '--port',
      String(a.port),
      '--device',
      String(a.device),
      '--type',
      a.type,
      '--medium',
      a.medium,
    ];
    if (a.type === 'hdd' && a.medium !== 'none') args.push('--mtype', 'normal');
    if (a.hotpluggable !== undefined && a.medium !== 'none') args.push('--hotpluggable', a.hotpluggable ? 'on' : 'off');
    await this.call(args);
  }

  /** Returns the new medium's UUID. */
  async createMedium(file: string, sizeMiB: number, format: 'VDI' | 'VMDK'): Promise<string> {
    const { stdout } = await this.call([
      'createmedium',
      'disk',
      '--filename',
      file,
      '--size',
      String(sizeMiB),
      '--format',
      format,
      '--variant',
      'Standard',
    ]);
    const uuid = /UUID: ([0-9a-fA-F-]{36})/.exec(stdout)?.[1];
    if (!uuid) throw failure('infrastructure', `VBoxManage createmedium printed no UUID: ${JSON.stringify(stdout.slice(0, 200))}`);
    return uuid.toLowerCase();
  }

  async closeMedium(kind: 'disk' | 'dvd', medium: string, deleteFile: boolean): Promise<void> {
    await this.call(['closemedium', kind, medium, ...(deleteFile ? ['--delete'] : [])]);
  }

  async resizeMedium(medium: string, sizeMiB: number): Promise<void> {
    await this.call(['modifymedium', 'disk', medium, '--resize', String(sizeMiB)]);
  }

  /** undefined when the medium is neither registered nor a file. */
  showMediumInfo(kind: 'disk' | 'dvd', medium: string): Promise<MediumInfo | undefined> {
    return this.orUndefined(this.call(['showmediuminfo', kind, medium]).then((o) => parseMediumInfo(o.stdout)));
  }

  /** `undefined` deletes the key. */
  async setExtraData(target: ExtraDataTarget, key: string, value: string | undefined): Promise<void> {
    await this.call(['setextradata', target, key, ...(value === undefined ? [] : [value])], { secretArgs: [3] });
  }

  async getExtraData(target: ExtraDataTarget, key: string): Promise<string | undefined> {
    return parseExtraDataValue((await this.call(['getextradata', target, key])).stdout);
  }

  /** undefined when the machine does not exist. */
  enumerateExtraData(target: ExtraDataTarget): Promise<Map<string, string> | undefined> {
    return this.orUndefined(this.call(['getextradata', target, 'enumerate']).then((o) => parseExtraDataEnumeration(o.stdout)));
  }

  async listHostOnlyIfs(): Promise<HostInterface[]> {
    return parseHostInterfaces((await this.call(['list', 'hostonlyifs'])).stdout);
  }

  async listBridgedIfs(): Promise<HostInterface[]> {
    return parseHostInterfaces((await this.call(['list', 'bridgedifs'])).stdout);
  }

  /** Returns the name VirtualBox chose for the new adapter. */
  async hostOnlyIfCreate(): Promise<string> {
    const { stdout } = await this.call(['hostonlyif', 'create']);
    const name = /Interface '(.+)' was successfully created/.exec(stdout)?.[1];
    if (!name)
      throw failure('infrastructure', `VBoxManage hostonlyif create printed no interface name: ${JSON.stringify(stdout.slice(0, 200))}`);
    return name;
  }

  async hostOnlyIfIpConfig(name: string, ip: string, netmask: string): Promise<void> {
    await this.call(['hostonlyif', 'ipconfig', name, '--ip', ip, '--netmask', netmask]);
  }

  async hostOnlyIfRemove(name: string): Promise<void> {
    await this.call(['hostonlyif', 'remove', name]);
  }

  /** VirtualBox 7 on macOS only (elsewhere `hostonlynets` is a syntax error). */
  async listHostOnlyNets(): Promise<HostOnlyNetwork[]> {
    return parseHostOnlyNetworks((await this.call(['list', 'hostonlynets'])).stdout);
  }

  /** Prints nothing on success (VBoxManageHostonly.cpp, handleNetAdd): the caller lists again. */
  async hostOnlyNetAdd(name: string, netmask: string, lowerIp: string, upperIp: string): Promise<void> {
    await this.call(['hostonlynet', 'add', '--name', name, '--netmask', netmask, '--lower-ip', lowerIp, '--upper-ip', upperIp, '--enable']);
  }

  /** `--long`: the only listing that says whether a 7.x NAT network is enabled. */
  async listNatNetworks(): Promise<NatNetwork[]> {
    return parseNatNetworks((await this.call(['list', '--long', 'natnetworks'])).stdout);
  }

  async natNetworkAdd(name: string, cidr: string, dhcp: boolean): Promise<void> {
    await this.call(['natnetwork', 'add', '--netname', name, '--network', cidr, '--enable', '--dhcp', dhcp ? 'on' : 'off']);
  }
}
