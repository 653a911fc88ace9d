import { inject, injectable } from 'inversify';
import { Logger } from '../../ports/Logger.js';
import { ResizeDisk } from './ResizeDisk.js';

/**
 * update_disk changes a disk in place where it can: the size, by resizing. Cloud properties of
 * a disk mean nothing to a local hypervisor, so they are logged and otherwise ignored. The
 * answer is null: the disk keeps its CID (docs/cpi-protocol.md §5.2 update_disk).
 */
@injectable()
export class UpdateDisk {
  constructor(
    @inject(ResizeDisk) private readonly resize: ResizeDisk,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  async execute(diskCid: string, newSize: number, cloudProperties: Readonly<Record<string, unknown>>): Promise<null> {
    if (Object.keys(cloudProperties).length > 0) {
      this.logger.info(`update_disk ignores disk cloud_properties ${Object.keys(cloudProperties).join(', ')}`);
    }
    await this.resize.execute(diskCid, newSize);
    return null;
  }
}
