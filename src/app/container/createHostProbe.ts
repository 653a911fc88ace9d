import { Container } from 'inversify';
import { ExecaCommandRunner } from '../../adapters/system/ExecaCommandRunner.js';
import { SystemClock } from '../../adapters/system/SystemClock.js';
import { Clock } from '../../ports/Clock.js';
import { CommandRunner } from '../../ports/CommandRunner.js';
import { HostProbe } from '../../ports/HostProbe.js';
import { Logger } from '../../ports/Logger.js';
import { type CpiConfig, configuredSection } from '../config/cpiConfigSchema.js';
import { DRIVERS, type DriverEntry } from './drivers.js';

/** The HostProbe of the driver cpi.json names (its `probe` in DRIVERS), with the shared services it may need. */
export async function createHostProbe(config: CpiConfig, logger: Logger): Promise<HostProbe> {
  const container = new Container({ defaultScope: 'Singleton' });
  container.bind(Logger).toConstantValue(logger);
  container.bind(Clock).to(SystemClock);
  container.bind(CommandRunner).to(ExecaCommandRunner);
  const driver: DriverEntry = DRIVERS[config.driver];
  container.load(await driver.probe(configuredSection(config) as never));
  return container.get(HostProbe);
}
