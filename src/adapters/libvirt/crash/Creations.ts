import { tmpdir } from 'node:os';
import { inject, injectable } from 'inversify';
import type { StemcellCid, VmCid } from '../../../domain/cid/Cid.js';
import type { StemcellImageKind } from '../../../domain/stemcell/StemcellFormat.js';
import { Clock } from '../../../ports/Clock.js';
import { Creators } from '../../../ports/Creators.js';
import { Logger } from '../../../ports/Logger.js';
import { CreationLedger, type Orphan as LedgerOrphan } from '../../system/CreationLedger.js';
import { findMetadataInDomain, readCpiMetadata } from '../domainXml/CpiMetadata.js';
import type { LibvirtApi } from '../LibvirtApi.js';
import type { LibvirtConfig } from '../LibvirtConfig.js';
import { LibvirtConfigToken } from '../LibvirtSession.js';
import { removeScratchOf } from '../stemcell/scratchFolder.js';
import { StemcellReaper } from '../stemcell/StemcellReaper.js';
import { LibvirtStorage } from '../storage/LibvirtStorage.js';
import { volumeXml } from '../storage/storageXml.js';
import { volumeNames } from '../storage/volumeNames.js';
import { parseXml } from '../xml/parseXml.js';
import { markVolumeName, parseMark, type CreationCid, type CreationMark } from './creationMark.js';

export { SWEEP_LIMIT } from '../../system/CreationLedger.js';

const STEMCELL_KINDS: readonly StemcellImageKind[] = ['openstack', 'vsphere'];

/** A mark whose creator is gone: what it left and since when. */
export type Orphan = LedgerOrphan<CreationMark>;

/**
 * Crash-consistent creation on libvirt (see creationMark.ts and CreationLedger): a creation is
 * marked by an empty volume in the pool while it runs; what dead creators left is removed as
 * delete_vm, delete_stemcell, delete_disk and delete_snapshot would remove it.
 */
@injectable()
export class Creations {
  constructor(
    @inject(LibvirtConfigToken) private readonly config: LibvirtConfig,
    @inject(LibvirtStorage) private readonly storage: LibvirtStorage,
    @inject(StemcellReaper) private readonly reaper: StemcellReaper,
    @inject(Creators) private readonly creators: Creators,
    @inject(Clock) private readonly clock: Clock,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  /** Runs `work`, which creates the objects named after `cid`, under a mark (CreationLedger#track). */
  track<T>(api: LibvirtApi, cid: CreationCid, work: () => Promise<T>): Promise<T> {
    return this.ledger(api).track(cid, work);
  }

  /** Removes the leftovers of a few dead creations; never fails the call (CreationLedger#sweep). */
  sweep(api: LibvirtApi): Promise<number> {
    return this.ledger(api).sweep();
  }

  /** Every mark whose creator is gone (for the doctor and `cpi cleanup`). */
  orphans(api: LibvirtApi): Promise<Orphan[]> {
    return this.ledger(api).orphans();
  }

  /** After a delete of `cid` by the director: the marks of that CID whose creator is gone go too. */
  forgetMarksOf(api: LibvirtApi, cid: CreationCid): Promise<void> {
    return this.ledger(api).forgetMarksOf(cid);
  }

  /** Removes one orphan's objects, then its mark and its creator record. */
  remove(api: LibvirtApi, mark: CreationMark): Promise<void> {
    return this.ledger(api).remove(mark);
  }

  /** The ledger over this pool's mark volumes, through this call's connection. */
  private ledger(api: LibvirtApi): CreationLedger<CreationMark> {
    const pool = this.storage.pool;
    return new CreationLedger<CreationMark>(
      {
        write: async (creationId, cid) => {
          const volume = markVolumeName(creationId, cid);
          await api.createVolume(pool, volumeXml(volume, 0, 'raw'));
          return parseMark(volume)!;
        },
        list: async () => (await api.listVolumeNames(pool)).map(parseMark).filter((m): m is CreationMark => m !== undefined),
        erase: (mark) => api.deleteVolume(pool, mark.volume),
        removeObjects: (mark) => this.removeObjects(api, mark),
        name: (mark) => mark.volume,
      },
      this.creators,
      this.clock,
      this.logger,
    );
  }

  private async removeObjects(api: LibvirtApi, mark: CreationMark): Promise<void> {
    const pool = this.storage.pool;
    switch (mark.kind) {
      case 'vm':
        await this.removeVm(api, mark.cid as VmCid);
        return;
      case 'stemcell':
        for (const kind of STEMCELL_KINDS) await api.deleteVolume(pool, volumeNames.stemcell(mark.cid as StemcellCid, kind));
        await removeScratchOf(this.config.tmp_dir ?? tmpdir(), mark.cid as StemcellCid);
        return;
      case 'disk':
        await api.deleteVolume(pool, volumeNames.disk(mark.cid as never));
        await api.deleteVolume(pool, volumeNames.diskMetadata(mark.cid as never));
        return;
      case 'snapshot':
        await api.deleteVolume(pool, volumeNames.snapshot(mark.cid as never));
        await api.deleteVolume(pool, volumeNames.snapshotMetadata(mark.cid as never));
        return;
    }
  }

  /** As delete_vm: power off, undefine, the VM's volumes, and the stemcell if it waited for its last VM. */
  private async removeVm(api: LibvirtApi, cid: VmCid): Promise<void> {
    let stemcell: StemcellCid | undefined;
    if ((await api.domainState(cid)) !== undefined) {
      const xml = await api.domainXml(cid, { inactive: true });
      const element = xml === undefined ? undefined : findMetadataInDomain(parseXml(xml));
      try {
        stemcell = element ? readCpiMetadata(element).stemcell.cid : undefined;
      } catch {
        stemcell = undefined;
      }
      await api.destroyDomain(cid).catch(() => undefined);
      await api.undefineDomain(cid);
      // undefining a running domain only makes it transient: it must be gone, not just undefined
      if ((await api.domainState(cid)) !== undefined) throw new Error(`domain ${cid} is still there after destroy and undefine`);
    }
    for (const volume of volumeNames.vmVolumes(cid)) await api.deleteVolume(this.storage.pool, volume);
    if (stemcell) await this.reaper.release(stemcell);
  }
}
