import { execa } from 'execa';
import { failure } from '../../../src/domain/errors/DomainError.js';
import type { CommandOptions, CommandResult, CommandRunner } from '../../../src/ports/CommandRunner.js';

/**
 * A CommandRunner for the VirtualBox tests, with the port's contract: argv only, a minimal
 * environment (PATH plus what the caller adds, as the CPI runs under the director), bounded time.
 */
export class TestCommandRunner implements CommandRunner {
  readonly calls: { bin: string; args: readonly string[] }[] = [];
  private hangs: ((args: readonly string[]) => boolean)[] = [];

  /** The next command `matches` accepts never answers: a call stopped there, as by SIGKILL of the CPI. */
  hangNext(matches: (args: readonly string[]) => boolean): void {
    this.hangs.push(matches);
  }

  async run(bin: string, args: readonly string[], options: CommandOptions): Promise<CommandResult> {
    this.calls.push({ bin, args });
    const hang = this.hangs.findIndex((matches) => matches(args));
    if (hang >= 0) {
      this.hangs.splice(hang, 1);
      return new Promise<never>(() => undefined);
    }
    try {
      const result = await execa(bin, args, {
        reject: false,
        timeout: options.timeoutMs,
        extendEnv: false,
        env: { PATH: '/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin', ...options.env },
        ...(options.cwd ? { cwd: options.cwd } : {}),
        ...(options.input !== undefined ? { input: options.input } : { stdin: 'ignore' }),
        stripFinalNewline: false,
        encoding: 'utf8',
      });
      if (result.timedOut) throw failure('timeout', `${bin} ran past ${options.timeoutMs} ms`);
      if (result.exitCode === undefined) throw failure('infrastructure', `${bin} could not be run: ${result.message}`);
      return { exitCode: result.exitCode, stdout: String(result.stdout), stderr: String(result.stderr) };
    } catch (error) {
      if (error instanceof Error && 'kind' in error) throw error;
      throw failure('infrastructure', `${bin} could not be run: ${String(error)}`);
    }
  }
}
