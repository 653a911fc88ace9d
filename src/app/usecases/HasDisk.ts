import { inject, injectable } from 'inversify';
import { type GivenCid, ourCidOrUndefined } from '../../domain/cid/GivenCid.js';
import { DiskDriver } from '../../ports/DiskDriver.js';

@injectable()
export class HasDisk {
  constructor(@inject(DiskDriver) private readonly disks: DiskDriver) {}

  async execute(diskCid: GivenCid<'disk'>): Promise<boolean> {
    const cid = ourCidOrUndefined(diskCid);
    return cid !== undefined && (await this.disks.hasDisk(cid));
  }
}
