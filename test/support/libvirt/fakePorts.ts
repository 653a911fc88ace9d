import { execFile } from 'node:child_process';
import { Container } from 'inversify';
import { libvirtModule } from '../../../src/adapters/libvirt/libvirtModule.js';
import { libvirtConfigSchema, type LibvirtConfig } from '../../../src/adapters/libvirt/LibvirtConfig.js';
import { AgentSettingsMedium, type SettingsMediumKind } from '../../../src/ports/AgentSettingsMedium.js';
import { Clock } from '../../../src/ports/Clock.js';
import { CommandRunner, type CommandResult } from '../../../src/ports/CommandRunner.js';
import { DiskDriver } from '../../../src/ports/DiskDriver.js';
import { DriverSession } from '../../../src/ports/DriverSession.js';
import { Creators, type CreatorState } from '../../../src/ports/Creators.js';
import { Leftovers } from '../../../src/ports/Leftovers.js';
import { Locks } from '../../../src/ports/Locks.js';
import { Logger } from '../../../src/ports/Logger.js';
import { NetworkDriver } from '../../../src/ports/NetworkDriver.js';
import { StemcellDriver } from '../../../src/ports/StemcellDriver.js';
import { VmDriver } from '../../../src/ports/VmDriver.js';
import type { AgentSettings } from '../../../src/domain/settings/AgentSettings.js';
import { FakeLibvirtApi } from './FakeLibvirtApi.js';

/** Virtual time: sleeping advances the clock at once, so bounded waits run in no time. */
export class VirtualClock implements Clock {
  private t = 1_000_000;
  now(): number {
    return this.t;
  }
  async sleep(ms: number): Promise<void> {
    this.t += ms;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** A clock that a second passes on every look at it: work that checks the time often sees it move. */
export class TickingClock implements Clock {
  private t = 1_000_000;
  now(): number {
    this.t += 1000;
    return this.t;
  }
  async sleep(ms: number): Promise<void> {
    this.t += ms;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export class MemoryLocks implements Locks {
  readonly taken: string[] = [];
  private readonly tails = new Map<string, Promise<unknown>>();
  async withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
    this.taken.push(name);
    const previous = this.tails.get(name) ?? Promise.resolve();
    const run = previous.then(work, work);
    this.tails.set(
      name,
      run.catch(() => undefined),
    );
    return run;
  }
}

/** Creator records in memory: a test says which creations' processes have died. */
export class MemoryCreators implements Creators {
  private next = 0;
  readonly alive = new Set<string>();
  readonly dead = new Set<string>();
  constructor(private readonly clock: Clock) {}
  async begin(): Promise<string> {
    const id = `${Math.floor(this.clock.now() / 1000)}-${(++this.next).toString(16).padStart(8, '0')}`;
    this.alive.add(id);
    return id;
  }
  async end(id: string): Promise<void> {
    this.alive.delete(id);
    this.dead.delete(id);
  }
  async state(id: string): Promise<CreatorState> {
    return this.alive.has(id) ? 'alive' : this.dead.has(id) ? 'dead' : 'unknown';
  }
  async deadRecords(limit: number): Promise<string[]> {
    return [...this.dead].slice(0, limit);
  }
  /** The process of every creation still running dies (SIGKILL). */
  killAll(): void {
    for (const id of this.alive) this.dead.add(id);
    this.alive.clear();
  }
}

export class RecordingLogger implements Logger {
  readonly lines: string[] = [];
  debug(m: string): void {
    this.lines.push(`debug ${m}`);
  }
  info(m: string): void {
    this.lines.push(`info ${m}`);
  }
  warn(m: string): void {
    this.lines.push(`warn ${m}`);
  }
  error(m: string): void {
    this.lines.push(`error ${m}`);
  }
}

/** Stands in for the ISO writer: the bytes name the kind and carry the settings JSON. */
export class JsonMedium implements AgentSettingsMedium {
  build(kind: SettingsMediumKind, settings: AgentSettings): Uint8Array {
    return Buffer.from(`${kind}\n${JSON.stringify(settings)}`);
  }
}

/** Runs real programs (qemu-img in the stemcell tests); tests may start processes. */
export class ChildProcessRunner implements CommandRunner {
  readonly commands: string[][] = [];
  run(bin: string, args: readonly string[], options: { timeoutMs: number }): Promise<CommandResult> {
    this.commands.push([bin, ...args]);
    return new Promise((resolve) => {
      execFile(bin, [...args], { timeout: options.timeoutMs }, (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
        resolve({ exitCode: code, stdout, stderr });
      });
    });
  }
}

export interface Harness {
  readonly api: FakeLibvirtApi;
  readonly config: LibvirtConfig;
  readonly vms: VmDriver;
  readonly disks: DiskDriver;
  readonly stemcells: StemcellDriver;
  readonly networks: NetworkDriver;
  readonly session: DriverSession;
  readonly locks: MemoryLocks;
  readonly creators: MemoryCreators;
  readonly leftovers: Leftovers;
  readonly clock: Clock;
  readonly logger: RecordingLogger;
  readonly runner: ChildProcessRunner;
  connects(): number;
}

export function harness(configInput: Record<string, unknown> = {}, api = new FakeLibvirtApi(), clock: Clock = new VirtualClock()): Harness {
  const config = libvirtConfigSchema().parse({
    pool: 'testpool',
    pool_path: '/pools/testpool',
    timeouts: { reboot_s: 0.05, shutdown_s: 1, attach_s: 2, detach_s: 2 },
    ...configInput,
  });
  let connects = 0;
  // As the app's composition root makes it: every binding a singleton.
  const container = new Container({ defaultScope: 'Singleton' });
  const locks = new MemoryLocks();
  const logger = new RecordingLogger();
  const runner = new ChildProcessRunner();
  const creators = new MemoryCreators(clock);
  container.bind(Clock).toConstantValue(clock);
  container.bind(Creators).toConstantValue(creators);
  container.bind(Locks).toConstantValue(locks);
  container.bind(Logger).toConstantValue(logger);
  container.bind(CommandRunner).toConstantValue(runner);
  container.bind(AgentSettingsMedium).toConstantValue(new JsonMedium());
  container.load(
    libvirtModule(config, async () => {
      connects++;
      return api;
    }),
  );
  return {
    api,
    config,
    vms: container.get(VmDriver),
    disks: container.get(DiskDriver),
    stemcells: container.get(StemcellDriver),
    networks: container.get(NetworkDriver),
    session: container.get(DriverSession),
    locks,
    creators,
    leftovers: container.get(Leftovers),
    clock,
    logger,
    runner,
    connects: () => connects,
  };
}
