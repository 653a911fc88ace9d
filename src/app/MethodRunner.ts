import { inject, injectable } from 'inversify';
import type * as z from 'zod/mini';
import { type ArgumentSchema, isRefused, type RefusedMethod, type ServedMethod } from './protocol/CpiMethod.js';
import { DriverLoader, DriverSessionFactory, UseCaseFactory } from './tokens.js';

/**
 * Runs CPI methods whose arguments were parsed already, for both faces: the library's Cpi
 * object (libraryFacade) and the executable (runCli). A use case is built on first use, and
 * the driver module is loaded only for one that needs it, so `info` builds no driver.
 */
@injectable()
export class MethodRunner {
  private usedDriver = false;

  constructor(
    @inject(UseCaseFactory) private readonly useCases: UseCaseFactory,
    @inject(DriverLoader) private readonly loadDriver: DriverLoader,
    @inject(DriverSessionFactory) private readonly driverSession: DriverSessionFactory,
  ) {}

  async run<S extends ArgumentSchema, R>(method: ServedMethod<S, R> | RefusedMethod, args: z.output<S>): Promise<R> {
    if (isRefused(method)) throw method.refusal();
    if (method.needsDriver) {
      await this.loadDriver();
      this.usedDriver = true;
    }
    return this.useCases(method.useCase).execute(...args);
  }

  /** Ends the driver's session, if a call used the driver. */
  async close(): Promise<void> {
    if (!this.usedDriver) return;
    this.usedDriver = false;
    await this.driverSession().close();
  }
}
