import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { failure } from '../../../domain/errors/DomainError.js';
import type { CommandResult, CommandRunner } from '../../../ports/CommandRunner.js';
import { shellCommand, shellQuote } from './shellQuote.js';
import type { VBoxHost } from './VBoxHost.js';

export interface SshTarget {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  /** A path to the private key, or the key itself (PEM / OpenSSH format). */
  readonly privateKey: string;
  /** A path to a known_hosts file, or its lines. */
  readonly knownHosts: string;
  readonly connectTimeoutSeconds: number;
}

/** ssh exits 255 when it could not run the command: no connection, a bad host key, no auth. */
const SSH_FAILED = 255;
/**
 * One SSH connection carries all the calls of a CPI call (a create_vm makes about twenty):
 * the first ssh becomes a master on a socket in our temporary directory. close() ends it; if
 * the CPI dies first, the master exits by itself after this many idle seconds.
 */
const CONTROL_PERSIST_SECONDS = 30;

/**
 * VirtualBox on another machine, driven through the system `ssh` client. The host key must be
 * in the configured known_hosts: StrictHostKeyChecking=yes, so an unknown or changed key stops
 * the call; it is never skipped. Files go up with `scp` (large stemcells) or through `cat`.
 */
export class SshHost implements VBoxHost {
  readonly description: string;
  private files?: Promise<{ dir: string; key: string; knownHosts: string }>;
  private home?: Promise<string>;
  private multiplexed = false;

  constructor(
    private readonly runner: CommandRunner,
    private readonly target: SshTarget,
  ) {
    this.description = `${target.user}@${target.host}:${target.port}`;
  }

