import { inject, injectable } from 'inversify';
import { type GivenCid, ourCid } from '../../domain/cid/GivenCid.js';
import { parseDiskSizeMiB } from '../../domain/disk/diskSize.js';
import { DiskDriver } from '../../ports/DiskDriver.js';
import { Logger } from '../../ports/Logger.js';

/** Grows a detached disk; shrinking is NotSupported, so the director falls back to copying. */
@injectable()
export class ResizeDisk {
  constructor(
    @inject(DiskDriver) private readonly disks: DiskDriver,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  async execute(diskCid: GivenCid<'disk'>, newSize: number): Promise<void> {
    const disk = ourCid(diskCid, 'disk_not_found');
    const sizeMiB = parseDiskSizeMiB(newSize, 'new disk size');
    await this.disks.resizeDisk(disk, sizeMiB);
    this.logger.info(`resized disk ${disk} to ${sizeMiB} MiB`);
  }
}
