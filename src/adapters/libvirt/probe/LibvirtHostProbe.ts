import { constants as fsConstants } from 'node:fs';
import { access, readFile, stat, statfs } from 'node:fs/promises';
import type { CommandRunner } from '../../../ports/CommandRunner.js';
import type { HostFinding, HostProbe } from '../../../ports/HostProbe.js';
import { DEFAULT_SOCKET, LibvirtClient, isNoNetwork, isNoStoragePool, parseLibvirtUri, type LibvirtUri } from '../rpc/index.js';
import { directoryChain, findUnsearchableDirectory, formatMode } from './findUnsearchableDirectory.js';
import { formatBytes, freeSpaceFinding } from './freeSpaceFinding.js';
import { offersDomainType, poolTargetPath, qemuUserFromCapabilities } from './hostCapabilities.js';
import type { DirectoryEntry, ProcessIdentity } from './ProcessIdentity.js';

/** What the probe needs of the libvirt section of cpi.json. */
export interface LibvirtProbeSettings {
  readonly uri: string;
  readonly pool: string;
  /** Where the CPI creates the pool when it does not exist yet. */
  readonly poolPath: string;
  readonly network: string;
  readonly domainType: 'kvm' | 'qemu';
  readonly connectTimeoutMs: number;
  /** Where the CPU's flags are read (vmx, svm). Default /proc/cpuinfo; tests give their own. */
  readonly cpuInfoPath?: string;
}

const COMMAND_TIMEOUT_MS = 10_000;

/**
 * The libvirt driver's `cpi doctor`: the daemon's socket and connection, the storage pool
 * (defined, active, its folder reachable by QEMU's user, free space), the default network,
 * KVM or software emulation, and qemu-img. Path and socket checks need the pool on this
 * machine; for a remote URI they are left to a doctor run on the host itself.
 */
export class LibvirtHostProbe implements HostProbe {
  constructor(
    private readonly settings: LibvirtProbeSettings,
    private readonly runner: CommandRunner,
  ) {}

  async probe(): Promise<HostFinding[]> {
    const findings: HostFinding[] = [];
    let uri: LibvirtUri;
    try {
      uri = parseLibvirtUri(this.settings.uri);
    } catch (error) {
      findings.push({
        check: 'libvirt uri',
        status: 'fail',
        detail: (error as Error).message,
        fix: 'set libvirt.uri to qemu:///system, qemu+ssh://user@host/system or qemu+tcp://host/system',
      });
      return [...findings, await this.qemuImgFinding()];
    }
    const local = uri.transport === 'unix';
    const socketProblem = local ? await this.socketFinding(uri.params['socket']) : undefined;
    if (socketProblem) findings.push(socketProblem);

    const client = socketProblem?.status === 'fail' ? undefined : await this.connect(uri, findings);
    if (client) {
      try {
        findings.push(...(await this.hypervisorFindings(client, local)));
      } catch (error) {
        findings.push({ check: 'libvirt queries', status: 'fail', detail: (error as Error).message, fix: 'see the daemon’s log' });
      } finally {
        await client.close().catch(() => undefined);
      }
    } else {
      for (const check of [`storage pool ${this.settings.pool}`, `network ${this.settings.network}`, 'virtualization']) {
        findings.push({ check, status: 'skip', detail: 'not checked: no connection to libvirt', fix: 'fix the connection first' });
      }
    }
    findings.push(await this.qemuImgFinding());
    return findings;
  }

  /** `explicit`: the socket= of libvirt.uri, when it names one. */
  private async socketFinding(explicit: string | undefined): Promise<HostFinding | undefined> {
    const check = 'libvirt socket';
    const path = explicit ?? DEFAULT_SOCKET;
    try {
      const info = await stat(path);
      if (!info.isSocket()) {
        return {
          check,
          status: 'fail',
          detail: `${path} exists but is not a socket`,
          fix: 'point ?socket= in libvirt.uri at the daemon’s socket',
        };
      }
    } catch {
      // A socket= that names nothing is a wrong path far more often than a stopped daemon.
      if (explicit !== undefined) {
        return {
          check,
          status: 'fail',
          detail: `no socket at ${path}, the socket= of libvirt.uri`,
          fix: `correct socket= (the system daemon listens on ${DEFAULT_SOCKET}; \`ls /run/libvirt/\`), or drop it to use that one`,
        };
      }
      return {
        check,
        status: 'fail',
        detail: `no socket at ${path}: no libvirt daemon listens there (not installed, or not running)`,
        fix: 'start it (systemctl start libvirtd, or libvirtd -d); Debian package libvirt-daemon-system',
      };
    }
    try {
      await access(path, fsConstants.R_OK | fsConstants.W_OK);
    } catch {
      return {
        check,
        status: 'fail',
        detail: `${path} is not writable by uid ${process.getuid?.() ?? '?'}`,
        fix: 'add the CPI’s user to the libvirt group (usermod -aG libvirt USER) or run the CPI as root',
      };
    }
    return undefined;
  }

