import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForPort(port: number, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > until) throw new Error(`sshd did not listen on ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * An OpenSSH server on a loopback port for one test file: its own host key, key-only login for
 * the current user with a fresh client key, PidFile in a temporary directory. Stopped by PID.
 * The remote transports (libvirt's qemu+ssh, a remote VirtualBox host) are tested through it,
 * with host keys verified against `knownHosts`.
 */
export class LoopbackSshd {
  readonly dir: string;
  readonly user = os.userInfo().username;
  port = 0;
  clientKey = '';
  /** The known_hosts line for this server: `[127.0.0.1]:<port> ssh-ed25519 …`. */
  knownHostsLine = '';
  /** A known_hosts file holding that line alone. */
  knownHosts = '';
  private process?: ChildProcess;

  constructor(prefix = 't-sshd') {
    this.dir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  }

  async start(): Promise<void> {
    const keygen = (file: string) => execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 't-sshd', '-f', file]);
    const hostKey = path.join(this.dir, 'host_ed25519');
    this.clientKey = path.join(this.dir, 'client_ed25519');
    keygen(hostKey);
    keygen(this.clientKey);
    writeFileSync(path.join(this.dir, 'authorized_keys'), readFileSync(`${this.clientKey}.pub`));
    this.port = await freePort();
    this.knownHostsLine = `[127.0.0.1]:${this.port} ${readFileSync(`${hostKey}.pub`, 'utf8').split(' ').slice(0, 2).join(' ')}`;
    this.knownHosts = path.join(this.dir, 'known_hosts');
    writeFileSync(this.knownHosts, `${this.knownHostsLine}\n`);
    const config = path.join(this.dir, 'sshd_config');
    writeFileSync(
      config,
      [
        `Port ${this.port}`,
        'ListenAddress 127.0.0.1',
        `HostKey ${hostKey}`,
        `PidFile ${path.join(this.dir, 'sshd.pid')}`,
        `AuthorizedKeysFile ${path.join(this.dir, 'authorized_keys')}`,
        'PubkeyAuthentication yes',
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'PermitRootLogin prohibit-password',
        'StrictModes no',
        'UsePAM no',
        'Subsystem sftp /usr/lib/openssh/sftp-server',
        'LogLevel ERROR',
        '',
      ].join('\n'),
    );
    mkdirSync('/run/sshd', { recursive: true });
    this.process = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    this.process.stderr?.on('data', (chunk) => (stderr += String(chunk)));
    const exited = new Promise<never>((_, reject) =>
      this.process!.on('exit', (code) => reject(new Error(`sshd exited (${code}): ${stderr}`))),
    );
    await Promise.race([waitForPort(this.port, 15_000), exited]);
  }

  stop(): void {
    if (this.process?.pid !== undefined && this.process.exitCode === null) process.kill(this.process.pid, 'SIGTERM');
    rmSync(this.dir, { recursive: true, force: true });
  }
}
