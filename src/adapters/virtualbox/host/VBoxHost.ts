import type { CommandResult } from '../../../ports/CommandRunner.js';

/**
 * The machine VirtualBox runs on: this one, or a remote one reached over SSH. Every path is a
 * path on that machine. Commands never go through a local shell; over SSH, the remote shell
 * receives each argument quoted.
 */
export interface VBoxHost {
  /** For logs and messages: `local` or `user@host:port`. */
  readonly description: string;
  /** Runs a program there; a non-zero exit is a result, not an exception. */
  run(argv: readonly string[], options: { timeoutMs: number; input?: Uint8Array }): Promise<CommandResult>;
  /** The home directory of the user the driver acts as, to expand `~`. */
  homeDir(): Promise<string>;
  mkdirp(path: string): Promise<void>;
  /** Removes a file or a directory tree; a missing one is fine. */
  remove(path: string): Promise<void>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  readFile(path: string): Promise<string>;
  list(dir: string): Promise<string[]>;
  exists(path: string): Promise<boolean>;
  /** Unpacks a local tar archive (gzip or not) into `dir` on the host. */
  extractArchive(localArchive: string, dir: string, timeoutMs: number): Promise<void>;
  /** Ends what the host holds (temporary key files). */
  close(): Promise<void>;
}
