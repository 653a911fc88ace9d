import type { Clock } from '../../ports/Clock.js';
import { creationStartSeconds, type Creators } from '../../ports/Creators.js';
import type { Logger } from '../../ports/Logger.js';

/** How long a creation whose creator cannot be asked (a CPI on another host) counts as running. */
export const CREATION_LEASE_S = 6 * 60 * 60;
/** Leftovers removed per call at most: a call pays for a few, never for a backlog. */
export const SWEEP_LIMIT = 2;

/** What every driver's mark says: which creation, and the CID its objects are named after. */
export interface CreationMarkOf {
  readonly creationId: string;
  readonly cid: string;
}

/**
 * Where a driver keeps its marks (a volume in the libvirt pool, a file in VirtualBox's store),
 * and how it removes what a creation made.
 */
export interface MarkStore<M extends CreationMarkOf> {
  /** Writes the mark of a creation about to make its first object. */
  write(creationId: string, cid: string): Promise<M>;
  list(): Promise<M[]>;
  erase(mark: M): Promise<void>;
  /** Removes what the creation made, in whatever state it was left; missing objects are fine. */
  removeObjects(mark: M): Promise<void>;
  /** The mark as logs name it. */
  name(mark: M): string;
}

/** A mark whose creator is gone: what it left and since when. */
export interface Orphan<M extends CreationMarkOf> {
  readonly mark: M;
  readonly sinceEpochS: number | undefined;
  readonly creator: 'dead' | 'lease expired';
}

/**
 * Crash-consistent creation, the same on every driver: `track` marks a creation for as long as
 * it runs, `sweep` removes what creators that died (SIGKILL, a lost host, a hypervisor that went
 * away while they cleaned up) left behind. An object without a mark is finished and belongs to
 * its CID; an object with a mark of a live creator is left alone. The creator records (Creators)
 * tell a dead creator from a live one; the marks live with the hypervisor's own objects.
 */
export class CreationLedger<M extends CreationMarkOf> {
  constructor(
    private readonly store: MarkStore<M>,
    private readonly creators: Creators,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /**
   * Runs `work`, which creates the objects named after `cid`, under a mark. On failure the
   * objects are removed here too, and the mark only goes once they are gone: when the
   * hypervisor is unreachable the mark stays for a later call to finish the job.
   */
  async track<T>(cid: string, work: () => Promise<T>): Promise<T> {
    const creationId = await this.creators.begin();
    let mark: M;
    try {
      mark = await this.store.write(creationId, cid);
    } catch (error) {
      await this.creators.end(creationId);
      throw error;
    }
    let result: T;
    try {
      result = await work();
    } catch (error) {
      try {
        await this.remove(mark);
      } catch (cleanup) {
        this.logger.warn('leftovers of a failed creation stay marked; a later call removes them', {
          cid,
          mark: this.store.name(mark),
          error: String(cleanup),
        });
      }
      throw error;
    }
    await this.store.erase(mark);
    await this.creators.end(creationId);
    return result;
  }

  /**
   * Removes the leftovers of at most SWEEP_LIMIT dead creations. Never fails the call that
   * runs it: what cannot be removed now keeps its mark and is tried again by the next call.
   */
  async sweep(): Promise<number> {
    try {
      const marks = await this.store.list();
      let removed = 0;
      for (const mark of marks) {
        if (removed >= SWEEP_LIMIT) break;
        const orphan = await this.judge(mark);
        if (!orphan) continue;
        this.logger.info('removing the leftovers of a creation whose creator is gone', {
          cid: mark.cid,
          mark: this.store.name(mark),
          creator: orphan.creator,
        });
        await this.remove(mark);
        removed++;
      }
      // records of creators that died before their mark was written
      const marked = new Set(marks.map((m) => m.creationId));
      for (const id of await this.creators.deadRecords(SWEEP_LIMIT * 4)) if (!marked.has(id)) await this.creators.end(id);
      return removed;
    } catch (error) {
      this.logger.warn('could not remove leftovers of dead creations now; a later call tries again', { error: String(error) });
      return 0;
    }
  }

  /** Every mark whose creator is gone (for the doctor and `cpi cleanup`). */
  async orphans(): Promise<Orphan<M>[]> {
    const found: Orphan<M>[] = [];
    for (const mark of await this.store.list()) {
      const orphan = await this.judge(mark);
      if (orphan) found.push(orphan);
    }
    return found;
  }

  /**
   * After a delete of `cid` by the director: the marks of that CID whose creator is gone go too
   * (a killed create whose CID was found and deleted by hand leaves no empty mark behind).
   */
  async forgetMarksOf(cid: string): Promise<void> {
    for (const mark of await this.store.list()) {
      if (mark.cid !== cid || !(await this.judge(mark))) continue;
      await this.store.erase(mark);
      await this.creators.end(mark.creationId);
    }
  }

  /** Removes one creation's objects, then its mark and its creator record. */
  async remove(mark: M): Promise<void> {
    await this.store.removeObjects(mark);
    await this.store.erase(mark);
    await this.creators.end(mark.creationId);
  }

  private async judge(mark: M): Promise<Orphan<M> | undefined> {
    const sinceEpochS = creationStartSeconds(mark.creationId);
    const state = await this.creators.state(mark.creationId);
    if (state === 'alive') return undefined;
    if (state === 'dead') return { mark, sinceEpochS, creator: 'dead' };
    const leaseEnds = (sinceEpochS ?? 0) + CREATION_LEASE_S;
    return this.clock.now() / 1000 >= leaseEnds ? { mark, sinceEpochS, creator: 'lease expired' } : undefined;
  }
}
