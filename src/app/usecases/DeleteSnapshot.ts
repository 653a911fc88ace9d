import { inject, injectable } from 'inversify';
import { type GivenCid, ourCidOrUndefined, showCid } from '../../domain/cid/GivenCid.js';
import { DiskDriver } from '../../ports/DiskDriver.js';
import { Logger } from '../../ports/Logger.js';

/** Idempotent: a missing snapshot is success. */
@injectable()
export class DeleteSnapshot {
  constructor(
    @inject(DiskDriver) private readonly disks: DiskDriver,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  async execute(snapshotCid: GivenCid<'snapshot'>): Promise<void> {
    const cid = ourCidOrUndefined(snapshotCid);
    if (cid === undefined) {
      this.logger.warn(`snapshot ${showCid(snapshotCid)} is not a CID this CPI makes; nothing to delete`);
      return;
    }
    await this.disks.deleteSnapshot(cid);
  }
}
