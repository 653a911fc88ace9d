import { ContainerModule } from 'inversify';
import { DiskDriver } from '../../ports/DiskDriver.js';
import { DriverSession } from '../../ports/DriverSession.js';
import { Leftovers } from '../../ports/Leftovers.js';
import { NetworkDriver } from '../../ports/NetworkDriver.js';
import { StemcellDriver } from '../../ports/StemcellDriver.js';
import { VmDriver } from '../../ports/VmDriver.js';
import { VirtualboxCreations } from './crash/VirtualboxCreations.js';
import { VirtualboxLeftovers } from './crash/VirtualboxLeftovers.js';
import { VirtualboxDiskDriver } from './VirtualboxDiskDriver.js';
import { VirtualboxNetworkDriver } from './VirtualboxNetworkDriver.js';
import { VirtualboxSession, VirtualboxConfigToken } from './VirtualboxSession.js';
import { VirtualboxStemcellDriver } from './VirtualboxStemcellDriver.js';
import { VirtualboxVmDriver } from './VirtualboxVmDriver.js';
import type { VirtualboxConfig } from './virtualboxConfig.js';

export { virtualboxConfigSchema, type VirtualboxConfig } from './virtualboxConfig.js';

/**
 * Binds the VirtualBox drivers. The app binds the shared services (CommandRunner, Clock,
 * Logger, Locks, IdGenerator, AgentSettingsMedium, Creators). Nothing here runs VBoxManage until a
 * driver method is called, so `info` never touches VirtualBox.
 */
export function virtualboxModule(config: VirtualboxConfig): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(VirtualboxConfigToken).toConstantValue(config);
    bind(VirtualboxSession).toSelf().inSingletonScope();
    bind(DriverSession).toService(VirtualboxSession);
    bind(VirtualboxCreations).toSelf().inSingletonScope();
    bind(Leftovers).to(VirtualboxLeftovers).inSingletonScope();
    bind(VirtualboxStemcellDriver).toSelf().inSingletonScope();
    bind(StemcellDriver).toService(VirtualboxStemcellDriver);
    bind(VirtualboxVmDriver).toSelf().inSingletonScope();
    bind(VmDriver).toService(VirtualboxVmDriver);
    bind(VirtualboxDiskDriver).toSelf().inSingletonScope();
    bind(DiskDriver).toService(VirtualboxDiskDriver);
    bind(VirtualboxNetworkDriver).toSelf().inSingletonScope();
    bind(NetworkDriver).toService(VirtualboxNetworkDriver);
  });
}
