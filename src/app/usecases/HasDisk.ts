import { inject, injectable } from 'inversify';
import { DiskDriver } from '../../ports/DiskDriver.js';
import { cidOrUndefined } from './cidLookup.js';

@injectable()
export class HasDisk {
  constructor(@inject(DiskDriver) private readonly disks: DiskDriver) {}

  async execute(diskCid: string): Promise<boolean> {
    const cid = cidOrUndefined('disk', diskCid);
    return cid !== undefined && (await this.disks.hasDisk(cid));
  }
}
