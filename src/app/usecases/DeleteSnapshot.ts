import { inject, injectable } from 'inversify';
import { DiskDriver } from '../../ports/DiskDriver.js';
import { Logger } from '../../ports/Logger.js';
import { cidOrUndefined, show } from './cidLookup.js';

/** Idempotent: a missing snapshot is success. */
@injectable()
export class DeleteSnapshot {
  constructor(
    @inject(DiskDriver) private readonly disks: DiskDriver,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  async execute(snapshotCid: string): Promise<void> {
    const cid = cidOrUndefined('snapshot', snapshotCid);
    if (cid === undefined) {
      this.logger.warn(`snapshot ${show(snapshotCid)} is not a CID this CPI makes; nothing to delete`);
      return;
    }
    await this.disks.deleteSnapshot(cid);
  }
}
