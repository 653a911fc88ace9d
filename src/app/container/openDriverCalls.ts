import type { Newable } from 'inversify';
import { DriverSession } from '../../ports/DriverSession.js';
import type { CpiConfig } from '../config/cpiConfigSchema.js';
import type { MethodRunnerOptions } from '../MethodRunner.js';
import type { UseCase } from '../protocol/CpiMethod.js';
import { DriverLoader } from '../tokens.js';
import { createContainer } from './createContainer.js';

/** What the MethodRunner holds once a call needed the driver. */
export interface DriverCalls {
  /** Runs a use case, built by the container (with the driver's ports) on its first call. */
  run<Args extends readonly unknown[], R>(useCase: Newable<UseCase<Args, R>>, args: Args): Promise<R>;
  /** Ends the driver's session. */
  close(): Promise<void>;
}

/**
 * The container of one config with the configured driver's module loaded: the part of a call
 * that the MethodRunner imports only for a method a use case serves. Each use case is bound
 * when first asked for (the method table names its module, imported on first use too).
 */
export async function openDriverCalls(config: CpiConfig, options: MethodRunnerOptions): Promise<DriverCalls> {
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
  await container.get(DriverLoader)();
  return {
    async run(useCase, args) {
      if (!container.isBound(useCase)) container.bind(useCase).toSelf();
      return container.get(useCase).execute(...args);
    },
    close: () => container.get(DriverSession).close(),
  };
}
