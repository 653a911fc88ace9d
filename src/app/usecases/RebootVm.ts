import { inject, injectable } from 'inversify';
import { type GivenCid, ourCid } from '../../domain/cid/GivenCid.js';
import { VmDriver } from '../../ports/VmDriver.js';

@injectable()
export class RebootVm {
  constructor(@inject(VmDriver) private readonly vms: VmDriver) {}

  async execute(vmCid: GivenCid<'vm'>): Promise<void> {
    await this.vms.rebootVm(ourCid(vmCid, 'vm_not_found'));
  }
}
