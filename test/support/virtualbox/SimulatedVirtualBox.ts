import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SIMULATOR = fileURLToPath(new URL('../vboxsim/VBoxManage.mjs', import.meta.url));
export const SIMULATED_VERSIONS = ['6.1', '7.0', '7.1', '7.2'] as const;
export type SimulatedVersion = (typeof SIMULATED_VERSIONS)[number];
export type SimulatedHost = 'linux' | 'macos' | 'windows';

/**
 * Every host and version the driver is tested on: Linux with each version; macOS with
 * VirtualBox 7 (host-only networks instead of adapters); Windows with 6.1 (raw Windows paths
 * in showvminfo, `VBoxManage.exe` errors).
 */
export const SIMULATED_HOSTS: readonly { readonly host: SimulatedHost; readonly version: SimulatedVersion }[] = [
  ...SIMULATED_VERSIONS.map((version) => ({ host: 'linux' as const, version })),
  { host: 'macos', version: '7.0' },
  { host: 'macos', version: '7.1' },
  { host: 'macos', version: '7.2' },
  { host: 'windows', version: '6.1' },
];

export interface SimOptions {
  readonly version: SimulatedVersion | string;
  /** The host VirtualBox runs on (linux by default). */
  readonly host?: SimulatedHost;
  /** Hold write sessions this long, so that concurrent calls meet lock errors. */
  readonly sessionMs?: number;
  /** Keep a powered-off VM's session lock this long (VirtualBox unlocks a moment later). */
  readonly unlockMs?: number;
  readonly warn?: 'auto' | 'always' | 'never' | 'vboxdrv';
}

/**
 * A simulated VirtualBox host in a temporary directory: its state file, its `VirtualBox VMs`
 * folder, a call log, and `bin`, a wrapper script that runs the simulator with this state. The
 * wrapper carries the settings because the CPI starts VBoxManage with an almost empty environment.
 */
export class SimulatedVirtualBox {
  readonly dir: string;
  readonly statePath: string;
  readonly logPath: string;
  readonly bin: string;

  constructor(
    readonly options: SimOptions,
    parent = os.tmpdir(),
  ) {
    // A space in the path: VirtualBox's own default folder ("VirtualBox VMs") has one too.
    this.dir = mkdtempSync(path.join(parent, 't-vbox sim-'));
    this.statePath = path.join(this.dir, 'state.json');
    this.logPath = path.join(this.dir, 'calls.log');
    this.bin = path.join(this.dir, 'VBoxManage');
    const env = {
      VBOXSIM_STATE: this.statePath,
      VBOXSIM_VERSION: options.version,
      VBOXSIM_HOST: options.host ?? 'linux',
      VBOXSIM_SESSION_MS: String(options.sessionMs ?? 0),
      VBOXSIM_UNLOCK_MS: String(options.unlockMs ?? 0),
      VBOXSIM_WARN: options.warn ?? 'auto',
      VBOXSIM_LOG: this.logPath,
    };
    const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const assignments = Object.entries(env)
      .map(([k, v]) => `${k}=${q(v)}`)
      .join(' ');
    writeFileSync(this.bin, `#!/bin/sh\n${assignments} exec ${q(process.execPath)} ${q(SIMULATOR)} "$@"\n`);
    chmodSync(this.bin, 0o755);
  }

  /** Runs the simulator directly (for assertions and for preparing state). */
  vbox(...args: string[]): string {
    return execFileSync(this.bin, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', LOGNAME: os.userInfo().username, USER: os.userInfo().username },
    });
  }

  state(): SimState {
    return JSON.parse(readFileSync(this.statePath, 'utf8')) as SimState;
  }

  /** Plants faults: the next `times` calls of `command` (on `vm`, if given) fail that way. */
  injectFault(fault: { command: string; kind: string; times: number; vm?: string }): void {
    const state = this.stateOrEmpty();
    state.faults = [...(state.faults ?? []), fault];
    writeFileSync(this.statePath, JSON.stringify(state));
  }

  /** Seeds host networks (the simulated host starts with none but the bridged `eth0`). */
  edit(change: (state: SimState) => void): void {
    const state = this.stateOrEmpty();
    change(state);
    writeFileSync(this.statePath, JSON.stringify(state));
  }

  private stateOrEmpty(): SimState {
    try {
      return this.state();
    } catch {
      this.vbox('list', 'vms');
      return this.state();
    }
  }

  /** The subcommands run so far, in order (`--version` included). */
  calls(): string[][] {
    try {
      return readFileSync(this.logPath, 'utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => (JSON.parse(l) as { argv: string[] }).argv);
    } catch {
      return [];
    }
  }

  clearCalls(): void {
    rmSync(this.logPath, { force: true });
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface SimMachine {
  uuid: string;
  name: string;
  folder: string;
  state: string;
  memory: number;
  cpus: number;
  firmware: string;
  description: string;
  controllers: { name: string; bus: string; portcount: number }[];
  attachments: { controller: string; port: number; device: number; kind: string; medium: string | null; hotpluggable: boolean }[];
  nics: { type: string; attachment: string; mac: string }[];
  extradata: Record<string, string>;
  snapshots: { name: string }[];
  resets?: number;
  boots?: number;
  sessionName?: string;
}

export interface SimState {
  machines: Record<string, SimMachine>;
  media: Record<string, { uuid: string; location: string; format: string; kind: string; capacityMB: number; parent: string | null }>;
  hostonlyifs: { name: string; ip: string; mask: string }[];
  hostonlynets?: { name: string; netmask: string; lowerIp: string; upperIp: string; enabled: boolean }[];
  natnetworks: { name: string; network: string }[];
  bridgedifs: { name: string }[];
  globalExtradata: Record<string, string>;
  faults?: { command: string; kind: string; times: number; vm?: string }[];
}

/** Builds a vSphere stemcell `image` file: a gzipped tar of image.ovf, image.mf and image-disk1.vmdk. */
export function buildStemcellImage(dir: string, options: { gzip?: boolean; withOvf?: boolean } = {}): string {
  const content = path.join(dir, 'content');
  execFileSync('mkdir', ['-p', content]);
  const files = ['image-disk1.vmdk'];
  writeFileSync(path.join(content, 'image-disk1.vmdk'), 'KDMV fake stream-optimized disk\n');
  if (options.withOvf !== false) {
    writeFileSync(
      path.join(content, 'image.ovf'),
      readFileSync(fileURLToPath(new URL('../vboxsim/fixtures/stemcell/image.ovf', import.meta.url))),
    );
    files.unshift('image.ovf');
  } else {
    writeFileSync(path.join(content, 'root.img'), 'not an ovf\n');
    files.push('root.img');
  }
  const sums = files.map((f) => `SHA256(${f})= ${execFileSync('sha256sum', [path.join(content, f)], { encoding: 'utf8' }).split(' ')[0]}`);
  writeFileSync(path.join(content, 'image.mf'), `${sums.join('\n')}\n`);
  files.push('image.mf');
  const image = path.join(dir, 'image');
  execFileSync('tar', [options.gzip === false ? '-cf' : '-czf', image, '-C', content, ...files]);
  rmSync(content, { recursive: true, force: true });
  return image;
}
