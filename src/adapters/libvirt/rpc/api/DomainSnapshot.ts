import type { RemoteProcedures } from '../generated/RemoteProcedures.js';
import type { RemoteNonnullDomainSnapshot } from '../generated/remoteProtocol.js';

/** A snapshot of a domain. */
export class DomainSnapshot {
  constructor(
    private readonly rpc: RemoteProcedures,
    readonly remote: RemoteNonnullDomainSnapshot,
  ) {}

  get name(): string {
    return this.remote.name;
  }

  get domainName(): string {
    return this.remote.dom.name;
  }

  async getXMLDesc(flags = 0): Promise<string> {
    return (await this.rpc.domainSnapshotGetXmlDesc({ snap: this.remote, flags })).xml;
  }

  /** flags: SnapshotDeleteFlags */
  async delete(flags = 0): Promise<void> {
    await this.rpc.domainSnapshotDelete({ snap: this.remote, flags });
  }

  async revert(flags = 0): Promise<void> {
    await this.rpc.domainRevertToSnapshot({ snap: this.remote, flags });
  }
}
