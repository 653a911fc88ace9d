import { inject, injectable } from 'inversify';
import { CID_HEX_LENGTH, makeCid, type SnapshotCid } from '../../domain/cid/Cid.js';
import { type GivenCid, ourCid } from '../../domain/cid/GivenCid.js';
import { DiskDriver } from '../../ports/DiskDriver.js';
import { IdGenerator } from '../../ports/IdGenerator.js';
import { Logger } from '../../ports/Logger.js';

@injectable()
export class SnapshotDisk {
  constructor(
    @inject(DiskDriver) private readonly disks: DiskDriver,
    @inject(IdGenerator) private readonly ids: IdGenerator,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  async execute(diskCid: GivenCid<'disk'>, metadata: Readonly<Record<string, string>>): Promise<SnapshotCid> {
    const disk = ourCid(diskCid, 'disk_not_found');
    const snapshot = makeCid('snapshot', this.ids.hex(CID_HEX_LENGTH.snapshot));
    await this.disks.snapshotDisk(disk, snapshot, metadata);
    this.logger.info(`took snapshot ${snapshot} of disk ${disk}`);
    return snapshot;
  }
}
