import { inject, injectable } from 'inversify';
import type { DiskHint } from '../../domain/settings/AgentSettings.js';
import { withPersistentDisk } from '../../domain/settings/persistentDiskSettings.js';
import { DiskDriver } from '../../ports/DiskDriver.js';
import { Logger } from '../../ports/Logger.js';
import { VmDriver } from '../../ports/VmDriver.js';
import { CallContext } from '../tokens.js';
import { existingCid } from './cidLookup.js';
import { settingsFollowDisks } from './settingsFollowDisks.js';

@injectable()
export class AttachDisk {
  constructor(
    @inject(DiskDriver) private readonly disks: DiskDriver,
    @inject(VmDriver) private readonly vms: VmDriver,
    @inject(CallContext) private readonly context: CallContext,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  async execute(vmCid: string, diskCid: string): Promise<DiskHint> {
    const vm = existingCid('vm', vmCid, 'vm_not_found');
    const disk = existingCid('disk', diskCid, 'disk_not_found');
    const hint = await this.disks.attachDisk(vm, disk);
    this.logger.info(`attached disk ${disk} to VM ${vm}`, { hint });
    if (settingsFollowDisks(this.context)) {
      const settings = await this.vms.readAgentSettings(vm);
      await this.vms.writeAgentSettings(vm, withPersistentDisk(settings, disk, hint));
    }
    return hint;
  }
}
