import { ContainerModule } from 'inversify';
import { Clock } from '../../../ports/Clock.js';
import { CommandRunner } from '../../../ports/CommandRunner.js';
import { HostProbe } from '../../../ports/HostProbe.js';
import { Logger } from '../../../ports/Logger.js';
import type { VirtualboxConfig } from '../virtualboxConfig.js';
import { vboxHostFor, vboxManageFor } from '../vboxWiring.js';
import { VBoxHostFactory, VBoxManageFactory, VirtualboxConfigToken, VirtualboxSession } from '../VirtualboxSession.js';
import { VirtualboxHostProbe } from './VirtualboxHostProbe.js';

/** Binds `cpi doctor`'s HostProbe for the VirtualBox driver; the app supplies CommandRunner, Clock and Logger. */
export function virtualboxProbeModule(config: VirtualboxConfig): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(VirtualboxConfigToken).toConstantValue(config);
    bind(VBoxHostFactory).toFactory((context) => () => vboxHostFor(config, context.get(CommandRunner)));
    bind(VBoxManageFactory).toFactory(
      (context) => (host, versionOf) => vboxManageFor(config, host, context.get(Clock), context.get(Logger), versionOf),
    );
    bind(VirtualboxSession).toSelf();
    bind(HostProbe).to(VirtualboxHostProbe);
  });
}
