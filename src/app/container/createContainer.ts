import { Container } from 'inversify';
import { Iso9660SettingsMedium } from '../../adapters/iso9660/Iso9660SettingsMedium.js';
import { ExecaCommandRunner } from '../../adapters/system/ExecaCommandRunner.js';
import { FileCreators } from '../../adapters/system/FileCreators.js';
import { DEFAULT_LOCK_DIR, FileLocks } from '../../adapters/system/FileLocks.js';
import { RandomIdGenerator } from '../../adapters/system/RandomIdGenerator.js';
import { SystemClock } from '../../adapters/system/SystemClock.js';
import { AgentSettingsMedium } from '../../ports/AgentSettingsMedium.js';
import { Clock } from '../../ports/Clock.js';
import { Creators } from '../../ports/Creators.js';
import { CommandRunner } from '../../ports/CommandRunner.js';
import { IdGenerator } from '../../ports/IdGenerator.js';
import { Locks } from '../../ports/Locks.js';
import { Logger } from '../../ports/Logger.js';
import { type CpiConfig, configuredSection } from '../config/cpiConfigSchema.js';
import { AgentDefaults, CallContext, DriverLoader } from '../tokens.js';
import { type DriverEntry, driverEntryOf } from './drivers.js';

export interface ContainerOptions {
  readonly logger: Logger;
  readonly context: CallContext;
  /** Replaces the driver table; for tests that plug in a driver of their own. */
  readonly drivers?: Readonly<Record<string, DriverEntry>>;
  /** Replaces the random IdGenerator; for tests that need predictable CIDs and MACs. */
  readonly idGenerator?: IdGenerator;
}

/**
 * The composition root: shared services and exactly one driver module, the one cpi.json
 * names, loaded by DriverLoader (openDriverCalls awaits it before the first use case). Every
 * binding is a singleton (the container's default scope), created on first use, so a call
 * builds only what it uses; the use cases are bound by openDriverCalls as they are asked for.
 */
export function createContainer(config: CpiConfig, options: ContainerOptions): Container {
  const driver = driverEntryOf(config.driver, options.drivers);

  const container = new Container({ defaultScope: 'Singleton' });
  container.bind(Logger).toConstantValue(options.logger);
  container.bind(CallContext).toConstantValue(options.context);
  container.bind(AgentDefaults).toConstantValue(config.agent);
  container.bind(Clock).to(SystemClock);
  if (options.idGenerator) container.bind(IdGenerator).toConstantValue(options.idGenerator);
  else container.bind(IdGenerator).to(RandomIdGenerator);
  container.bind(CommandRunner).to(ExecaCommandRunner);
  container
    .bind(Locks)
    .toResolvedValue(
      (clock: Clock) =>
        new FileLocks({ ...(config.locks.dir ? { dir: config.locks.dir } : {}), timeoutMs: config.locks.timeout_s * 1000 }, clock),
      [Clock],
    );
  container.bind(Creators).toResolvedValue((clock: Clock) => new FileCreators(config.locks.dir ?? DEFAULT_LOCK_DIR, clock), [Clock]);
  container.bind(AgentSettingsMedium).to(Iso9660SettingsMedium);
  const section = configuredSection(config);
  let loading: Promise<void> | undefined;
  container.bind(DriverLoader).toConstantValue(() => {
    loading ??= driver.module(section as never).then((module) => container.load(module));
    return loading;
  });
  return container;
}
