import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa, type ResultPromise } from 'execa';
import { LibvirtClient } from '../../../src/adapters/libvirt/rpc/index.js';

/**
 * A second libvirt daemon on this machine, for tests that need two libvirt hosts: libvirtd and
 * its own virtlogd in a mount and network namespace of their own (`unshare --mount --net`),
 * with private folders bind-mounted over /etc/libvirt, /var/lib/libvirt, /var/cache/libvirt,
 * /var/log/libvirt and /run/libvirt. The host's daemon keeps running untouched beside it.
 *
 * The folder mounted on /run/libvirt inside is a folder of the test outside, so the daemon's
 * socket is reachable from the host as `qemu:///system?socket=<dir>/run/libvirt-sock`. Its
 * domains, pools and networks are its own; its QEMU processes live in its network namespace.
 * `stop()` destroys what runs in it and ends exactly the processes it started, by PID.
 */
export interface PrivateLibvirtdOptions {
  /** Prefix of the scratch folder's name. */
  readonly label?: string;
  /** How long the daemon may take to answer after its start (a cold capabilities probe is slow). */
  readonly startTimeoutMs?: number;
}

const MOUNTS = {
  etc: '/etc/libvirt',
  lib: '/var/lib/libvirt',
  cache: '/var/cache/libvirt',
  log: '/var/log/libvirt',
  run: '/run/libvirt',
} as const;

/** Config files the daemons read; the host's definitions (domains, pools, networks) are not copied. */
const CONFIG_FILES = ['libvirtd.conf', 'qemu.conf', 'virtlogd.conf', 'libvirt.conf'];

export class PrivateLibvirtd {
  private constructor(
    /** Scratch folder holding everything of this daemon; same path inside and outside its namespace. */
    readonly dir: string,
    private readonly namespace: ResultPromise,
    private readonly stdioLog: string,
  ) {}

  /** The URI the host's clients (the CPI, virsh) use to reach this daemon. */
  get uri(): string {
    return `qemu:///system?socket=${this.socketPath}`;
  }

  get socketPath(): string {
    return join(this.dir, 'run', 'libvirt-sock');
  }

  /** A folder that has the same path inside and outside the namespace, for pools of this daemon. */
  get sharedDir(): string {
    return join(this.dir, 'shared');
  }

  static async start(options: PrivateLibvirtdOptions = {}): Promise<PrivateLibvirtd> {
    const dir = await mkdtemp(join(tmpdir(), `${options.label ?? 't-libvirtd'}-`));
    // QEMU (user libvirt-qemu) must reach the pools and logs in here
    await chmod(dir, 0o755);
    for (const name of [...Object.keys(MOUNTS), 'shared']) await mkdir(join(dir, name), { mode: 0o755 });
    for (const file of CONFIG_FILES) await cp(join(MOUNTS.etc, file), join(dir, 'etc', file)).catch(() => undefined);
    for (const sub of ['qemu/networks', 'storage', 'nwfilter', 'secrets']) await mkdir(join(dir, 'etc', sub), { recursive: true });
    // libvirt's own layout under /var/lib/libvirt; the cached QEMU capabilities spare a cold probe
    for (const sub of ['qemu', 'images', 'network', 'dnsmasq']) await mkdir(join(dir, 'lib', sub), { recursive: true });
    await cp(join(MOUNTS.cache, 'qemu'), join(dir, 'cache', 'qemu'), { recursive: true }).catch(() => undefined);
    await mkdir(join(dir, 'log', 'qemu'), { recursive: true });

    const script = join(dir, 'inside.sh');
    await writeFile(script, insideScript(dir), { mode: 0o755 });
    const stdioLog = join(dir, 'libvirtd-stdio.log');
    // --fork: the new mount namespace applies to unshare's child, which becomes tini (a child
    // subreaper, as scripts/libvirt-up.sh runs the host's daemon), whose child is libvirtd.
    const namespace = execa('unshare', ['--mount', '--net', '--propagation', 'private', '--fork', '--', 'bash', script], {
      stdin: 'ignore',
      stdout: { file: stdioLog },
      stderr: { file: stdioLog },
      detached: true,
      reject: false,
      env: { LIBVIRT_LOG_OUTPUTS: `3:file:${join(MOUNTS.log, 'libvirtd.log')}` },
    });
    const daemon = new PrivateLibvirtd(dir, namespace, stdioLog);
    try {
      await daemon.waitUntilAnswering(options.startTimeoutMs ?? 90_000);
    } catch (error) {
      await daemon.stop();
      throw error;
    }
    return daemon;
  }

