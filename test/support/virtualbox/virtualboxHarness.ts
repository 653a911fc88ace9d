import path from 'node:path';
import { virtualboxConfigSchema, type VirtualboxConfig } from '../../../src/adapters/virtualbox/virtualboxModule.js';
import { VirtualboxDiskDriver } from '../../../src/adapters/virtualbox/VirtualboxDiskDriver.js';
import { VirtualboxNetworkDriver } from '../../../src/adapters/virtualbox/VirtualboxNetworkDriver.js';
import { VirtualboxSession } from '../../../src/adapters/virtualbox/VirtualboxSession.js';
import { vboxHostFor, vboxManageFor } from '../../../src/adapters/virtualbox/vboxWiring.js';
import { VirtualboxStemcellDriver } from '../../../src/adapters/virtualbox/VirtualboxStemcellDriver.js';
import { VirtualboxVmDriver } from '../../../src/adapters/virtualbox/VirtualboxVmDriver.js';
import { VirtualboxCreations } from '../../../src/adapters/virtualbox/crash/VirtualboxCreations.js';
import { VirtualboxLeftovers } from '../../../src/adapters/virtualbox/crash/VirtualboxLeftovers.js';
import { FileCreators } from '../../../src/adapters/system/FileCreators.js';
import type { Clock } from '../../../src/ports/Clock.js';
import type { Creators } from '../../../src/ports/Creators.js';
import type { Locks } from '../../../src/ports/Locks.js';
import { FakeClock, FakeSettingsMedium, MemoryLocks, MemoryLogger, SequentialIds } from './fakes.js';
import type { SimulatedVirtualBox } from './SimulatedVirtualBox.js';
import { TestCommandRunner } from './testCommandRunner.js';

export interface HarnessOptions {
  readonly config?: Record<string, unknown>;
  readonly clock?: Clock;
  readonly locks?: Locks;
  /** Creator records; by default files in the simulator's folder, recording this process. */
  readonly creators?: Creators;
}

/** The VirtualBox drivers of one CPI call, wired by hand around a simulated host. */
export function virtualboxDrivers(sim: SimulatedVirtualBox, options: HarnessOptions = {}) {
  const config: VirtualboxConfig = virtualboxConfigSchema().parse({
    bin: sim.bin,
    store_dir: path.join(sim.dir, 'store'),
    retry: { attempts: 6, initial_delay_s: 0.1, max_delay_s: 0.4 },
    ...options.config,
  });
  const runner = new TestCommandRunner();
  const clock = options.clock ?? new FakeClock();
  const logger = new MemoryLogger();
  const locks = options.locks ?? new MemoryLocks();
  const medium = new FakeSettingsMedium();
  const session = new VirtualboxSession(
    config,
    () => vboxHostFor(config, runner),
    (host, versionOf) => vboxManageFor(config, host, clock, logger, versionOf),
    clock,
    logger,
  );
  const creators = options.creators ?? new FileCreators(path.join(sim.dir, 'creators'), clock);
  const creations = new VirtualboxCreations(session, locks, creators);
  return {
    config,
    runner,
    clock,
    logger,
    locks,
    medium,
    session,
    creators,
    creations,
    leftovers: new VirtualboxLeftovers(session, creations),
    stemcells: new VirtualboxStemcellDriver(session, locks, creations),
    vms: new VirtualboxVmDriver(session, medium, locks, new SequentialIds(), creations),
    disks: new VirtualboxDiskDriver(session, locks, creations),
    networks: new VirtualboxNetworkDriver(session, locks),
  };
}

export type VirtualboxDrivers = ReturnType<typeof virtualboxDrivers>;
