import path from 'node:path';
import { inject, injectable } from 'inversify';
import type { DiskCid, StemcellCid, VmCid } from '../../../domain/cid/Cid.js';
import { Creators } from '../../../ports/Creators.js';
import { Locks } from '../../../ports/Locks.js';
import { CreationLedger, type Orphan } from '../../system/CreationLedger.js';
import { KEYS } from '../layout.js';
import { removeVmObjects } from '../machineRemoval.js';
import { VirtualboxSession } from '../VirtualboxSession.js';
import { VBoxManageFailure } from '../vboxmanage/VBoxManageFailure.js';
import { markPath, marksDir, parseMarkFile, type CreationMarkFile } from './creationMarkFile.js';

export { SWEEP_LIMIT } from '../../system/CreationLedger.js';

/** A mark whose creator is gone: what it left and since when. */
export type VirtualboxOrphan = Orphan<CreationMarkFile>;

const notFound = (error: unknown) => VBoxManageFailure.isClass(error, 'not_found');

/**
 * Crash-consistent creation on VirtualBox (see creationMarkFile.ts and CreationLedger): a
 * creation is marked by an empty file in the store directory while it runs; what dead creators
 * left (registered machines, registered media, files in the store directory, all named after
 * the mark's CID) is removed as the deletes would remove it.
 */
@injectable()
export class VirtualboxCreations {
  constructor(
    @inject(VirtualboxSession) private readonly session: VirtualboxSession,
    @inject(Locks) private readonly locks: Locks,
    @inject(Creators) private readonly creators: Creators,
  ) {}

  /** Runs `work`, which creates the objects named after `cid`, under a mark (CreationLedger#track). */
  track<T>(cid: string, work: () => Promise<T>): Promise<T> {
    return this.ledger().track(cid, work);
  }

  /** Removes the leftovers of a few dead creations; never fails the call (CreationLedger#sweep). */
  sweep(): Promise<number> {
    return this.ledger().sweep();
  }

  /** Every mark whose creator is gone (for the doctor and `cpi cleanup`). */
  orphans(): Promise<VirtualboxOrphan[]> {
    return this.ledger().orphans();
  }

  /** After a delete of `cid` by the director: the marks of that CID whose creator is gone go too. */
  forgetMarksOf(cid: string): Promise<void> {
    return this.ledger().forgetMarksOf(cid);
  }

  /** Removes one creation's objects, then its mark and its creator record. */
  remove(mark: CreationMarkFile): Promise<void> {
    return this.ledger().remove(mark);
  }

  /** The ledger over the mark files of the store directory. */
  private ledger(): CreationLedger<CreationMarkFile> {
    const { host, clock, logger } = this.session;
    const root = async () => (await this.session.layout()).root;
    return new CreationLedger<CreationMarkFile>(
      {
        write: async (creationId, cid) => {
          const store = await root();
          await host.mkdirp(marksDir(store));
          const file = markPath(store, creationId, cid);
          await host.writeFile(file, new Uint8Array());
          return parseMarkFile(store, path.posix.basename(file))!;
        },
        list: async () => {
          const store = await root();
          const dir = marksDir(store);
          if (!(await host.exists(dir))) return [];
          return (await host.list(dir)).map((name) => parseMarkFile(store, name)).filter((m): m is CreationMarkFile => m !== undefined);
        },
        erase: (mark) => host.remove(mark.path),
        removeObjects: (mark) => this.removeObjects(mark),
        name: (mark) => mark.path,
      },
      this.creators,
      clock,
      logger,
    );
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