  private async connect(uri: LibvirtUri, findings: HostFinding[]): Promise<LibvirtClient | undefined> {
    try {
      const client = await LibvirtClient.connect(uri.uri, { connectTimeoutMs: this.settings.connectTimeoutMs });
      const [libvirt, hypervisor] = await Promise.all([client.getLibVersion(), client.getVersion()]);
      findings.push({
        check: 'libvirt connection',
        status: 'ok',
        detail: `${uri.uri}: libvirt ${formatVersion(libvirt)}, QEMU ${formatVersion(hypervisor)}`,
        fix: '',
      });
      return client;
    } catch (error) {
      findings.push({
        check: 'libvirt connection',
        status: 'fail',
        detail: `${uri.uri}: ${(error as Error).message}`,
        fix: connectionFix(uri, error),
      });
      return undefined;
    }
  }

  private async hypervisorFindings(client: LibvirtClient, local: boolean): Promise<HostFinding[]> {
    const capabilities = await client.getCapabilities();
    const qemu = local ? await this.qemuIdentity(capabilities) : undefined;
    return [
      ...(await this.poolFindings(client, local, qemu)),
      await this.networkFinding(client),
      await this.virtualizationFinding(client, capabilities, local, qemu),
    ];
  }

  /**
   * libvirt's own answer for `kvm` domains (virConnectGetDomainCapabilities, what `virsh
   * domcapabilities --virttype kvm` prints): the error that a kvm domain would get, if any.
   */
  private async kvmDomainCapabilitiesError(client: LibvirtClient): Promise<string | undefined> {
    try {
      await client.getDomainCapabilities({ virtType: 'kvm', arch: 'x86_64' });
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  }

  /** The CPU's flags, or undefined where they cannot be read (not Linux, or no /proc). */
  private async cpuFlags(): Promise<Set<string> | undefined> {
    const text = await readFile(this.settings.cpuInfoPath ?? '/proc/cpuinfo', 'utf8').catch(() => undefined);
    const line = text?.split('\n').find((l) => /^flags\s*:/.test(l));
    return line === undefined
      ? undefined
      : new Set(
          line
            .replace(/^flags\s*:/, '')
            .trim()
            .split(/\s+/),
        );
  }

  private async poolFindings(client: LibvirtClient, local: boolean, qemu: ProcessIdentity | undefined): Promise<HostFinding[]> {
    const name = this.settings.pool;
    const check = `storage pool ${name}`;
    const pool = await client.lookupStoragePoolByName(name).catch((error: unknown) => {
      if (isNoStoragePool(error)) return undefined;
      throw error;
    });
    const findings: HostFinding[] = [];
    let folder = this.settings.poolPath;
    if (!pool) {
      const existing = local ? await stat(folder).catch(() => undefined) : undefined;
      if (existing && !existing.isDirectory()) {
        findings.push({
          check,
          status: 'fail',
          detail: `not defined yet, and its folder ${folder} is not a directory (${describeFileType(existing)}, mode ${formatMode(existing.mode & 0o7777).slice(1)}): the CPI cannot create the pool there`,
          fix: `set libvirt.pool_path to a directory, or move ${folder} away`,
        });
        return findings;
      }
      findings.push({ check, status: 'ok', detail: `not defined yet: the CPI creates it as a directory pool at ${folder}`, fix: '' });
    } else {
      folder = poolTargetPath(await pool.getXMLDesc()) ?? folder;
      if (!(await pool.isActive())) {
        findings.push({
          check,
          status: 'fail',
          detail: `defined (at ${folder}) but not active`,
          fix: `virsh pool-start ${name} && virsh pool-autostart ${name}`,
        });
      } else {
        const info = await pool.getInfo();
        findings.push({ check, status: 'ok', detail: `active at ${folder}, ${formatBytes(info.capacityBytes)} in all`, fix: '' });
        findings.push(freeSpaceFinding(`pool ${name}`, info.availableBytes));
      }
    }
    if (!local) {
      findings.push({
        check: 'pool folder access',
        status: 'skip',
        detail: `not checked: ${folder} is on the remote host`,
        fix: 'run `cpi doctor` on the libvirt host too, with libvirt.uri qemu:///system',
      });
      return findings;
    }
    findings.push(await this.folderAccessFinding(folder, qemu));
    if (!pool) findings.push(await this.folderFreeSpaceFinding(folder));
    return findings;
  }

  private async folderAccessFinding(folder: string, qemu: ProcessIdentity | undefined): Promise<HostFinding> {
    const check = 'pool folder access';
    const chain: DirectoryEntry[] = [];
    for (const path of directoryChain(folder)) {
      const info = await stat(path).catch(() => undefined);
      if (!info) break; // what does not exist yet, the CPI creates with its own modes
      chain.push({ path, mode: info.mode & 0o7777, uid: info.uid, gid: info.gid });
    }
    if (!qemu) return { check, status: 'ok', detail: `${folder}: QEMU runs as the daemon’s user (no DAC label)`, fix: '' };
    const blocked = findUnsearchableDirectory(chain, qemu);
    if (!blocked) return { check, status: 'ok', detail: `every folder down to ${folder} is searchable by ${qemu.label}`, fix: '' };
    return {
      check,
      status: 'fail',
      detail: `${blocked.path} (${formatMode(blocked.mode)}, uid ${blocked.uid} gid ${blocked.gid}) is not searchable by QEMU’s user ${qemu.label}: VMs cannot open their disks`,
      fix: `chmod o+x ${blocked.path} (or give it to a group of ${qemu.label} with g+x), or move the pool`,
    };
  }

  private async folderFreeSpaceFinding(folder: string): Promise<HostFinding> {
    for (const path of directoryChain(folder).reverse()) {
      const fs = await statfs(path).catch(() => undefined);
      if (fs) return freeSpaceFinding(path, fs.bavail * fs.bsize);
    }
    return { check: 'free space', status: 'warn', detail: `cannot read the filesystem of ${folder}`, fix: 'check that the path exists' };
  }

  private async networkFinding(client: LibvirtClient): Promise<HostFinding> {
    const name = this.settings.network;
    const check = `network ${name}`;
    const network = await client.lookupNetworkByName(name).catch((error: unknown) => {
      if (isNoNetwork(error)) return undefined;
      throw error;
    });
    if (!network) {
      return {
        check,
        status: 'fail',
        detail: `no libvirt network named ${name}: VMs on it cannot be created`,
        fix: `define and start it (virsh net-define FILE.xml && virsh net-start ${name}), or set libvirt.network to one of \`virsh net-list --all\``,
      };
    }
    if (!(await network.isActive())) {
      return {
        check,
        status: 'fail',
        detail: `${name} is defined but not active`,
        fix: `virsh net-start ${name} && virsh net-autostart ${name}`,
      };
    }
    const bridge = await network.getBridgeName().catch(() => '');
    return { check, status: 'ok', detail: `active${bridge ? `, bridge ${bridge}` : ''}`, fix: '' };
  }

  private async virtualizationFinding(
    client: LibvirtClient,
    capabilities: string,
    local: boolean,
    qemu: ProcessIdentity | undefined,
  ): Promise<HostFinding> {
    const check = 'virtualization';
    const kvmOffered = offersDomainType(capabilities, 'x86_64', 'kvm');
    if (this.settings.domainType === 'qemu') {
      return {
        check,
        status: 'ok',
        detail: `software emulation (TCG, libvirt.domain_type qemu): works anywhere, guests run several times slower${kvmOffered ? '; KVM is offered too' : ''}`,
        fix: '',
      };
    }
    if (!kvmOffered) {
      return {
        check,
        status: 'fail',
        detail: 'libvirt.domain_type is kvm but the host offers no KVM (no /dev/kvm, or virtualization disabled)',
        fix: 'enable VT-x/AMD-V (firmware, or nested virtualization) and load kvm_intel/kvm_amd, or set libvirt.domain_type: qemu',
      };
    }
    const refused = await this.kvmDomainCapabilitiesError(client);
    if (refused !== undefined) {
      return {
        check,
        status: 'fail',
        detail: `libvirt lists KVM but refuses its domain capabilities: ${refused}`,
        fix: 'set libvirt.domain_type: qemu (software emulation), or repair KVM until `virsh domcapabilities --virttype kvm` answers',
      };
    }
    // libvirt offers KVM wherever /dev/kvm opens; virt-host-validate also asks the CPU. Without
    // vmx/svm, /dev/kvm comes from a paravirtual or nested implementation (PVM, for one) under
    // which a guest's Linux kernel may never finish booting.
    const flags = local ? await this.cpuFlags() : undefined;
    if (flags && !flags.has('vmx') && !flags.has('svm')) {
      return {
        check,
        status: 'fail',
        detail:
          'libvirt offers KVM (/dev/kvm opens), but the CPU has no vmx or svm flag: this KVM is not hardware virtualization (virt-host-validate qemu: FAIL), and Linux guests may not boot under it',
        fix: 'set libvirt.domain_type: qemu (software emulation, slower but sure), or run on a host with VT-x/AMD-V',
      };
    }
    if (local && qemu) {
      const device = await stat('/dev/kvm').catch(() => undefined);
      const usable =
        device !== undefined &&
        (qemu.uid === 0 ||
          (device.uid === qemu.uid && (device.mode & 0o600) === 0o600) ||
          (qemu.gids.includes(device.gid) && (device.mode & 0o060) === 0o060) ||
          (device.mode & 0o006) === 0o006);
      if (!usable) {
        return {
          check,
          status: 'fail',
          detail: `/dev/kvm is not read-writable by QEMU’s user ${qemu.label}${device ? ` (${formatMode(device.mode).slice(1)}, gid ${device.gid})` : ''}`,
          fix: 'chgrp kvm /dev/kvm && chmod 0660 /dev/kvm (udev does this when it runs), and keep QEMU’s user in group kvm',
        };
      }
    }
    const cpu = flags ? `, CPU flag ${flags.has('vmx') ? 'vmx' : 'svm'}` : '';
    return { check, status: 'ok', detail: `KVM (libvirt.domain_type kvm; libvirt's domain capabilities for kvm answer${cpu})`, fix: '' };
  }

  /** QEMU's uid from the DAC label, with its groups as the host knows them (`id -G`). */
  private async qemuIdentity(capabilities: string): Promise<ProcessIdentity | undefined> {
    const user = qemuUserFromCapabilities(capabilities, this.settings.domainType);
    if (!user) return undefined;
    const gids = new Set([user.gid]);
    let name = `uid ${user.uid}`;
    try {
      const groups = await this.runner.run('id', ['-G', String(user.uid)], { timeoutMs: COMMAND_TIMEOUT_MS });
      if (groups.exitCode === 0) for (const gid of groups.stdout.trim().split(/\s+/)) gids.add(Number(gid));
      const who = await this.runner.run('id', ['-nu', String(user.uid)], { timeoutMs: COMMAND_TIMEOUT_MS });
      if (who.exitCode === 0) name = `${who.stdout.trim()} (uid ${user.uid})`;
    } catch {
      // Without `id` the primary group is all we know; the check stays conservative.
    }
    return { uid: user.uid, gids: [...gids], label: name };
  }

  private async qemuImgFinding(): Promise<HostFinding> {
    const check = 'qemu-img';
    try {
      const result = await this.runner.run('qemu-img', ['--version'], { timeoutMs: COMMAND_TIMEOUT_MS });
      const version = /version\s+(\S+)/.exec(result.stdout)?.[1];
      if (result.exitCode === 0 && version) return { check, status: 'ok', detail: `qemu-img ${version}`, fix: '' };
    } catch {
      // not installed: reported below
    }
    return {
      check,
      status: 'warn',
      detail: 'qemu-img not found: vSphere-format stemcells (VMDK) cannot be imported; OpenStack-format ones can',
      fix: 'apt-get install qemu-utils (or your distribution’s qemu-img package)',
    };
  }
}

/** 9000000 → 9.0.0 (libvirt's major * 1e6 + minor * 1e3 + release). */
export function formatVersion(encoded: number): string {
  return `${Math.floor(encoded / 1_000_000)}.${Math.floor(encoded / 1000) % 1000}.${encoded % 1000}`;
}

/** What to do about a failed connection, by what failed (the transport error's code). */
function connectionFix(uri: LibvirtUri, error: unknown): string {
  const code = ((error as { cause?: { code?: unknown } }).cause?.code ?? '') as string;
  if (uri.transport === 'ssh') {
    return 'check that `ssh` reaches the host with the key and known_hosts the URI names, and that the remote user may use libvirt';
  }
  if (uri.transport === 'tcp') {
    if (code === 'ECONNREFUSED') {
      return `libvirtd does not listen for TCP there: enable listen_tcp in libvirtd.conf (or the libvirtd-tcp.socket unit) on ${uri.host}, or use qemu+ssh://${uri.host}/system`;
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'correct the host name in libvirt.uri';
    return `check that ${uri.host} is reachable and libvirtd listens for TCP there, or use qemu+ssh://`;
  }
  if (code === 'EACCES' || code === 'EPERM')
    return 'add the CPI’s user to the libvirt group (usermod -aG libvirt USER), or allow it through polkit';
  if (code === 'ECONNREFUSED') return 'the socket is left from a daemon that stopped: restart it (systemctl restart libvirtd)';
  return 'check that the daemon runs and accepts this user (group libvirt, or polkit)';
}

/** A stat's file type in words, for a path that should have been a directory. */
function describeFileType(info: {
  isFile(): boolean;
  isSymbolicLink(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isFIFO(): boolean;
}): string {
  if (info.isFile()) return 'a regular file';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isFIFO()) return 'a named pipe';
  return 'not a directory';
}
