import { inject, injectable } from 'inversify';
import { VmDriver } from '../../ports/VmDriver.js';
import { cidOrUndefined } from './cidLookup.js';

@injectable()
export class HasVm {
  constructor(@inject(VmDriver) private readonly vms: VmDriver) {}

  async execute(vmCid: string): Promise<boolean> {
    const cid = cidOrUndefined('vm', vmCid);
    return cid !== undefined && (await this.vms.hasVm(cid));
  }
}
