import { inject, injectable } from 'inversify';
import { type GivenCid, ourCid } from '../../domain/cid/GivenCid.js';
import type { DiskCid } from '../../domain/cid/Cid.js';
import { DiskDriver } from '../../ports/DiskDriver.js';

@injectable()
export class GetDisks {
  constructor(@inject(DiskDriver) private readonly disks: DiskDriver) {}

  async execute(vmCid: GivenCid<'vm'>): Promise<DiskCid[]> {
    return this.disks.attachedDisks(ourCid(vmCid, 'vm_not_found'));
  }
}
