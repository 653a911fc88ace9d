import { inject, injectable } from 'inversify';
import { parseDiskSizeMiB } from '../../domain/disk/diskSize.js';
import { DiskDriver } from '../../ports/DiskDriver.js';
import { Logger } from '../../ports/Logger.js';
import { existingCid } from './cidLookup.js';

/** Grows a detached disk; shrinking is NotSupported, so the director falls back to copying. */
@injectable()
export class ResizeDisk {
  constructor(
    @inject(DiskDriver) private readonly disks: DiskDriver,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  async execute(diskCid: string, newSize: number): Promise<void> {
    const disk = existingCid('disk', diskCid, 'disk_not_found');
    const sizeMiB = parseDiskSizeMiB(newSize, 'new disk size');
    await this.disks.resizeDisk(disk, sizeMiB);
    this.logger.info(`resized disk ${disk} to ${sizeMiB} MiB`);
  }
}
