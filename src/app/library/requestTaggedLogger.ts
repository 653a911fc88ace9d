import type { CpiLogger } from './CpiLogger.js';

/**
 * createCpi's `requestId` option: every message the CPI logs starts with `[requestId]`, so the
 * lines of one call can be found among a busy program's. The caller's logger is wrapped, not
 * changed: it may serve other calls too.
 */
export function requestTaggedLogger(logger: CpiLogger, requestId: string): CpiLogger {
  const tag = `[${requestId}]`;
  return {
    debug: (message, fields) => logger.debug(`${tag} ${message}`, fields),
    info: (message, fields) => logger.info(`${tag} ${message}`, fields),
    warn: (message, fields) => logger.warn(`${tag} ${message}`, fields),
    error: (message, fields) => logger.error(`${tag} ${message}`, fields),
  };
}
