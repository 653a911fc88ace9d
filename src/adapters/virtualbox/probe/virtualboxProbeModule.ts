import { ContainerModule } from 'inversify';
import { HostProbe } from '../../../ports/HostProbe.js';
import type { VirtualboxConfig } from '../virtualboxConfig.js';
import { VirtualboxConfigToken, VirtualboxSession } from '../VirtualboxSession.js';
import { VirtualboxHostProbe } from './VirtualboxHostProbe.js';

/** Binds `cpi doctor`'s HostProbe for the VirtualBox driver; the app supplies CommandRunner, Clock and Logger. */
export function virtualboxProbeModule(config: VirtualboxConfig): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(VirtualboxConfigToken).toConstantValue(config);
    bind(VirtualboxSession).toSelf().inSingletonScope();
    bind(HostProbe).to(VirtualboxHostProbe).inSingletonScope();
  });
}
