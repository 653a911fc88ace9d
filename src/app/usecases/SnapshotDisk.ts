import { inject, injectable } from 'inversify';
import { CID_HEX_LENGTH, makeCid, type SnapshotCid } from '../../domain/cid/Cid.js';
import { DiskDriver } from '../../ports/DiskDriver.js';
import { IdGenerator } from '../../ports/IdGenerator.js';
import { Logger } from '../../ports/Logger.js';
import { existingCid } from './cidLookup.js';

@injectable()
export class SnapshotDisk {
  constructor(
    @inject(DiskDriver) private readonly disks: DiskDriver,
    @inject(IdGenerator) private readonly ids: IdGenerator,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  async execute(diskCid: string, metadata: Readonly<Record<string, string>>): Promise<SnapshotCid> {
    const disk = existingCid('disk', diskCid, 'disk_not_found');
    const snapshot = makeCid('snapshot', this.ids.hex(CID_HEX_LENGTH.snapshot));
    await this.disks.snapshotDisk(disk, snapshot, metadata);
    this.logger.info(`took snapshot ${snapshot} of disk ${disk}`);
    return snapshot;
  }
}
