import { Container, type ContainerModule } from 'inversify';
import { libvirtProbeModule } from '../../adapters/libvirt/probe/libvirtProbeModule.js';
import { memoryProbeModule } from '../../adapters/memory/memoryProbeModule.js';
import { ExecaCommandRunner } from '../../adapters/system/ExecaCommandRunner.js';
import { SystemClock } from '../../adapters/system/SystemClock.js';
import { virtualboxProbeModule } from '../../adapters/virtualbox/probe/virtualboxProbeModule.js';
import { Clock } from '../../ports/Clock.js';
import { CommandRunner } from '../../ports/CommandRunner.js';
import { HostProbe } from '../../ports/HostProbe.js';
import { Logger } from '../../ports/Logger.js';
import type { CpiConfig } from '../config/cpiConfigSchema.js';
import type { DriverConfigs, DriverName } from './drivers.js';

/**
 * `cpi doctor`'s module for each driver. Typed over DriverName, so a driver added to DRIVERS
 * without a probe does not compile.
 */
export const PROBES: { readonly [K in DriverName]: (config: DriverConfigs[K]) => ContainerModule } = {
  libvirt: libvirtProbeModule,
  virtualbox: virtualboxProbeModule,
  memory: memoryProbeModule,
};

/** The HostProbe of the driver cpi.json names, with the shared services it may need. */
export function createHostProbe(config: CpiConfig, logger: Logger): HostProbe {
  const container = new Container({ defaultScope: 'Singleton' });
  container.bind(Logger).toConstantValue(logger);
  container.bind(Clock).to(SystemClock);
  container.bind(CommandRunner).to(ExecaCommandRunner);
  const module = PROBES[config.driver] as (section: unknown) => ContainerModule;
  container.load(module(config[config.driver]));
  return container.get(HostProbe);
}
