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
import type { MemoryConfig } from './memoryConfig.js';

export { type MemoryConfig, memoryConfigSchema } from './memoryConfig.js';

/** An in-memory hypervisor behind every driver port: for our tests and for library users' tests. */
export function memoryModule(config: MemoryConfig): ContainerModule {
  return new ContainerModule(({ bind }) => {
    const stateFile = config.state_file;
    if (stateFile === undefined) bind(MemoryStore).toConstantValue(new InProcessMemoryStore());
    else
      bind(MemoryStore).toResolvedValue(
        (clock: Clock) => new FileMemoryStore(stateFile, new FileLocks({ dir: dirname(stateFile), timeoutMs: config.lock_timeout_s * 1000 }, clock)),
        [Clock],
      );
    bind(StemcellDriver).to(MemoryStemcellDriver).inSingletonScope();
    bind(VmDriver).to(MemoryVmDriver).inSingletonScope();
    bind(DiskDriver).to(MemoryDiskDriver).inSingletonScope();
    bind(NetworkDriver).toConstantValue(new MemoryNetworkDriver(config.networks));
    bind(DriverSession).toConstantValue(new MemoryDriverSession());
  });
}