  private credentialFiles() {
    this.files ??= (async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'bosh-vbox-ssh-'));
      const materialise = async (value: string, name: string, isContent: boolean) => {
        if (!isContent) return value.startsWith('~/') ? path.join(os.homedir(), value.slice(2)) : value;
        const file = path.join(dir, name);
        await writeFile(file, value.endsWith('\n') ? value : `${value}\n`, { mode: 0o600 });
        return file;
      };
      const key = await materialise(this.target.privateKey, 'id', /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(this.target.privateKey));
      const knownHosts = await materialise(this.target.knownHosts, 'known_hosts', /\s(ssh-|ecdsa-|sk-)/.test(this.target.knownHosts));
      return { dir, key, knownHosts };
    })();
    return this.files;
  }

  private async options(portFlag: '-p' | '-P'): Promise<string[]> {
    const { dir, key, knownHosts } = await this.credentialFiles();
    this.multiplexed = true;
    return [
      '-o',
      'ControlMaster=auto',
      '-o',
      `ControlPath=${path.join(dir, 'cm-%C')}`,
      '-o',
      `ControlPersist=${CONTROL_PERSIST_SECONDS}`,
      '-o',
      'BatchMode=yes',
      '-o',
      'StrictHostKeyChecking=yes',
      '-o',
      `UserKnownHostsFile=${knownHosts}`,
      '-o',
      'GlobalKnownHostsFile=/dev/null',
      '-o',
      'IdentitiesOnly=yes',
      '-o',
      `ConnectTimeout=${this.target.connectTimeoutSeconds}`,
      '-o',
      'LogLevel=ERROR',
      '-i',
      key,
      portFlag,
      String(this.target.port),
    ];
  }

  async run(argv: readonly string[], options: { timeoutMs: number; input?: Uint8Array }): Promise<CommandResult> {
    return this.ssh(shellCommand(argv), options);
  }

  private async ssh(command: string, options: { timeoutMs: number; input?: Uint8Array }): Promise<CommandResult> {
    const args = [...(await this.options('-p')), '-l', this.target.user, '--', this.target.host, command];
    const result = await this.runner.run('ssh', args, { timeoutMs: options.timeoutMs, ...(options.input ? { input: options.input } : {}) });
    if (result.exitCode === SSH_FAILED) {
      throw failure(
        'unavailable',
        `ssh to ${this.description} failed: ${result.stderr.trim().split('\n').slice(-2).join(' ') || 'exit 255'}`,
        {
          okToRetry: true,
        },
      );
    }
    return result;
  }

  private async must(argv: readonly string[], what: string, options: { timeoutMs?: number; input?: Uint8Array } = {}): Promise<string> {
    const result = await this.run(argv, { timeoutMs: options.timeoutMs ?? 60_000, ...(options.input ? { input: options.input } : {}) });
    if (result.exitCode !== 0) throw failure('infrastructure', `${what} on ${this.description} failed: ${result.stderr.trim()}`);
    return result.stdout;
  }

  homeDir(): Promise<string> {
    this.home ??= this.must(['sh', '-c', 'printf "%s" "$HOME"'], 'reading $HOME').then((home) => {
      if (!home.startsWith('/')) throw failure('infrastructure', `the home directory on ${this.description} is ${JSON.stringify(home)}`);
      return home;
    });
    return this.home;
  }

  async mkdirp(dir: string): Promise<void> {
    await this.must(['mkdir', '-p', '--', dir], `mkdir ${dir}`);
  }

  async remove(target: string): Promise<void> {
    await this.must(['rm', '-rf', '--', target], `rm ${target}`);
  }

  async writeFile(file: string, bytes: Uint8Array): Promise<void> {
    await this.ssh(`cat > ${shellQuote(file)}`, { timeoutMs: 120_000, input: bytes }).then((r) => {
      if (r.exitCode !== 0) throw failure('infrastructure', `writing ${file} on ${this.description} failed: ${r.stderr.trim()}`);
    });
  }

  readFile(file: string): Promise<string> {
    return this.must(['cat', '--', file], `reading ${file}`);
  }

  async list(dir: string): Promise<string[]> {
    return (await this.must(['ls', '-1A', '--', dir], `listing ${dir}`)).split('\n').filter((n) => n !== '');
  }

  async exists(file: string): Promise<boolean> {
    return (await this.run(['test', '-e', file], { timeoutMs: 60_000 })).exitCode === 0;
  }

  async extractArchive(localArchive: string, dir: string, timeoutMs: number): Promise<void> {
    const upload = path.posix.join(dir, '.upload.tar');
    const host = this.target.host.includes(':') ? `[${this.target.host}]` : this.target.host;
    // scp speaks SFTP (OpenSSH 9): the remote path is taken literally, no remote shell.
    const copied = await this.runner.run(
      'scp',
      [...(await this.options('-P')), '-q', '--', localArchive, `${this.target.user}@${host}:${upload}`],
      {
        timeoutMs,
      },
    );
    if (copied.exitCode !== 0) throw failure('unavailable', `copying the stemcell to ${this.description} failed: ${copied.stderr.trim()}`);
    try {
      const result = await this.run(['tar', '-xf', upload, '-C', dir], { timeoutMs });
      if (result.exitCode !== 0) {
        throw failure(
          'invalid_request',
          `the stemcell image ${localArchive} is not a tar archive (tar: ${result.stderr.trim().split('\n').slice(-1)[0] ?? ''})`,
        );
      }
    } finally {
      await this.remove(upload);
    }
  }

  async close(): Promise<void> {
    const files = this.files;
    this.files = undefined;
    if (!files) return;
    const dir = await files.then(
      (f) => f.dir,
      () => undefined,
    );
    if (!dir) return;
    if (this.multiplexed) {
      // Ends the master connection; harmless when none is running.
      await this.runner
        .run(
          'ssh',
          [
            '-o',
            `ControlPath=${path.join(dir, 'cm-%C')}`,
            '-O',
            'exit',
            '-p',
            String(this.target.port),
            '-l',
            this.target.user,
            '--',
            this.target.host,
          ],
          {
            timeoutMs: 10_000,
          },
        )
        .catch(() => undefined);
    }
    await rm(dir, { recursive: true, force: true });
  }
}
