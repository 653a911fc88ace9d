import { inject, injectable } from 'inversify';
import { failure } from '../../domain/errors/DomainError.js';
import { withoutPersistentDisk } from '../../domain/settings/persistentDiskSettings.js';
import { DiskDriver } from '../../ports/DiskDriver.js';
import { Logger } from '../../ports/Logger.js';
import { VmDriver } from '../../ports/VmDriver.js';
import { CallContext } from '../tokens.js';
import { cidOrUndefined, existingCid, show } from './cidLookup.js';
import { settingsFollowDisks } from './settingsFollowDisks.js';

/** A disk that is not attached to the VM is success (docs/cpi-protocol.md §5.2 detach_disk). */
@injectable()
export class DetachDisk {
  constructor(
    @inject(DiskDriver) private readonly disks: DiskDriver,
    @inject(VmDriver) private readonly vms: VmDriver,
    @inject(CallContext) private readonly context: CallContext,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  async execute(vmCid: string, diskCid: string): Promise<void> {
    const vm = existingCid('vm', vmCid, 'vm_not_found');
    const disk = cidOrUndefined('disk', diskCid);
    if (disk === undefined) {
      if (!(await this.vms.hasVm(vm))) throw failure('vm_not_found', `VM ${vm} does not exist`);
      this.logger.warn(`disk ${show(diskCid)} is not a CID this CPI makes, so it is not attached to VM ${vm}`);
      return;
    }
    await this.disks.detachDisk(vm, disk);
    this.logger.info(`detached disk ${disk} from VM ${vm}`);
    if (settingsFollowDisks(this.context)) {
      const settings = await this.vms.readAgentSettings(vm);
      if (disk in settings.disks.persistent) await this.vms.writeAgentSettings(vm, withoutPersistentDisk(settings, disk));
    }
  }
}
