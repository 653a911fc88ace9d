import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { failure } from '../../../domain/errors/DomainError.js';
import type { CommandResult, CommandRunner } from '../../../ports/CommandRunner.js';
import type { VBoxHost } from './VBoxHost.js';

/**
 * VirtualBox on this machine. VBoxManage 7.0.16+ prints a warning when LOGNAME or USER do not
 * name the effective user, and finds its configuration through HOME, so the three are passed
 * even when the CPI itself was started with an almost empty environment.
 */
export class LocalHost implements VBoxHost {
  readonly description = 'local';
  private readonly env: Record<string, string>;

  constructor(private readonly runner: CommandRunner) {
    const user = os.userInfo();
    this.env = { HOME: user.homedir, LOGNAME: user.username, USER: user.username };
  }

  run(argv: readonly string[], options: { timeoutMs: number; input?: Uint8Array }): Promise<CommandResult> {
    const [bin, ...args] = argv;
    return this.runner.run(bin!, args, { timeoutMs: options.timeoutMs, env: this.env, ...(options.input ? { input: options.input } : {}) });
  }

  async homeDir(): Promise<string> {
    return os.homedir();
  }

  async mkdirp(path: string): Promise<void> {
    await mkdir(path, { recursive: true });
  }

  async remove(path: string): Promise<void> {
    await rm(path, { recursive: true, force: true });
  }

  async writeFile(path: string, bytes: Uint8Array): Promise<void> {
    await writeFile(path, bytes);
  }

  async readFile(path: string): Promise<string> {
    return readFile(path, 'utf8');
  }

  async list(dir: string): Promise<string[]> {
    return readdir(dir);
  }

  async exists(path: string): Promise<boolean> {
    return stat(path).then(
      () => true,
      () => false,
    );
  }

  async extractArchive(localArchive: string, dir: string, timeoutMs: number): Promise<void> {
    // GNU tar and bsdtar both detect gzip themselves when reading a file.
    const result = await this.run(['tar', '-xf', localArchive, '-C', dir], { timeoutMs });
    if (result.exitCode !== 0) {
      throw failure(
        'invalid_request',
        `the stemcell image ${localArchive} is not a tar archive (tar: ${result.stderr.trim().split('\n').slice(-1)[0] ?? ''})`,
      );
    }
  }

  async close(): Promise<void> {}
}
