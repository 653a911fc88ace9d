import { inject, injectable } from 'inversify';
import { CID_HEX_LENGTH, makeCid, type StemcellCid } from '../../domain/cid/Cid.js';
import { IdGenerator } from '../../ports/IdGenerator.js';
import { Logger } from '../../ports/Logger.js';
import { StemcellDriver } from '../../ports/StemcellDriver.js';

@injectable()
export class CreateStemcell {
  constructor(
    @inject(StemcellDriver) private readonly stemcells: StemcellDriver,
    @inject(IdGenerator) private readonly ids: IdGenerator,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  async execute(imagePath: string, cloudProperties: Readonly<Record<string, unknown>>): Promise<StemcellCid> {
    const cid = makeCid('stemcell', this.ids.hex(CID_HEX_LENGTH.stemcell));
    this.logger.info(`importing stemcell ${cid} from ${imagePath}`, { name: cloudProperties['name'], version: cloudProperties['version'] });
    const record = await this.stemcells.importStemcell({ cid, imagePath, cloudProperties });
    this.logger.info(`imported stemcell ${cid}: ${record.kind} image, ${record.sizeBytes} bytes`);
    return cid;
  }
}
