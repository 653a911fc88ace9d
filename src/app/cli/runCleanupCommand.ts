import type { Leftover } from '../../ports/Leftovers.js';
import type { Logger } from '../../ports/Logger.js';
import { parseCpiConfig } from '../config/parseCpiConfig.js';
import { readConfigFile } from '../config/readConfigFile.js';
import { withLeftovers } from '../container/withLeftovers.js';
import { configPathFromArgv } from './configPathFromArgv.js';
import { describeLeftover } from './describeLeftover.js';

export interface CleanupRun {
  /** The arguments after `cleanup`: `--config PATH`, `--dry-run` to only list, `--json`. */
  readonly argv: readonly string[];
  readonly write: (text: string) => void;
  readonly logger: Logger;
}

/**
 * `cpi cleanup --config PATH [--dry-run] [--json]`: removes what CPI calls that died before they
 * answered left behind (domains and volumes of creations whose creator is dead or whose lease
 * ran out). Objects a CID owns are never touched: only marked, unfinished creations are.
 * Exit status 0 when everything found was removed, 1 on a failure, 2 on bad usage.
 */
export async function runCleanupCommand(run: CleanupRun): Promise<number> {
  const configPath = configPathFromArgv(run.argv.filter((a) => a !== '--dry-run' && a !== '--json'));
  if (configPath === undefined) {
    run.write('usage: cpi cleanup [--dry-run] [--json] --config PATH/TO/cpi.json\n');
    return 2;
  }
  const dryRun = run.argv.includes('--dry-run');
  try {
    const config = parseCpiConfig(readConfigFile(configPath), configPath);
    const found = await withLeftovers(config, run.logger, (leftovers) => (dryRun ? leftovers.find() : leftovers.removeAll()));
    report(run, found ?? [], dryRun, found === undefined ? `the ${config.driver} driver keeps no creation marks` : undefined);
    return 0;
  } catch (error) {
    run.write(
      run.argv.includes('--json')
        ? `${JSON.stringify({ error: (error as Error).message })}\n`
        : `cpi cleanup: ${(error as Error).message}\n`,
    );
    return 1;
  }
}

function report(run: CleanupRun, leftovers: readonly Leftover[], dryRun: boolean, note: string | undefined): void {
  if (run.argv.includes('--json')) {
    run.write(`${JSON.stringify({ [dryRun ? 'found' : 'removed']: leftovers })}\n`);
    return;
  }
  if (note) run.write(`${note}\n`);
  for (const leftover of leftovers) run.write(`${dryRun ? 'found' : 'removed'} ${describeLeftover(leftover)}\n`);
  run.write(
    `${leftovers.length} leftover${leftovers.length === 1 ? '' : 's'} ${dryRun ? 'found (nothing removed: --dry-run)' : 'removed'}\n`,
  );
}
