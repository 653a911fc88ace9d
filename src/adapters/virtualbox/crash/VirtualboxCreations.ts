import { inject, injectable } from 'inversify';
import type { DiskCid, StemcellCid, VmCid } from '../../../domain/cid/Cid.js';
import { Creators, creationStartSeconds } from '../../../ports/Creators.js';
import { Locks } from '../../../ports/Locks.js';
import { KEYS } from '../layout.js';
import { removeVmObjects } from '../machineRemoval.js';
import { VirtualboxSession } from '../VirtualboxSession.js';
import { VBoxManageFailure } from '../vboxmanage/VBoxManageFailure.js';
import { CREATION_LEASE_S, markPath, marksDir, parseMarkFile, type CreationMarkFile, type MarkKind } from './creationMarkFile.js';

/** Leftovers removed per call at most: a call pays for a few, never for a backlog. */
export const SWEEP_LIMIT = 2;

/** A mark whose creator is gone: what it left and since when. */
export interface VirtualboxOrphan {
  readonly mark: CreationMarkFile;
  readonly sinceEpochS: number | undefined;
  readonly creator: 'dead' | 'lease expired';
}

const notFound = (error: unknown) => VBoxManageFailure.isClass(error, 'not_found');

/**
 * Crash-consistent creation on VirtualBox (see creationMarkFile.ts): `track` marks a creation for
 * as long as it runs, `sweep` removes what creators that died (SIGKILL, a lost host) left behind:
 * registered machines, registered media and files in the store directory, all named after the
 * CID of the mark. An object without a mark is finished and belongs to its CID; an object with a
 * mark of a live creator is left alone.
 */
@injectable()
export class VirtualboxCreations {
  constructor(
    @inject(VirtualboxSession) private readonly session: VirtualboxSession,
    @inject(Locks) private readonly locks: Locks,
    @inject(Creators) private readonly creators: Creators,
  ) {}

  /**
   * Runs `work`, which creates the objects named after `cid`, under a mark. On failure the
   * objects are removed here too (whatever `work` could not clean up itself), and the mark only
   * goes once they are gone: when VirtualBox fails meanwhile, the mark stays for a later call.
   */
  async track<T>(kind: MarkKind, cid: string, work: () => Promise<T>): Promise<T> {
    const { host, logger } = this.session;
    const root = (await this.session.layout()).root;
    const creationId = await this.creators.begin();
    const path = markPath(root, creationId, cid);
    try {
      await host.mkdirp(marksDir(root));
      await host.writeFile(path, new Uint8Array());
    } catch (error) {
      await this.creators.end(creationId);
      throw error;
    }
    let result: T;
    try {
      result = await work();
    } catch (error) {
      try {
        await this.remove({ path, creationId, cid, kind });
      } catch (cleanup) {
        logger.warn('leftovers of a failed creation stay marked; a later call removes them', { cid, mark: path, error: String(cleanup) });
      }
      throw error;
    }
    await host.remove(path);
    await this.creators.end(creationId);
    return result;
  }

  /**
   * Removes the leftovers of at most SWEEP_LIMIT dead creations. Never fails the call that runs
   * it: what cannot be removed now keeps its mark and is tried again by the next call.
   */
  async sweep(): Promise<number> {
    const { logger } = this.session;
    try {
      const marks = await this.marks();
      let removed = 0;
      for (const mark of marks) {
        if (removed >= SWEEP_LIMIT) break;
        const orphan = await this.judge(mark);
        if (!orphan) continue;
        logger.info('removing the leftovers of a creation whose creator is gone', { cid: mark.cid, mark: mark.path, creator: orphan.creator });
        await this.remove(mark);
        removed++;
      }
      // records of creators that died before their mark was written
      const marked = new Set(marks.map((m) => m.creationId));
      for (const id of await this.creators.deadRecords(SWEEP_LIMIT * 4)) if (!marked.has(id)) await this.creators.end(id);
      return removed;
    } catch (error) {
      logger.warn('could not remove leftovers of dead creations now; a later call tries again', { error: String(error) });
      return 0;
    }
  }

  /** Every mark whose creator is gone (for the doctor and `cpi cleanup`). */
  async orphans(): Promise<VirtualboxOrphan[]> {
    const found: VirtualboxOrphan[] = [];
    for (const mark of await this.marks()) {
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
    for (const mark of await this.marks()) {
      if (mark.cid !== cid || !(await this.judge(mark))) continue;
      await this.session.host.remove(mark.path);
      await this.creators.end(mark.creationId);
    }
  }

  /** Removes one creation's objects, then its mark and its creator record. */
  async remove(mark: CreationMarkFile): Promise<void> {
    await this.removeObjects(mark);
    await this.session.host.remove(mark.path);
    await this.creators.end(mark.creationId);
  }

  private async marks(): Promise<CreationMarkFile[]> {
    const { host } = this.session;
    const root = (await this.session.layout()).root;
    const dir = marksDir(root);
    if (!(await host.exists(dir))) return [];
    return (await host.list(dir)).map((name) => parseMarkFile(root, name)).filter((m): m is CreationMarkFile => m !== undefined);
  }

  private async judge(mark: CreationMarkFile): Promise<VirtualboxOrphan | undefined> {
    const sinceEpochS = creationStartSeconds(mark.creationId);
    const state = await this.creators.state(mark.creationId);
    if (state === 'alive') return undefined;
    if (state === 'dead') return { mark, sinceEpochS, creator: 'dead' };
    const leaseEnds = (sinceEpochS ?? 0) + CREATION_LEASE_S;
    return this.session.clock.now() / 1000 >= leaseEnds ? { mark, sinceEpochS, creator: 'lease expired' } : undefined;
  }

  /** What a create of this kind makes, removed in any state it was left in; missing objects are fine. */
  private async removeObjects(mark: CreationMarkFile): Promise<void> {
    const { vbox, host } = this.session;
    const layout = await this.session.layout();
    switch (mark.kind) {
      case 'vm': {
        const vm = mark.cid as VmCid;
        await removeVmObjects(this.session, this.locks, vm, await this.stemcellOf(vm), true);
        return;
      }
      case 'stemcell':
        try {
          await vbox.unregisterVm(mark.cid, true);
        } catch (error) {
          if (!notFound(error)) throw error;
        }
        await host.remove(layout.stemcellDir(mark.cid as StemcellCid));
        return;
      case 'disk': {
        const file = layout.disk(mark.cid as DiskCid);
        if (await vbox.showMediumInfo('disk', file)) await vbox.closeMedium('disk', file, true);
        await host.remove(file);
        await vbox.setExtraData('global', KEYS.diskMetadata(mark.cid as DiskCid), undefined);
        return;
      }
    }
  }

  /** The stemcell a VM was cloned from, from the global index create_vm writes before cloning. */
  private async stemcellOf(vm: VmCid): Promise<StemcellCid | undefined> {
    const global = (await this.session.vbox.enumerateExtraData('global')) ?? new Map<string, string>();
    const key = [...global.keys()].find((k) => k.startsWith('bosh-cpi/stemcell-users/') && k.endsWith(`/${vm}`));
    return key?.split('/')[2] as StemcellCid | undefined;
  }
}
