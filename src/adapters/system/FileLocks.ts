import { mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { failure } from '../../domain/errors/DomainError.js';
import type { Clock } from '../../ports/Clock.js';
import type { Locks } from '../../ports/Locks.js';
import { randomHex } from './randomHex.js';

export interface FileLocksOptions {
  /** Default: <os tmpdir>/bosh-libvirt-cpi-locks. */
  readonly dir?: string;
  /** How long withLock waits for a busy lock before it fails with a timeout. */
  readonly timeoutMs: number;
  readonly pollMs?: number;
}

/** A lock file nobody could finish writing (crash between create and write) is stale after this. */
const UNREADABLE_LOCK_STALE_MS = 10_000;
/** The breaker is held for one read and one unlink; older than this, its owner died. */
const BREAKER_STALE_MS = 10_000;

export const DEFAULT_LOCK_DIR = join(tmpdir(), 'bosh-libvirt-cpi-locks');

/**
 * Locks shared by CPI processes (docs/design.md D7): a lock is a file created with O_EXCL holding
 * the owner's host, PID and a random token. A lock whose owner process is gone (same host, PID
 * not alive) is stale and broken, under a second "breaker" file so that two waiters cannot
 * both break it and delete each other's fresh locks. Not re-entrant: a process that takes a
 * lock it already holds waits for itself until the timeout.
 */
export class FileLocks implements Locks {
  readonly dir: string;
  private readonly pollMs: number;

  constructor(
    private readonly options: FileLocksOptions,
    private readonly clock: Clock,
  ) {
    this.dir = options.dir ?? DEFAULT_LOCK_DIR;
    this.pollMs = options.pollMs ?? 25;
  }

  async withLock<T>(name: string, work: () => Promise<T>, options?: { timeoutMs?: number }): Promise<T> {
    const release = await this.acquire(name, options?.timeoutMs ?? this.options.timeoutMs);
    try {
      return await work();
    } finally {
      await release();
    }
  }

  private async acquire(name: string, timeoutMs: number): Promise<() => Promise<void>> {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/.test(name)) throw failure('infrastructure', `invalid lock name ${JSON.stringify(name)}`);
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const path = join(this.dir, `${name}.lock`);
    const token = `${hostname()} ${process.pid} ${randomHex(8)}`;
    const deadline = this.clock.now() + timeoutMs;
    for (;;) {
      if (await createExclusive(path, token)) return () => releaseIfOurs(path, token);
      const holder = await readHolder(path);
      if (holder !== undefined && (await isStale(path, holder))) {
        await this.breakStale(path, holder);
        continue;
      }
      if (this.clock.now() >= deadline) {
        throw failure('timeout', `lock '${name}' in ${this.dir} is still held by ${describeHolder(holder)} after ${timeoutMs} ms`, {
          okToRetry: true,
        });
      }
      await this.clock.sleep(this.pollMs + Math.floor(Math.random() * this.pollMs));
    }
  }

  private async breakStale(path: string, seen: string): Promise<void> {
    const breaker = `${path}.break`;
    if (!(await createExclusive(breaker, `${hostname()} ${process.pid}`))) {
      const age = await ageMs(breaker);
      if (age !== undefined && age > BREAKER_STALE_MS) await unlink(breaker).catch(ignoreMissing);
      return;
    }
    try {
      if ((await readHolder(path)) === seen) await unlink(path).catch(ignoreMissing);
    } finally {
      await unlink(breaker).catch(ignoreMissing);
    }
  }
}

async function createExclusive(path: string, content: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx', 0o600);
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw failure('infrastructure', `cannot create lock file ${path}: ${(error as Error).message}`, { cause: error });
  }
}

/** The lock's content, or undefined when it vanished meanwhile. */
async function readHolder(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function isStale(path: string, holder: string): Promise<boolean> {
  const [host, pidText] = holder.split(' ');
  const pid = Number(pidText);
  if (!host || !Number.isInteger(pid) || pid <= 0) return ((await ageMs(path)) ?? 0) > UNREADABLE_LOCK_STALE_MS;
  return host === hostname() && !isAlive(pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function ageMs(path: string): Promise<number | undefined> {
  try {
    return Date.now() - (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function releaseIfOurs(path: string, token: string): Promise<void> {
  if ((await readHolder(path)) === token) await unlink(path).catch(ignoreMissing);
}

function describeHolder(holder: string | undefined): string {
  if (!holder) return 'an unknown process';
  const [host, pid] = holder.split(' ');
  return `process ${pid} on ${host}`;
}

function ignoreMissing(error: unknown): void {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
}
