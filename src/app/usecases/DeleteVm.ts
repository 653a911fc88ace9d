import { inject, injectable } from 'inversify';
import { Logger } from '../../ports/Logger.js';
import { VmDriver } from '../../ports/VmDriver.js';
import { cidOrUndefined, show } from './cidLookup.js';

/**
 * Idempotent (docs/design.md D7): bosh-cli calls delete_vm even after has_vm said false, to clean up
 * what the CPI may have left, so the driver runs for every CID of ours. Persistent disks survive.
 */
@injectable()
export class DeleteVm {
  constructor(
    @inject(VmDriver) private readonly vms: VmDriver,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  async execute(vmCid: string): Promise<void> {
    const cid = cidOrUndefined('vm', vmCid);
    if (cid === undefined) {
      this.logger.warn(`VM ${show(vmCid)} is not a CID this CPI makes; nothing to delete`);
      return;
    }
    await this.vms.deleteVm(cid);
    this.logger.info(`deleted VM ${cid}`);
  }
}
