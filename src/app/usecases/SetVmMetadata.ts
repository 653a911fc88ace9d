import { inject, injectable } from 'inversify';
import { VmDriver } from '../../ports/VmDriver.js';
import { existingCid } from './cidLookup.js';

@injectable()
export class SetVmMetadata {
  constructor(@inject(VmDriver) private readonly vms: VmDriver) {}

  async execute(vmCid: string, metadata: Readonly<Record<string, string>>): Promise<void> {
    await this.vms.setVmMetadata(existingCid('vm', vmCid, 'vm_not_found'), metadata);
  }
}
