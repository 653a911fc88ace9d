import { tmpdir } from 'node:os';
import { inject, injectable } from 'inversify';
import type { StemcellCid, VmCid } from '../../../domain/cid/Cid.js';
import type { StemcellImageKind } from '../../../domain/stemcell/StemcellFormat.js';
import { Clock } from '../../../ports/Clock.js';
import { Creators, creationStartSeconds } from '../../../ports/Creators.js';
import { Logger } from '../../../ports/Logger.js';
import { findMetadataInDomain, readCpiMetadata } from '../domain/CpiMetadata.js';
import type { LibvirtApi } from '../LibvirtApi.js';
import type { LibvirtConfig } from '../LibvirtConfig.js';
import { LibvirtConfigToken } from '../LibvirtSession.js';
import { removeScratchOf } from '../stemcell/scratchFolder.js';
import { StemcellReaper } from '../stemcell/StemcellReaper.js';
import { LibvirtStorage } from '../storage/LibvirtStorage.js';
import { volumeXml } from '../storage/storageXml.js';
import { volumeNames } from '../storage/volumeNames.js';
import { parseXml } from '../xml/parseXml.js';
import { CREATION_LEASE_S, markVolumeName, parseMark, type CreationCid, type CreationMark } from './creationMark.js';

const STEMCELL_KINDS: readonly StemcellImageKind[] = ['openstack', 'vsphere'];
/** Leftovers removed per call at most: a call pays for a few, never for a backlog. */
export const SWEEP_LIMIT = 2;

/** A mark whose creator is gone: what it left and since when. */
export interface Orphan {
  readonly mark: CreationMark;
  readonly sinceEpochS: number | undefined;
  readonly creator: 'dead' | 'lease expired';
}

/**
 * Crash-consistent creation (see creationMark.ts): `track` marks a creation for as long as it
 * runs, `sweep` removes what creators that died (SIGKILL, a lost host, a daemon that went away
 * while they cleaned up) left behind. An object without a mark is finished and belongs to its
 * CID; an object with a mark of a live creator is left alone.
 */
@injectable()
export class Creations {
  constructor(
    @inject(LibvirtStorage) private readonly storage: LibvirtStorage,
    @inject(StemcellReaper) private readonly reaper: StemcellReaper,
    @inject(Creators) private readonly creators: Creators,
    @inject(Clock) private readonly clock: Clock,
    @inject(Logger) private readonly logger: Logger,
    @inject(LibvirtConfigToken) private readonly config: LibvirtConfig,
  ) {}

  /**
   * Runs `work`, which creates the objects named after `cid`, under a mark. On failure the
   * objects are removed here too, and the mark only goes once they are gone: when the daemon
   * is unreachable the mark stays for a later call to finish the job.
   */
  async track<T>(api: LibvirtApi, cid: CreationCid, work: () => Promise<T>): Promise<T> {
    const pool = this.storage.pool;
    const creationId = await this.creators.begin();
    const mark = markVolumeName(creationId, cid);
    try {
      await api.createVolume(pool, volumeXml(mark, 0, 'raw'));
    } catch (error) {
      await this.creators.end(creationId);
      throw error;
    }
    let result: T;
    try {
      result = await work();
    } catch (error) {
      try {
        await this.removeObjects(api, parseMark(mark)!);
        await api.deleteVolume(pool, mark);
        await this.creators.end(creationId);
      } catch (cleanup) {
        this.logger.warn('leftovers of a failed creation stay marked; a later call removes them', { cid, mark, error: String(cleanup) });
      }
      throw error;
    }
    await api.deleteVolume(pool, mark);
    await this.creators.end(creationId);
    return result;
  }

  /**
   * Removes the leftovers of at most SWEEP_LIMIT dead creations. Never fails the call that
   * runs it: what cannot be removed now keeps its mark and is tried again by the next call.
   */
  async sweep(api: LibvirtApi): Promise<number> {
    try {
      const volumes = await api.listVolumeNames(this.storage.pool);
      const marks = volumes.map(parseMark).filter((m): m is CreationMark => m !== undefined);
      let removed = 0;
      for (const mark of marks) {
        if (removed >= SWEEP_LIMIT) break;
        const orphan = await this.judge(mark);
        if (!orphan) continue;
        this.logger.info('removing the leftovers of a creation whose creator is gone', { cid: mark.cid, mark: mark.volume, creator: orphan.creator });
        await this.remove(api, mark);
        removed++;
      }
      // records of creators that died before their mark reached the daemon
      const marked = new Set(marks.map((m) => m.creationId));
      for (const id of await this.creators.deadRecords(SWEEP_LIMIT * 4)) if (!marked.has(id)) await this.creators.end(id);
      return removed;
    } catch (error) {
      this.logger.warn('could not remove leftovers of dead creations now; a later call tries again', { error: String(error) });
      return 0;
    }
  }

  /** Every mark whose creator is gone (for the doctor and `cpi cleanup`). */
  async orphans(api: LibvirtApi): Promise<Orphan[]> {
    const volumes = await api.listVolumeNames(this.storage.pool);
    const found: Orphan[] = [];
    for (const mark of volumes.map(parseMark)) {
      if (!mark) continue;
      const orphan = await this.judge(mark);
      if (orphan) found.push(orphan);
    }
    return found;
  }

  /**
   * After a delete of `cid` by the director: the marks of that CID whose creator is gone go too
   * (a killed create whose CID was found and deleted by hand leaves no empty mark behind).
   */
  async forgetMarksOf(api: LibvirtApi, cid: CreationCid): Promise<void> {
    const volumes = await api.listVolumeNames(this.storage.pool);
    for (const mark of volumes.map(parseMark)) {
      if (mark?.cid !== cid || !(await this.judge(mark))) continue;
      await api.deleteVolume(this.storage.pool, mark.volume);
      await this.creators.end(mark.creationId);
    }
  }

  /** Removes one orphan's objects, then its mark and its creator record. */
  async remove(api: LibvirtApi, mark: CreationMark): Promise<void> {
    await this.removeObjects(api, mark);
    await api.deleteVolume(this.storage.pool, mark.volume);
    await this.creators.end(mark.creationId);
  }

  private async judge(mark: CreationMark): Promise<Orphan | undefined> {
    const sinceEpochS = creationStartSeconds(mark.creationId);
    const state = await this.creators.state(mark.creationId);
    if (state === 'alive') return undefined;
    if (state === 'dead') return { mark, sinceEpochS, creator: 'dead' };
    const leaseEnds = (sinceEpochS ?? 0) + CREATION_LEASE_S;
    return this.clock.now() / 1000 >= leaseEnds ? { mark, sinceEpochS, creator: 'lease expired' } : undefined;
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
