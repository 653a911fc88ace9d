import { ContainerModule } from 'inversify';
import { DiskDriver } from '../../ports/DiskDriver.js';
import { DriverSession } from '../../ports/DriverSession.js';
import { Leftovers } from '../../ports/Leftovers.js';
import { NetworkDriver } from '../../ports/NetworkDriver.js';
import { StemcellDriver } from '../../ports/StemcellDriver.js';
import { VmDriver } from '../../ports/VmDriver.js';
import { Creations } from './crash/Creations.js';
import { LibvirtLeftovers } from './crash/LibvirtLeftovers.js';
import { LibvirtDiskDriver } from './disk/LibvirtDiskDriver.js';
import { LiveDiskSnapshot } from './disk/LiveDiskSnapshot.js';
import type { LibvirtConfig } from './LibvirtConfig.js';
import { LibvirtConfigToken, LibvirtConnector, LibvirtSession } from './LibvirtSession.js';
import { LibvirtNetworkDriver } from './network/LibvirtNetworkDriver.js';
import { connectRpcLibvirt } from './RpcLibvirtApi.js';
import { LibvirtStemcellDriver } from './stemcell/LibvirtStemcellDriver.js';
import { StemcellReaper } from './stemcell/StemcellReaper.js';
import { LibvirtStorage } from './storage/LibvirtStorage.js';
import { LibvirtVmDriver } from './vm/LibvirtVmDriver.js';

export { libvirtConfigSchema, type LibvirtConfig } from './LibvirtConfig.js';

/**
 * The libvirt driver (docs/design.md D1, D4-D7). The app's container supplies the shared services
 * (Locks, Clock, Logger, CommandRunner, AgentSettingsMedium); `connector` replaces the protocol
 * client, for tests.
 */
export function libvirtModule(config: LibvirtConfig, connector: LibvirtConnector = connectRpcLibvirt): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(LibvirtConfigToken).toConstantValue(config);
    bind(LibvirtConnector).toConstantValue(connector);
    bind(LibvirtSession).toSelf();
    bind(DriverSession).toService(LibvirtSession);
    bind(LibvirtStorage).toSelf();
    bind(StemcellReaper).toSelf();
    bind(Creations).toSelf();
    bind(Leftovers).to(LibvirtLeftovers);
    bind(StemcellDriver).to(LibvirtStemcellDriver);
    bind(VmDriver).to(LibvirtVmDriver);
    bind(LiveDiskSnapshot).toSelf();
    bind(DiskDriver).to(LibvirtDiskDriver);
    bind(NetworkDriver).to(LibvirtNetworkDriver);
  });
}
