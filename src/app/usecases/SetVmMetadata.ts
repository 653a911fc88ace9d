import { inject, injectable } from 'inversify';
import { type GivenCid, ourCid } from '../../domain/cid/GivenCid.js';
import { VmDriver } from '../../ports/VmDriver.js';

@injectable()
export class SetVmMetadata {
  constructor(@inject(VmDriver) private readonly vms: VmDriver) {}

  async execute(vmCid: GivenCid<'vm'>, metadata: Readonly<Record<string, string>>): Promise<void> {
    await this.vms.setVmMetadata(ourCid(vmCid, 'vm_not_found'), metadata);
  }
}
