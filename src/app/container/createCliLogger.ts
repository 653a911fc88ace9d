import { StderrLogger } from '../../adapters/system/StderrLogger.js';
import type { CliLogger } from '../cli/runCli.js';

/**
 * The executable's logger: stderr as it happens, and the whole log again in the response.
 * `write` replaces the default stderr stream (main.ts writes synchronously, which spares the
 * `info` path the cost of setting the stream up).
 */
export function createCliLogger(write?: (line: string) => void): CliLogger {
  return new StderrLogger(write ? { write } : {});
}
