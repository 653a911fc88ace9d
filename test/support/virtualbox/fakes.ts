import type { AgentSettings } from '../../../src/domain/settings/AgentSettings.js';
import type { AgentSettingsMedium, SettingsMediumKind } from '../../../src/ports/AgentSettingsMedium.js';
import type { Clock } from '../../../src/ports/Clock.js';
import type { IdGenerator } from '../../../src/ports/IdGenerator.js';
import type { Locks } from '../../../src/ports/Locks.js';
import type { Logger } from '../../../src/ports/Logger.js';

/** A clock whose sleeps take no time: retries and bounded waits are counted, not waited for. */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  private time = 1_700_000_000_000;
  now(): number {
    return this.time;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += ms;
  }
}

/** The real clock, with real sleeps: for concurrency tests where another process must move on. */
export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export class MemoryLogger implements Logger {
  readonly lines: { level: string; message: string; fields?: Readonly<Record<string, unknown>> }[] = [];
  private log(level: string, message: string, fields?: Readonly<Record<string, unknown>>) {
    this.lines.push({ level, message, ...(fields ? { fields } : {}) });
  }
  debug = (m: string, f?: Readonly<Record<string, unknown>>) => this.log('debug', m, f);
  info = (m: string, f?: Readonly<Record<string, unknown>>) => this.log('info', m, f);
  warn = (m: string, f?: Readonly<Record<string, unknown>>) => this.log('warn', m, f);
  error = (m: string, f?: Readonly<Record<string, unknown>>) => this.log('error', m, f);
}

/** In-process locks (one CPI process); the real ones are file locks between processes. */
export class MemoryLocks implements Locks {
  readonly taken: string[] = [];
  private readonly tails = new Map<string, Promise<unknown>>();
  async withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(name) ?? Promise.resolve();
    const run = previous
      .catch(() => undefined)
      .then(() => {
        this.taken.push(name);
        return work();
      });
    this.tails.set(
      name,
      run.catch(() => undefined),
    );
    return run;
  }
}

/** Recognisable bytes instead of an ISO: the tests read back which settings went onto the CD. */
export class FakeSettingsMedium implements AgentSettingsMedium {
  readonly built: { kind: SettingsMediumKind; settings: AgentSettings }[] = [];
  build(kind: SettingsMediumKind, settings: AgentSettings): Uint8Array {
    this.built.push({ kind, settings });
    return new TextEncoder().encode(`FAKE-ISO ${kind} ${JSON.stringify(settings)}\n`);
  }
}

export class SequentialIds implements IdGenerator {
  private n = 0;
  hex(length: number): string {
    this.n++;
    return this.n.toString(16).padStart(length, '0').slice(-length);
  }
}
