import { inject, injectable } from 'inversify';
import { Logger } from '../../ports/Logger.js';
import { StemcellDriver } from '../../ports/StemcellDriver.js';
import { cidOrUndefined, show } from './cidLookup.js';

/** Idempotent: the director knows no StemcellNotFound, so a missing stemcell is success. */
@injectable()
export class DeleteStemcell {
  constructor(
    @inject(StemcellDriver) private readonly stemcells: StemcellDriver,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  async execute(stemcellCid: string): Promise<void> {
    const cid = cidOrUndefined('stemcell', stemcellCid);
    if (cid === undefined) {
      this.logger.warn(`stemcell ${show(stemcellCid)} is not a CID this CPI makes; nothing to delete`);
      return;
    }
    await this.stemcells.deleteStemcell(cid);
  }
}
