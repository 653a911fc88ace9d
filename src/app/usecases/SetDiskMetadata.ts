import { inject, injectable } from 'inversify';
import { DiskDriver } from '../../ports/DiskDriver.js';
import { existingCid } from './cidLookup.js';

@injectable()
export class SetDiskMetadata {
  constructor(@inject(DiskDriver) private readonly disks: DiskDriver) {}

  async execute(diskCid: string, metadata: Readonly<Record<string, string>>): Promise<void> {
    await this.disks.setDiskMetadata(existingCid('disk', diskCid, 'disk_not_found'), metadata);
  }
}
