import { inject, injectable } from 'inversify';
import { CID_HEX_LENGTH, type DiskCid, makeCid } from '../../domain/cid/Cid.js';
import { type GivenCid, ourCidOrUndefined } from '../../domain/cid/GivenCid.js';
import { parseDiskSizeMiB } from '../../domain/disk/diskSize.js';
import { DiskDriver } from '../../ports/DiskDriver.js';
import { IdGenerator } from '../../ports/IdGenerator.js';
import { Logger } from '../../ports/Logger.js';

@injectable()
export class CreateDisk {
  constructor(
    @inject(DiskDriver) private readonly disks: DiskDriver,
    @inject(IdGenerator) private readonly ids: IdGenerator,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  async execute(size: number, cloudProperties: Readonly<Record<string, unknown>>, vmCid: GivenCid<'vm'> | null): Promise<DiskCid> {
    const sizeMiB = parseDiskSizeMiB(size, 'create_disk size');
    const cid = makeCid('disk', this.ids.hex(CID_HEX_LENGTH.disk));
    // The VM is only a placement hint: one that is not ours is no reason to fail.
    const nearVm = ourCidOrUndefined(vmCid);
    await this.disks.createDisk(cid, sizeMiB, cloudProperties, nearVm);
    this.logger.info(`created disk ${cid} of ${sizeMiB} MiB`);
    return cid;
  }
}
