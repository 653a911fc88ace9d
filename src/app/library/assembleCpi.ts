import type { CpiConfigInput } from '../config/cpiConfigSchema.js';
import { parseCpiConfig } from '../config/parseCpiConfig.js';
import type { DriverEntry } from '../container/drivers.js';
import type { Logger } from '../../ports/Logger.js';
import { MethodRunner } from '../MethodRunner.js';
import type { Cpi } from './Cpi.js';
import type { CreateCpiOptions } from './createCpi.js';
import { libraryFacade } from './libraryFacade.js';
import { requestTaggedLogger } from './requestTaggedLogger.js';

/**
 * createCpi's options plus what only the project's own tests may set. Kept out of
 * CreateCpiOptions because a driver table names inversify's types, which are no part of the
 * package's public types.
 */
export interface AssembleCpiOptions extends CreateCpiOptions {
  /** A driver table other than the built-in one. */
  readonly drivers?: Readonly<Record<string, DriverEntry>>;
}

/** createCpi's work; see there. */
export function assembleCpi(config: CpiConfigInput, options: AssembleCpiOptions = {}): Cpi {
  const logger = options.logger
    ? options.requestId === undefined
      ? options.logger
      : requestTaggedLogger(options.logger, options.requestId)
    : SILENT_LOGGER;
  const parsed = parseCpiConfig(config, 'CPI config', (message) => logger.warn(message));
  return libraryFacade(
    new MethodRunner(parsed, {
      logger,
      cpiApiVersion: options.apiVersion ?? 2,
      ...(options.requestId === undefined ? {} : { requestId: options.requestId }),
      ...(options.stemcellApiVersion === undefined ? {} : { stemcellApiVersion: options.stemcellApiVersion }),
      ...(options.idGenerator ? { idGenerator: options.idGenerator } : {}),
      ...(options.drivers ? { drivers: options.drivers } : {}),
    }),
  );
}

const SILENT_LOGGER: Logger = { debug() {}, info() {}, warn() {}, error() {} };
