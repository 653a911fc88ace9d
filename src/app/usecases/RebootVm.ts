import { inject, injectable } from 'inversify';
import { VmDriver } from '../../ports/VmDriver.js';
import { existingCid } from './cidLookup.js';

@injectable()
export class RebootVm {
  constructor(@inject(VmDriver) private readonly vms: VmDriver) {}

  async execute(vmCid: string): Promise<void> {
    await this.vms.rebootVm(existingCid('vm', vmCid, 'vm_not_found'));
  }
}
