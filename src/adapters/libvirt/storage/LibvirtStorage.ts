import { inject, injectable } from 'inversify';
import { Locks } from '../../../ports/Locks.js';
import { Logger } from '../../../ports/Logger.js';
import type { LibvirtApi } from '../LibvirtApi.js';
import { poolPathOf, type LibvirtConfig } from '../LibvirtConfig.js';
import { LibvirtConfigToken, LibvirtSession } from '../LibvirtSession.js';
import { dirPoolXml } from './storageXml.js';

/** The configured pool, made usable on first need: created as a directory pool if missing, started if stopped. */
@injectable()
export class LibvirtStorage {
  private ready: Promise<LibvirtApi> | undefined;

  constructor(
    @inject(LibvirtConfigToken) private readonly config: LibvirtConfig,
    @inject(LibvirtSession) private readonly session: LibvirtSession,
    @inject(Locks) private readonly locks: Locks,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  get pool(): string {
    return this.config.pool;
  }

  /** The connection, with the pool known to be active. */
  apiWithActivePool(): Promise<LibvirtApi> {
    if (!this.ready) {
      this.ready = this.prepare();
      this.ready.catch(() => (this.ready = undefined));
    }
    return this.ready;
  }

  private async prepare(): Promise<LibvirtApi> {
    const api = await this.session.api();
    if ((await api.poolState(this.pool)) === 'active') return api;
    // Several CPI processes may find the pool missing at once: one creates it, the others wait.
    await this.locks.withLock(`pool-${this.pool}`, async () => {
      const state = await api.poolState(this.pool);
      if (state === undefined) {
        this.logger.info('creating storage pool', { pool: this.pool, path: poolPathOf(this.config) });
        await api.createPool(dirPoolXml(this.pool, poolPathOf(this.config)), this.pool);
      } else if (state === 'inactive') {
        this.logger.info('starting storage pool', { pool: this.pool });
        await api.startPool(this.pool);
      }
    });
    return api;
  }

  /** The connection without creating anything: for lookups, where a missing pool means a missing object. */
  async apiIfPoolExists(): Promise<LibvirtApi | undefined> {
    if (this.ready) return this.ready;
    const api = await this.session.api();
    const state = await api.poolState(this.pool);
    if (state === undefined) return undefined;
    if (state === 'active') {
      this.ready ??= Promise.resolve(api); // known active for the rest of this call
      return api;
    }
    return this.apiWithActivePool();
  }
}
