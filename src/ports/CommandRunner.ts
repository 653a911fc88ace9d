import type { ServiceIdentifier } from 'inversify';

export interface CommandOptions {
  /** Every command is bounded (docs/design.md D9). */
  readonly timeoutMs: number;
  readonly input?: string | Uint8Array;
  readonly cwd?: string;
  /** Added to a minimal environment; the CPI's own environment may be nearly empty. */
  readonly env?: Readonly<Record<string, string>>;
}

export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The only way the project starts processes (docs/design.md D2): argv arrays, never a shell.
 * A non-zero exit is a result, not an exception; a command that cannot start, or runs past
 * its timeout, throws a DomainError ('infrastructure' or 'timeout') naming the command.
 */
export interface CommandRunner {
  run(bin: string, args: readonly string[], options: CommandOptions): Promise<CommandResult>;
}
export const CommandRunner: ServiceIdentifier<CommandRunner> = Symbol.for('bosh-libvirt-cpi.CommandRunner');
