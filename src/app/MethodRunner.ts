import type * as z from 'zod/mini';
import type { IdGenerator } from '../ports/IdGenerator.js';
import type { Logger } from '../ports/Logger.js';
import type { CpiConfig } from './config/cpiConfigSchema.js';
import { type DriverEntry, driverEntryOf } from './container/drivers.js';
import type { DriverCalls } from './container/openDriverCalls.js';
import {
  type ArgumentSchema,
  type ComputedMethod,
  isComputed,
  isRefused,
  type RefusedMethod,
  type ServedMethod,
} from './protocol/CpiMethod.js';

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

/**
 * Runs CPI methods whose arguments were parsed already, for both faces: the library's Cpi
 * object (libraryFacade) and the executable (runCli). A refused method throws its reason, a
 * computed one is answered here; only a method a use case serves opens the driver's calls (the
 * container, with the configured driver's module) and imports its use case, both on first use.
 * So `info` and `calculate_vm_cloud_properties` load neither inversify nor any driver
 * (docs/design.md D12).
 */
export class MethodRunner {
  private driverCalls: Promise<DriverCalls> | undefined;

  constructor(
    private readonly config: CpiConfig,
    private readonly options: MethodRunnerOptions,
  ) {}

  async run<S extends ArgumentSchema, R>(method: ServedMethod<S, R> | ComputedMethod<S, R> | RefusedMethod, args: z.output<S>): Promise<R> {
    if (isRefused(method)) throw method.refusal();
    if (isComputed(method)) return method.compute(args, driverEntryOf(this.config.driver, this.options.drivers));
    this.driverCalls ??= import('./container/openDriverCalls.js').then(({ openDriverCalls }) => openDriverCalls(this.config, this.options));
    const [calls, useCase] = await Promise.all([this.driverCalls, method.useCase()]);
    return calls.run(useCase, args);
  }

  /** Ends the driver's session, if a call opened it. */
  async close(): Promise<void> {
    const opening = this.driverCalls;
    this.driverCalls = undefined;
    // A driver that failed to load has no session to end; the call that needed it reported why.
    const calls = await opening?.catch(() => undefined);
    await calls?.close();
  }
}
