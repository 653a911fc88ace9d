import { inject, injectable } from 'inversify';
import { type GivenCid, ourCidOrUndefined } from '../../domain/cid/GivenCid.js';
import { VmDriver } from '../../ports/VmDriver.js';

@injectable()
export class HasVm {
  constructor(@inject(VmDriver) private readonly vms: VmDriver) {}

  async execute(vmCid: GivenCid<'vm'>): Promise<boolean> {
    const cid = ourCidOrUndefined(vmCid);
    return cid !== undefined && (await this.vms.hasVm(cid));
  }
}
