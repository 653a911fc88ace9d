import type { RemoteProcedures } from '../generated/RemoteProcedures.js';
import type { RemoteNonnullNetwork } from '../generated/remoteProtocol.js';
import { formatUuid } from './uuid.js';

/** A libvirt virtual network. */
export class Network {
  constructor(
    private readonly rpc: RemoteProcedures,
    readonly remote: RemoteNonnullNetwork,
  ) {}

  get name(): string {
    return this.remote.name;
  }

  get uuid(): string {
    return formatUuid(this.remote.uuid);
  }

  /** Starts the defined network. */
  async create(): Promise<void> {
    await this.rpc.networkCreate({ net: this.remote });
  }

  async destroy(): Promise<void> {
    await this.rpc.networkDestroy({ net: this.remote });
  }

  async undefine(): Promise<void> {
    await this.rpc.networkUndefine({ net: this.remote });
  }

  async isActive(): Promise<boolean> {
    return (await this.rpc.networkIsActive({ net: this.remote })).active !== 0;
  }

  async isPersistent(): Promise<boolean> {
    return (await this.rpc.networkIsPersistent({ net: this.remote })).persistent !== 0;
  }

  async getXMLDesc(flags = 0): Promise<string> {
    return (await this.rpc.networkGetXmlDesc({ net: this.remote, flags })).xml;
  }

  async getBridgeName(): Promise<string> {
    return (await this.rpc.networkGetBridgeName({ net: this.remote })).name;
  }

  async setAutostart(autostart: boolean): Promise<void> {
    await this.rpc.networkSetAutostart({ net: this.remote, autostart: autostart ? 1 : 0 });
  }
}
