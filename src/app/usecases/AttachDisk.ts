import { inject, injectable } from 'inversify';
import { type GivenCid, ourCid } from '../../domain/cid/GivenCid.js';
import type { DiskHint } from '../../domain/settings/AgentSettings.js';
import { withPersistentDisk } from '../../domain/settings/persistentDiskSettings.js';
import { DiskDriver } from '../../ports/DiskDriver.js';
import { Logger } from '../../ports/Logger.js';
import { VmDriver } from '../../ports/VmDriver.js';
import { CallContext } from '../tokens.js';
import { settingsFollowDisks } from './settingsFollowDisks.js';

@injectable()
export class AttachDisk {
  constructor(
    @inject(DiskDriver) private readonly disks: DiskDriver,
    @inject(VmDriver) private readonly vms: VmDriver,
    @inject(CallContext) private readonly context: CallContext,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  async execute(vmCid: GivenCid<'vm'>, diskCid: GivenCid<'disk'>): Promise<DiskHint> {
    const vm = ourCid(vmCid, 'vm_not_found');
    const disk = ourCid(diskCid, 'disk_not_found');
    const hint = await this.disks.attachDisk(vm, disk);
    this.logger.info(`attached disk ${disk} to VM ${vm}`, { hint });
    if (settingsFollowDisks(this.context)) {
      const settings = await this.vms.readAgentSettings(vm);
      await this.vms.writeAgentSettings(vm, withPersistentDisk(settings, disk, hint));
    }
    return hint;
  }
}
