import { inject, injectable } from 'inversify';
import type { DiskCid } from '../../domain/cid/Cid.js';
import { DiskDriver } from '../../ports/DiskDriver.js';
import { existingCid } from './cidLookup.js';

@injectable()
export class GetDisks {
  constructor(@inject(DiskDriver) private readonly disks: DiskDriver) {}

  async execute(vmCid: string): Promise<DiskCid[]> {
    return this.disks.attachedDisks(existingCid('vm', vmCid, 'vm_not_found'));
  }
}
