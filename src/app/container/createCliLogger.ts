import { StderrLogger } from '../../adapters/system/StderrLogger.js';
import type { CliLogger } from '../cli/runCli.js';

/** The executable's logger: stderr as it happens, and the whole log again in the response. */
export function createCliLogger(): CliLogger {
  return new StderrLogger();
}
