import { inject, injectable } from 'inversify';
import { type GivenCid, ourCidOrUndefined, showCid } from '../../domain/cid/GivenCid.js';
import { DiskDriver } from '../../ports/DiskDriver.js';
import { Logger } from '../../ports/Logger.js';

/** Idempotent (docs/design.md D7): a missing disk is success. */
@injectable()
export class DeleteDisk {
  constructor(
    @inject(DiskDriver) private readonly disks: DiskDriver,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  async execute(diskCid: GivenCid<'disk'>): Promise<void> {
    const cid = ourCidOrUndefined(diskCid);
    if (cid === undefined) {
      this.logger.warn(`disk ${showCid(diskCid)} is not a CID this CPI makes; nothing to delete`);
      return;
    }
    await this.disks.deleteDisk(cid);
    this.logger.info(`deleted disk ${cid}`);
  }
}
