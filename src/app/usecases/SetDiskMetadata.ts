import { inject, injectable } from 'inversify';
import { type GivenCid, ourCid } from '../../domain/cid/GivenCid.js';
import { DiskDriver } from '../../ports/DiskDriver.js';

@injectable()
export class SetDiskMetadata {
  constructor(@inject(DiskDriver) private readonly disks: DiskDriver) {}

  async execute(diskCid: GivenCid<'disk'>, metadata: Readonly<Record<string, string>>): Promise<void> {
    await this.disks.setDiskMetadata(ourCid(diskCid, 'disk_not_found'), metadata);
  }
}
