import { inject, injectable } from 'inversify';
import { failure } from '../../domain/errors/DomainError.js';
import type { CommandOptions, CommandResult, CommandRunner } from '../../ports/CommandRunner.js';
import { Logger } from '../../ports/Logger.js';

/** The director gives a CPI nothing but this PATH (docs/cpi-protocol.md §1.4). */
const DIRECTOR_PATH = '/usr/sbin:/usr/bin:/sbin:/bin';

/**
 * The only place the project starts a process. Children get a small, predictable environment
 * (PATH, HOME and TMPDIR when the CPI has them, the C locale so tools print parsable English)
 * plus what the caller passes; never the CPI's whole environment, never a shell.
 */
@injectable()
export class ExecaCommandRunner implements CommandRunner {
  constructor(@inject(Logger) private readonly logger: Logger) {}

  async run(bin: string, args: readonly string[], options: CommandOptions): Promise<CommandResult> {
    const command = [bin, ...args].join(' ');
    this.logger.debug(`running ${command}`);
    const started = Date.now();
    // Loaded on first use: most calls (info above all) never start a process.
    const { execa } = await import('execa');
    const result = await execa(bin, [...args], {
      reject: false,
      extendEnv: false,
      env: { ...minimalEnvironment(), ...options.env },
      timeout: options.timeoutMs,
      forceKillAfterDelay: 2_000,
      stripFinalNewline: false,
      encoding: 'utf8',
      ...(options.input === undefined ? { stdin: 'ignore' as const } : { input: options.input }),
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    });
    if (result.timedOut) throw failure('timeout', `${command} did not finish within ${options.timeoutMs} ms`);
    if (result.exitCode === undefined) {
      throw failure('infrastructure', `${command} could not run: ${result.originalMessage ?? result.shortMessage}`);
    }
    this.logger.debug(`${bin} exited with ${result.exitCode} after ${Date.now() - started} ms`);
    return { exitCode: result.exitCode, stdout: String(result.stdout), stderr: String(result.stderr) };
  }
}

function minimalEnvironment(): Record<string, string> {
  const environment: Record<string, string> = { PATH: process.env['PATH'] || DIRECTOR_PATH, LC_ALL: 'C', LANG: 'C' };
  for (const key of ['HOME', 'TMPDIR'] as const) {
    const value = process.env[key];
    if (value) environment[key] = value;
  }
  return environment;
}
