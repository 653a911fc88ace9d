import { injectable } from 'inversify';
import type { DriverSession } from '../../ports/DriverSession.js';

/** Nothing to connect to; counts closes so tests can check the CLI closes exactly once. */
@injectable()
export class MemoryDriverSession implements DriverSession {
  closed = 0;

  async close(): Promise<void> {
    this.closed++;
  }
}
