import type { IdGenerator } from '../../ports/IdGenerator.js';
import type { Logger } from '../../ports/Logger.js';
import type { CpiConfig } from '../config/cpiConfigSchema.js';
import { MethodRunner } from '../MethodRunner.js';
import { createContainer } from './createContainer.js';
import type { DriverEntry } from './drivers.js';

export interface MethodRunnerOptions {
  readonly logger: Logger;
  /** The CPI API version whose semantics apply. */
  readonly cpiApiVersion: number;
  readonly requestId?: string;
  readonly stemcellApiVersion?: number;
  readonly idGenerator?: IdGenerator;
  /** A driver table other than the built-in one, for tests. */
  readonly drivers?: Readonly<Record<string, DriverEntry>>;
}

/** The MethodRunner of one validated config: what the library's Cpi and the executable both run calls through. */
export function composeMethodRunner(config: CpiConfig, options: MethodRunnerOptions): MethodRunner {
  const container = createContainer(config, {
    logger: options.logger,
    context: {
      cpiApiVersion: options.cpiApiVersion,
      ...(options.requestId === undefined ? {} : { requestId: options.requestId }),
      ...(options.stemcellApiVersion === undefined ? {} : { stemcellApiVersion: options.stemcellApiVersion }),
    },
    ...(options.idGenerator ? { idGenerator: options.idGenerator } : {}),
    ...(options.drivers ? { drivers: options.drivers } : {}),
  });
  return container.get(MethodRunner);
}
