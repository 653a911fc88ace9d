import { inject, injectable } from 'inversify';
import { type GivenCid, ourCidOrUndefined, showCid } from '../../domain/cid/GivenCid.js';
import { Logger } from '../../ports/Logger.js';
import { VmDriver } from '../../ports/VmDriver.js';

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

  async execute(vmCid: GivenCid<'vm'>): Promise<void> {
    const cid = ourCidOrUndefined(vmCid);
    if (cid === undefined) {
      this.logger.warn(`VM ${showCid(vmCid)} is not a CID this CPI makes; nothing to delete`);
      return;
    }
    await this.vms.deleteVm(cid);
    this.logger.info(`deleted VM ${cid}`);
  }
}
