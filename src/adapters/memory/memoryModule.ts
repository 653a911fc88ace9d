import { dirname } from 'node:path';
import { ContainerModule } from 'inversify';
import { Clock } from '../../ports/Clock.js';
import { DiskDriver } from '../../ports/DiskDriver.js';
import { DriverSession } from '../../ports/DriverSession.js';
import { NetworkDriver } from '../../ports/NetworkDriver.js';
import { StemcellDriver } from '../../ports/StemcellDriver.js';
import { VmDriver } from '../../ports/VmDriver.js';
import { FileLocks } from '../system/FileLocks.js';
import { FileMemoryStore } from './FileMemoryStore.js';
import { InProcessMemoryStore } from './InProcessMemoryStore.js';
import { MemoryDiskDriver } from './MemoryDiskDriver.js';
import { MemoryDriverSession } from './MemoryDriverSession.js';
import { MemoryNetworkDriver } from './MemoryNetworkDriver.js';
import { MemoryStemcellDriver } from './MemoryStemcellDriver.js';
import { MemoryStore } from './MemoryStore.js';
import { MemoryVmDriver } from './MemoryVmDriver.js';
import { type MemoryConfig, MemoryConfigToken } from './memoryConfig.js';

export { type MemoryConfig, memoryConfigSchema } from './memoryConfig.js';

/**
 * An in-memory hypervisor behind every driver port: for our tests and for library users' tests.
 * The app's container supplies the shared services (Clock, Logger, IdGenerator, ...) and makes
 * every binding a singleton.
 */
export function memoryModule(config: MemoryConfig): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(MemoryConfigToken).toConstantValue(config);
    bind(MemoryStore).toResolvedValue((clock: Clock) => memoryStore(config, clock), [Clock]);
    bind(StemcellDriver).to(MemoryStemcellDriver);
    bind(VmDriver).to(MemoryVmDriver);
    bind(DiskDriver).to(MemoryDiskDriver);
    bind(NetworkDriver).to(MemoryNetworkDriver);
    bind(DriverSession).to(MemoryDriverSession);
  });
}

/** In the process, or in the state file when the config names one (one process per call). */
function memoryStore(config: MemoryConfig, clock: Clock): MemoryStore {
  const stateFile = config.state_file;
  if (stateFile === undefined) return new InProcessMemoryStore();
  return new FileMemoryStore(stateFile, new FileLocks({ dir: dirname(stateFile), timeoutMs: config.lock_timeout_s * 1000 }, clock));
}
