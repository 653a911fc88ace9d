import type { RemoteProcedures } from '../generated/RemoteProcedures.js';
import type { RemoteNonnullStoragePool } from '../generated/remoteProtocol.js';
import { toSafeNumber } from './numbers.js';
import { StorageVolume } from './StorageVolume.js';
import { formatUuid } from './uuid.js';

export interface StoragePoolInfo {
  /** virStoragePoolState (see StoragePoolState) */
  readonly state: number;
  readonly capacityBytes: number;
  readonly allocationBytes: number;
  readonly availableBytes: number;
}

/** A storage pool. */
export class StoragePool {
  constructor(
    private readonly rpc: RemoteProcedures,
    readonly remote: RemoteNonnullStoragePool,
  ) {}

  get name(): string {
    return this.remote.name;
  }

  get uuid(): string {
    return formatUuid(this.remote.uuid);
  }

  /** Builds the pool's backing storage (for a dir pool: creates the folder). */
  async build(flags = 0): Promise<void> {
    await this.rpc.storagePoolBuild({ pool: this.remote, flags });
  }

  /** Starts the defined pool. */
  async create(flags = 0): Promise<void> {
    await this.rpc.storagePoolCreate({ pool: this.remote, flags });
  }

  async destroy(): Promise<void> {
    await this.rpc.storagePoolDestroy({ pool: this.remote });
  }

  /** Deletes the pool's backing storage (for a dir pool: removes the empty folder). */
  async delete(flags = 0): Promise<void> {
    await this.rpc.storagePoolDelete({ pool: this.remote, flags });
  }

  async undefine(): Promise<void> {
    await this.rpc.storagePoolUndefine({ pool: this.remote });
  }

  async refresh(): Promise<void> {
    await this.rpc.storagePoolRefresh({ pool: this.remote, flags: 0 });
  }

  async getInfo(): Promise<StoragePoolInfo> {
    const info = await this.rpc.storagePoolGetInfo({ pool: this.remote });
    return {
      state: info.state,
      capacityBytes: toSafeNumber(info.capacity, 'capacity'),
      allocationBytes: toSafeNumber(info.allocation, 'allocation'),
      availableBytes: toSafeNumber(info.available, 'available'),
    };
  }

  async isActive(): Promise<boolean> {
    return (await this.rpc.storagePoolIsActive({ pool: this.remote })).active !== 0;
  }

  async getXMLDesc(flags = 0): Promise<string> {
    return (await this.rpc.storagePoolGetXmlDesc({ pool: this.remote, flags })).xml;
  }

  async setAutostart(autostart: boolean): Promise<void> {
    await this.rpc.storagePoolSetAutostart({ pool: this.remote, autostart: autostart ? 1 : 0 });
  }

  async listAllVolumes(flags = 0): Promise<StorageVolume[]> {
    const { vols } = await this.rpc.storagePoolListAllVolumes({ pool: this.remote, need_results: 1, flags });
    return vols.map((vol) => new StorageVolume(this.rpc, vol));
  }

  async lookupVolumeByName(name: string): Promise<StorageVolume> {
    const { vol } = await this.rpc.storageVolLookupByName({ pool: this.remote, name });
    return new StorageVolume(this.rpc, vol);
  }

  /** flags: StorageVolCreateFlags */
  async createVolume(xml: string, flags = 0): Promise<StorageVolume> {
    const { vol } = await this.rpc.storageVolCreateXml({ pool: this.remote, xml, flags });
    return new StorageVolume(this.rpc, vol);
  }

  /** Creates a volume initialised with the contents of `source` (a full copy). */
  async createVolumeFrom(xml: string, source: StorageVolume, flags = 0): Promise<StorageVolume> {
    const { vol } = await this.rpc.storageVolCreateXmlFrom({ pool: this.remote, xml, clonevol: source.remote, flags });
    return new StorageVolume(this.rpc, vol);
  }
}
