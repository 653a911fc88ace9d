import { inject, injectable } from 'inversify';
import { DiskDriver } from '../../ports/DiskDriver.js';
import { Logger } from '../../ports/Logger.js';
import { cidOrUndefined, show } from './cidLookup.js';

/** Idempotent (docs/design.md D7): a missing disk is success. */
@injectable()
export class DeleteDisk {
  constructor(
    @inject(DiskDriver) private readonly disks: DiskDriver,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  async execute(diskCid: string): Promise<void> {
    const cid = cidOrUndefined('disk', diskCid);
    if (cid === undefined) {
      this.logger.warn(`disk ${show(diskCid)} is not a CID this CPI makes; nothing to delete`);
      return;
    }
    await this.disks.deleteDisk(cid);
    this.logger.info(`deleted disk ${cid}`);
  }
}
