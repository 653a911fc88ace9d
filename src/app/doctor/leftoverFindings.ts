import type { HostFinding } from '../../ports/HostProbe.js';
import type { Logger } from '../../ports/Logger.js';
import { describeLeftover } from '../cli/describeLeftover.js';
import type { CpiConfig } from '../config/cpiConfigSchema.js';
import { withLeftovers } from '../container/withLeftovers.js';

/**
 * The doctor's view of calls that died before they answered: one `warn` per leftover (it costs
 * disk and maybe RAM, but breaks no deploy), with `cpi cleanup` as the fix. Nothing is removed.
 */
export async function leftoverFindings(config: CpiConfig, logger: Logger, configPath: string): Promise<HostFinding[]> {
  let found;
  try {
    found = await withLeftovers(config, logger, (leftovers) => leftovers.find());
  } catch (error) {
    return [
      {
        check: 'leftovers of killed calls',
        status: 'warn',
        detail: `could not look: ${(error as Error).message}`,
        fix: 'see the other findings',
      },
    ];
  }
  if (found === undefined) return [];
  if (found.length === 0) return [{ check: 'leftovers of killed calls', status: 'ok', detail: 'none', fix: '' }];
  return found.map((leftover) => ({
    check: 'leftovers of killed calls',
    status: 'warn',
    detail: describeLeftover(leftover),
    fix: `cpi cleanup --config ${configPath} (create calls also remove a few each)`,
  }));
}
