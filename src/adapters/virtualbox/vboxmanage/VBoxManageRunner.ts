import { failure } from '../../../domain/errors/DomainError.js';
import type { Clock } from '../../../ports/Clock.js';
import type { CommandResult } from '../../../ports/CommandRunner.js';
import type { Logger } from '../../../ports/Logger.js';
import type { VBoxHost } from '../host/VBoxHost.js';
import { classifyVBoxOutput, errorSummary, printsError } from './classifyVBoxOutput.js';
import { stripWarnings } from './stripWarnings.js';
import { VBoxManageFailure } from './VBoxManageFailure.js';

export interface RetryPolicy {
  readonly attempts: number;
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

export interface VBoxCallOptions {
  readonly timeoutMs?: number;
  /** A non-zero exit that still means success (startvm sometimes exits 1 after starting). */
  readonly successDespiteExit?: (result: CommandResult) => boolean;
  /** Arguments at these positions are replaced by their length in logs (settings carry secrets). */
  readonly secretArgs?: readonly number[];
}

export interface VBoxOutput {
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs VBoxManage on the host: argv only, warnings stripped from stdout, error text on exit 0
 * treated as a failure, every failure classified, and only the retryable ones retried, a
 * bounded number of times with growing pauses on the injected clock.
 */
export class VBoxManageRunner {
  /** The host's warnings seen so far (each once), for `cpi doctor`. */
  readonly warnings: string[] = [];

  constructor(
    private readonly host: VBoxHost,
    private readonly bin: string,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly retry: RetryPolicy,
    private readonly defaultTimeoutMs: number,
  ) {}

  async call(args: readonly string[], options: VBoxCallOptions = {}): Promise<VBoxOutput> {
    const shown = args.map((a, i) => (options.secretArgs?.includes(i) ? `<${a.length} bytes>` : a));
    for (let attempt = 1; ; attempt++) {
      const started = this.clock.now();
      const result = await this.host.run([this.bin, ...args], { timeoutMs: options.timeoutMs ?? this.defaultTimeoutMs });
      const { output: stdout, warnings } = stripWarnings(result.stdout);
      const combined = `${stdout}\n${result.stderr}`;
      this.logger.debug('VBoxManage', {
        args: shown,
        exitCode: result.exitCode,
        ms: this.clock.now() - started,
        host: this.host.description,
      });
      this.noteWarnings(warnings);
      const failed = result.exitCode === 0 ? printsError(combined) : !options.successDespiteExit?.(result);
      if (!failed) return { stdout, stderr: result.stderr };
      if (result.exitCode === 126 || result.exitCode === 127) {
        throw failure(
          'infrastructure',
          `VBoxManage (${this.bin}) could not be run on ${this.host.description} (exit ${result.exitCode}): ${result.stderr.trim()}`,
        );
      }
      const failureClass = classifyVBoxOutput(combined);
      if (failureClass === 'retryable' && attempt < this.retry.attempts) {
        const delay = Math.min(this.retry.maxDelayMs, this.retry.initialDelayMs * 2 ** (attempt - 1));
        this.logger.debug('VBoxManage: retrying', { subcommand: args[0], attempt, delayMs: delay, error: errorSummary(combined) });
        await this.clock.sleep(delay);
        continue;
      }
      throw new VBoxManageFailure(
        failureClass,
        args[0] ?? '',
        result.exitCode,
        errorSummary(combined),
        'infrastructure',
        failureClass === 'retryable',
      );
    }
  }

  /**
   * The host's wrapper prints its warnings before every call's output; the operator must see
   * them (the vboxdrv one explains why the next startvm fails), but once per call, not per command.
   */
  private noteWarnings(warnings: readonly string[]): void {
    for (const warning of warnings) {
      if (this.warnings.includes(warning)) continue;
      this.warnings.push(warning);
      this.logger.warn('VBoxManage printed a warning', { warning, host: this.host.description });
    }
  }
}
