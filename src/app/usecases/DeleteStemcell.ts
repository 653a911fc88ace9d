import { inject, injectable } from 'inversify';
import { type GivenCid, ourCidOrUndefined, showCid } from '../../domain/cid/GivenCid.js';
import { Logger } from '../../ports/Logger.js';
import { StemcellDriver } from '../../ports/StemcellDriver.js';

/** Idempotent: the director knows no StemcellNotFound, so a missing stemcell is success. */
@injectable()
export class DeleteStemcell {
  constructor(
    @inject(StemcellDriver) private readonly stemcells: StemcellDriver,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  async execute(stemcellCid: GivenCid<'stemcell'>): Promise<void> {
    const cid = ourCidOrUndefined(stemcellCid);
    if (cid === undefined) {
      this.logger.warn(`stemcell ${showCid(stemcellCid)} is not a CID this CPI makes; nothing to delete`);
      return;
    }
    await this.stemcells.deleteStemcell(cid);
  }
}