  /** The processes this daemon consists of, by PID (undefined before they wrote their PID files). */
  async pids(): Promise<{ namespace: number | undefined; libvirtd: number | undefined; virtlogd: number | undefined }> {
    const read = async (file: string) => {
      const pid = Number((await readFile(join(this.dir, file), 'utf8').catch(() => '')).trim());
      return Number.isInteger(pid) && pid > 1 ? pid : undefined;
    };
    return { namespace: this.namespace.pid, libvirtd: await read('libvirtd.pid'), virtlogd: await read('virtlogd.pid') };
  }

  /** Runs `work` with a protocol connection to this daemon. */
  async withClient<T>(work: (client: LibvirtClient) => Promise<T>): Promise<T> {
    const client = await LibvirtClient.connect(this.uri);
    try {
      return await work(client);
    } finally {
      await client.close();
    }
  }

  /** virsh against this daemon. */
  async virsh(...args: string[]): Promise<string> {
    return (await execa('virsh', ['-c', this.uri, '-q', ...args], { timeout: 60_000 })).stdout;
  }

  /**
   * Destroys and undefines every domain, stops every network and pool of this daemon, ends
   * libvirtd and virtlogd by the PIDs they wrote (checked to be ours by their command line),
   * and removes the scratch folder.
   */
  async stop(): Promise<void> {
    if (await this.answers()) {
      await this.withClient(async (client) => {
        for (const domain of await client.listAllDomains(0)) {
          await domain.destroy().catch(() => undefined);
          await domain.undefine(1 | 2 | 4).catch(() => undefined);
        }
      }).catch(() => undefined);
      for (const network of (await this.virsh('net-list', '--name').catch(() => ''))
        .split('\n')
        .map((n) => n.trim())
        .filter(Boolean)) {
        await this.virsh('net-destroy', network).catch(() => undefined);
      }
    }
    const pids = await this.pids();
    await this.endProcess(pids.libvirtd);
    await this.endProcess(pids.virtlogd);
    // unshare ends when tini does, and tini when libvirtd does
    if (this.namespace.pid !== undefined && (await ourProcess(this.namespace.pid, this.dir))) this.namespace.kill('SIGTERM');
    await Promise.race([this.namespace, sleep(10_000, { unref: true })]);
    await rm(this.dir, { recursive: true, force: true });
  }

  /** The daemon's own log lines, for a failure message. */
  async logTail(lines = 30): Promise<string> {
    const parts = await Promise.all(
      [this.stdioLog, join(this.dir, 'log', 'libvirtd.log')].map((path) => readFile(path, 'utf8').catch(() => '')),
    );
    return parts.join('\n').split('\n').slice(-lines).join('\n');
  }

  private async answers(): Promise<boolean> {
    try {
      await this.withClient(async (client) => client.getLibVersion());
      return true;
    } catch {
      return false;
    }
  }

  private async waitUntilAnswering(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let exited = false;
    void this.namespace.finally(() => {
      exited = true;
    });
    while (Date.now() < deadline) {
      if (exited) throw new Error(`the private libvirtd exited at its start:\n${await this.logTail()}`);
      if (await this.answers()) return;
      await sleep(200);
    }
    throw new Error(`the private libvirtd did not answer on ${this.socketPath} within ${timeoutMs} ms:\n${await this.logTail()}`);
  }

  private async endProcess(pid: number | undefined): Promise<void> {
    if (pid === undefined || !(await ourProcess(pid, this.dir))) return;
    process.kill(pid, 'SIGTERM');
    for (let i = 0; i < 100 && (await ourProcess(pid, this.dir)); i++) await sleep(100);
    if (await ourProcess(pid, this.dir)) process.kill(pid, 'SIGKILL');
  }
}

/** The script run inside the new namespaces: private folders over libvirt's, then the daemons. */
function insideScript(dir: string): string {
  const mounts = Object.entries(MOUNTS)
    .map(([name, target]) => `mount --bind '${join(dir, name)}' '${target}'`)
    .join('\n');
  return `#!/bin/bash
set -euo pipefail
${mounts}
ip link set lo up
/usr/sbin/virtlogd --daemon --pid-file '${join(dir, 'virtlogd.pid')}'
exec /usr/bin/tini -s -- /usr/sbin/libvirtd --pid-file '${join(dir, 'libvirtd.pid')}'
`;
}

/** Whether `pid` is alive and one of this daemon's processes: its command line names our folder. */
async function ourProcess(pid: number, dir: string): Promise<boolean> {
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  const state = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  if (/^\d+ \(.*\) Z/.test(state)) return false;
  return cmdline.split('\0').some((arg) => arg.includes(dir));
}

/** `unref`: a pending bound must not keep the process alive once the awaited thing is done. */
const sleep = (ms: number, options: { unref?: boolean } = {}) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    if (options.unref) timer.unref();
  });
