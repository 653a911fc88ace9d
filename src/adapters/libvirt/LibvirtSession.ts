import { inject, injectable, type ServiceIdentifier } from 'inversify';
import type { DriverSession } from '../../ports/DriverSession.js';
import type { LibvirtApi } from './LibvirtApi.js';
import type { LibvirtConfig } from './LibvirtConfig.js';

/** Opens a connection to the daemon named by the config. */
export type LibvirtConnector = (config: LibvirtConfig) => Promise<LibvirtApi>;
export const LibvirtConnector: ServiceIdentifier<LibvirtConnector> = Symbol.for('bosh-libvirt-cpi.libvirt.Connector');
export const LibvirtConfigToken: ServiceIdentifier<LibvirtConfig> = Symbol.for('bosh-libvirt-cpi.libvirt.Config');

/**
 * One connection per CPI call, opened on first use (so `info` never connects) and shared by
 * the drivers of that call. A failed connect is not cached: the next use tries again.
 */
@injectable()
export class LibvirtSession implements DriverSession {
  private connecting: Promise<LibvirtApi> | undefined;

  constructor(
    @inject(LibvirtConfigToken) private readonly config: LibvirtConfig,
    @inject(LibvirtConnector) private readonly connector: LibvirtConnector,
  ) {}

  api(): Promise<LibvirtApi> {
    if (!this.connecting) {
      this.connecting = this.connector(this.config);
      this.connecting.catch(() => (this.connecting = undefined));
    }
    return this.connecting;
  }

  async close(): Promise<void> {
    const pending = this.connecting;
    this.connecting = undefined;
    if (!pending) return;
    const api = await pending.catch(() => undefined);
    await api?.close();
  }
}
