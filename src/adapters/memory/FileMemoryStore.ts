import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { failure } from '../../domain/errors/DomainError.js';
import type { Locks } from '../../ports/Locks.js';
import { emptyMemoryState, type MemoryState } from './MemoryState.js';
import type { MemoryStore } from './MemoryStore.js';
import { randomHex } from '../system/randomHex.js';

/**
 * State kept in one JSON file, so the `cpi` executable can be driven call after call, one
 * process per call, without a hypervisor. Every change runs under a file lock and replaces the
 * file by rename: concurrent processes never lose each other's writes, and readers never see
 * half a file.
 */
export class FileMemoryStore implements MemoryStore {
  private readonly lockName: string;

  constructor(
    private readonly path: string,
    private readonly locks: Locks,
  ) {
    this.lockName = `memory-${basename(path).replace(/[^A-Za-z0-9._-]/g, '_')}`;
  }

  async read<T>(query: (state: Readonly<MemoryState>) => T): Promise<T> {
    return query(await this.load());
  }

  async update<T>(change: (state: MemoryState) => T): Promise<T> {
    return this.locks.withLock(this.lockName, async () => {
      const state = await this.load();
      const result = change(state);
      await this.save(state);
      return result;
    });
  }

  private async load(): Promise<MemoryState> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyMemoryState();
      throw failure('infrastructure', `cannot read the memory driver's state file ${this.path}: ${(error as Error).message}`);
    }
    try {
      return { ...emptyMemoryState(), ...(JSON.parse(text) as Partial<MemoryState>) };
    } catch (error) {
      throw failure('infrastructure', `the memory driver's state file ${this.path} is not valid JSON: ${(error as Error).message}`);
    }
  }

  private async save(state: MemoryState): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${process.pid}.${randomHex(4)}.tmp`;
    try {
      await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
      await rename(temporary, this.path);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw failure('infrastructure', `cannot write the memory driver's state file ${this.path}: ${(error as Error).message}`);
    }
  }
}
