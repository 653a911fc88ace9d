import { DriverSession } from '../../ports/DriverSession.js';
import { Leftovers } from '../../ports/Leftovers.js';
import type { Logger } from '../../ports/Logger.js';
import type { CpiConfig } from '../config/cpiConfigSchema.js';
import { DriverLoader } from '../tokens.js';
import { createContainer } from './createContainer.js';

/**
 * Runs `work` with the configured driver's Leftovers, then closes the driver's session.
 * `undefined` for a driver that keeps no creation marks (nothing to report).
 */
export async function withLeftovers<T>(
  config: CpiConfig,
  logger: Logger,
  work: (leftovers: Leftovers) => Promise<T>,
): Promise<T | undefined> {
  const container = createContainer(config, { logger, context: { cpiApiVersion: 2 } });
  // The driver's module is bound on first need (DriverLoader); before that nothing is bound.
  await container.get(DriverLoader)();
  if (!container.isBound(Leftovers)) return undefined;
  try {
    return await work(container.get(Leftovers));
  } finally {
    await container.get(DriverSession).close();
  }
}
