import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../ports/Clock.js';
import type { CreatorState, Creators } from '../../ports/Creators.js';

const PREFIX = 'creating-';
const SUFFIX = '.lock';
/** A record half written by a process killed between create and rename is dead after this. */
const HALF_WRITTEN_STALE_MS = 60_000;

/**
 * Creator records as files in the lock folder: `creating-<id>.lock` holds the host, the PID and
 * the PID's start time (from /proc, so that a PID reused by a later process is not taken for
 * the creator). Node cannot hold a kernel flock that dies with the process, so liveness is the
 * same test FileLocks uses for its stale locks: same host, PID alive, same start time. Records
 * are written to a temporary name and renamed, so a reader never sees half a record.
 */
export class FileCreators implements Creators {
  constructor(
    readonly dir: string,
    private readonly clock: Clock,
  ) {}

  async begin(): Promise<string> {
    // node:crypto is loaded here, not on import: it costs milliseconds, and most calls create nothing.
    const { randomBytes } = await import('node:crypto');
    const id = `${Math.floor(this.clock.now() / 1000)}-${randomBytes(6).toString('hex')}`;
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const path = this.pathOf(id);
    await writeFile(`${path}.tmp`, `${hostname()} ${process.pid} ${await processStart(process.pid)}\n`, { mode: 0o600 });
    await rename(`${path}.tmp`, path);
    return id;
  }

  async end(creationId: string): Promise<void> {
    await unlink(this.pathOf(creationId)).catch(ignoreMissing);
  }

  async state(creationId: string): Promise<CreatorState> {
    let text: string;
    try {
      text = await readFile(this.pathOf(creationId), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'unknown';
      throw error;
    }
    const [host, pidText, start = ''] = text.trim().split(' ');
    const pid = Number(pidText);
    if (host !== hostname()) return 'unknown';
    if (!Number.isInteger(pid) || pid <= 0) return 'dead';
    if (!isAlive(pid)) return 'dead';
    return start === '' || (await processStart(pid)) === start ? 'alive' : 'dead';
  }

  async deadRecords(limit: number): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const dead: string[] = [];
    for (const name of names) {
      if (dead.length >= limit) break;
      if (!name.startsWith(PREFIX)) continue;
      if (name.endsWith(`${SUFFIX}.tmp`)) {
        await this.removeHalfWritten(join(this.dir, name));
        continue;
      }
      if (!name.endsWith(SUFFIX)) continue;
      const id = name.slice(PREFIX.length, -SUFFIX.length);
      if ((await this.state(id)) === 'dead') dead.push(id);
    }
    return dead;
  }

  private pathOf(creationId: string): string {
    if (!/^[0-9]+-[0-9a-f]+$/.test(creationId)) throw new Error(`invalid creation id ${JSON.stringify(creationId.slice(0, 40))}`);
    return join(this.dir, `${PREFIX}${creationId}${SUFFIX}`);
  }

  private async removeHalfWritten(path: string): Promise<void> {
    const age = await stat(path).then(
      (s) => Date.now() - s.mtimeMs,
      () => undefined,
    );
    if (age !== undefined && age > HALF_WRITTEN_STALE_MS) await unlink(path).catch(ignoreMissing);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Field 22 of /proc/PID/stat (start time in clock ticks since boot); empty where there is no /proc. */
async function processStart(pid: number): Promise<string> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // the command name (field 2) may hold spaces and parentheses: count from the last ')'
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? '';
  } catch {
    return '';
  }
}

function ignoreMissing(error: unknown): void {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
}
