import { ContainerModule } from 'inversify';
import { Clock } from '../../ports/Clock.js';
import { CommandRunner } from '../../ports/CommandRunner.js';
import { DiskDriver } from '../../ports/DiskDriver.js';
import { DriverSession } from '../../ports/DriverSession.js';
import { Logger } from '../../ports/Logger.js';
import { Leftovers } from '../../ports/Leftovers.js';
import { NetworkDriver } from '../../ports/NetworkDriver.js';
import { StemcellDriver } from '../../ports/StemcellDriver.js';
import { VmDriver } from '../../ports/VmDriver.js';
import { VirtualboxCreations } from './crash/VirtualboxCreations.js';
import { VirtualboxLeftovers } from './crash/VirtualboxLeftovers.js';
import { VirtualboxDiskDriver } from './VirtualboxDiskDriver.js';
import { VirtualboxNetworkDriver } from './VirtualboxNetworkDriver.js';
import { VBoxHostFactory, VBoxManageFactory, VirtualboxConfigToken, VirtualboxSession } from './VirtualboxSession.js';
import { VirtualboxStemcellDriver } from './VirtualboxStemcellDriver.js';
import { VirtualboxVmDriver } from './VirtualboxVmDriver.js';
import type { VirtualboxConfig } from './virtualboxConfig.js';
import { vboxHostFor, vboxManageFor } from './vboxWiring.js';

export { virtualboxConfigSchema, type VirtualboxConfig } from './virtualboxConfig.js';

/**
 * Binds the VirtualBox drivers. The app binds the shared services (CommandRunner, Clock,
 * Logger, Locks, IdGenerator, AgentSettingsMedium, Creators) and makes every binding a
 * singleton. Nothing here runs VBoxManage until a driver method is called, so `info` never
 * touches VirtualBox.
 */
export function virtualboxModule(config: VirtualboxConfig): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(VirtualboxConfigToken).toConstantValue(config);
    bind(VBoxHostFactory).toFactory((context) => () => vboxHostFor(config, context.get(CommandRunner)));
    bind(VBoxManageFactory).toFactory(
      (context) => (host, versionOf) => vboxManageFor(config, host, context.get(Clock), context.get(Logger), versionOf),
    );
    bind(VirtualboxSession).toSelf();
    bind(DriverSession).toService(VirtualboxSession);
    bind(VirtualboxCreations).toSelf();
    bind(Leftovers).to(VirtualboxLeftovers);
    bind(StemcellDriver).to(VirtualboxStemcellDriver);
    bind(VmDriver).to(VirtualboxVmDriver);
    bind(DiskDriver).to(VirtualboxDiskDriver);
    bind(NetworkDriver).to(VirtualboxNetworkDriver);
  });
}
