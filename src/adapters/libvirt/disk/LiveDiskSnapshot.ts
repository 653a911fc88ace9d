import { basename } from 'node:path';
import { inject, injectable } from 'inversify';
import { isCid, type DiskCid, type SnapshotCid, type VmCid } from '../../../domain/cid/Cid.js';
import { failure } from '../../../domain/errors/DomainError.js';
import { Clock } from '../../../ports/Clock.js';
import { Locks } from '../../../ports/Locks.js';
import { Logger } from '../../../ports/Logger.js';
import { readScsiUsage } from '../domainXml/persistentDisks.js';
import type { LibvirtApi } from '../LibvirtApi.js';
import type { LibvirtConfig } from '../LibvirtConfig.js';
import { LibvirtConfigToken } from '../LibvirtSession.js';
import { LibvirtStorage } from '../storage/LibvirtStorage.js';
import { volumeXml } from '../storage/storageXml.js';
import { volumeNames } from '../storage/volumeNames.js';
import { waitUntil } from '../waitUntil.js';
import { parseXml } from '../xml/parseXml.js';
import { backupTargetFile, pushBackupXml } from './pushBackupXml.js';

const POLL_MS = 200;
/** How long an aborted backup job may take to end before the volume is removed anyway. */
const ABORT_WAIT_MS = 30_000;

/**
 * The snapshot of a disk that a running VM uses. QEMU holds the image, so the copy is made by
 * QEMU itself: a push-mode backup job (virDomainBackupBegin) writes the disk as it was at the
 * job's start into a new qcow2 volume of the pool, while the guest keeps running. The copy is
 * standalone (no backing file) and crash-consistent: what a power cut at that instant would
 * have left on the disk; the director stops the jobs first.
 *
 * libvirt allows one backup job per domain, so the snapshots of one VM's disks take turns under
 * a lock per VM. A backup job found running under that lock was left by a CPI process that died
 * mid-copy: it is aborted and its partial volume deleted before the new one starts.
 */
@injectable()
export class LiveDiskSnapshot {
  constructor(
    @inject(LibvirtConfigToken) private readonly config: LibvirtConfig,
    @inject(LibvirtStorage) private readonly storage: LibvirtStorage,
    @inject(Locks) private readonly locks: Locks,
    @inject(Clock) private readonly clock: Clock,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  private get timeoutMs(): number {
    return this.config.timeouts.snapshot_s * 1000;
  }

  /**
   * Copies `disk`, attached to the running domain `vm`, into the new volume of `snapshot`
   * (`capacity` bytes). False, with nothing created, when the running domain does not use the
   * disk (attached in its definition only, or detached meanwhile): QEMU does not hold it, and
   * libvirt can copy it.
   */
  async take(api: LibvirtApi, vm: VmCid, disk: DiskCid, snapshot: SnapshotCid, capacity: number): Promise<boolean> {
    return this.locks.withLock(`backup-${vm}`, () => this.takeLocked(api, vm, disk, snapshot, capacity), { timeoutMs: this.timeoutMs });
  }

  private async takeLocked(api: LibvirtApi, vm: VmCid, disk: DiskCid, snapshot: SnapshotCid, capacity: number): Promise<boolean> {
    await this.clearLeftoverBackup(api, vm);
    const liveXml = await api.domainXml(vm);
    if (liveXml === undefined) throw failure('vm_not_found', `VM ${vm} was deleted while taking a snapshot of disk ${disk}`);
    const live = parseXml(liveXml);
    const attached = readScsiUsage(live).disks.find((d) => d.cid === disk);
    if (!attached) return false;
    const volume = volumeNames.snapshot(snapshot);
    // a pool volume made by libvirt, so that it is listed, sized and deleted like any other; QEMU fills it
    await api.createVolume(this.storage.pool, volumeXml(volume, capacity, 'qcow2'));
    try {
      const info = await api.volumeInfo(this.storage.pool, volume);
      if (!info) throw failure('infrastructure', `volume ${volume} vanished right after it was created`);
      await api.beginBackup(vm, pushBackupXml(live, attached.dev, info.path));
      await this.awaitBackup(api, vm, disk);
      await api.refreshPool(this.storage.pool);
      return true;
    } catch (error) {
      await api
        .deleteVolume(this.storage.pool, volume)
        .catch((cleanup: unknown) => this.logger.warn('could not delete the partial snapshot volume', { volume, error: String(cleanup) }));
      throw error;
    }
  }

  /** Polls the job until it ends; only a job that libvirt reports as completed made a usable copy. */
  private async awaitBackup(api: LibvirtApi, vm: VmCid, disk: DiskCid): Promise<void> {
    try {
      const finished = await waitUntil(this.clock, this.timeoutMs, POLL_MS, async () => (await api.domainJob(vm))?.state !== 'running');
      if (!finished) {
        await this.abort(api, vm);
        throw failure(
          'timeout',
          `snapshot of disk ${disk} of VM ${vm} did not finish within ${this.config.timeouts.snapshot_s} s; the copy was aborted`,
          { okToRetry: true },
        );
      }
      const outcome = await api.domainJob(vm, { completed: true });
      if (outcome?.state === 'completed') return;
      throw failure(
        'infrastructure',
        `snapshot of disk ${disk} of VM ${vm} failed: ${outcome?.error ?? `the backup job ended ${outcome?.state ?? 'with the VM'}`}`,
      );
    } catch (error) {
      // the VM stopped or deleted under the job (delete_vm racing the snapshot) is the usual cause: say so
      const state = await api.domainState(vm).catch(() => 'other' as const);
      if (state === undefined || state === 'shutoff' || state === 'crashed') {
        throw failure('infrastructure', `snapshot of disk ${disk} failed: VM ${vm} was stopped or deleted during the copy`, {
          cause: error,
        });
      }
      throw error;
    }
  }

  private async clearLeftoverBackup(api: LibvirtApi, vm: VmCid): Promise<void> {
    const xml = await api.backupXml(vm);
    if (xml === undefined) return;
    const file = backupTargetFile(parseXml(xml));
    const name = file === undefined ? '' : basename(file);
    const cid = name.endsWith('.qcow2') ? name.slice(0, -'.qcow2'.length) : '';
    if (!isCid('snapshot', cid) || (await api.volumeInfo(this.storage.pool, name))?.path !== file) {
      throw failure(
        'infrastructure',
        `VM ${vm} runs a backup job that this CPI did not start (into ${file ?? 'no file'}); try again when it has ended`,
        { okToRetry: true },
      );
    }
    this.logger.warn('aborting a snapshot left unfinished by a CPI process that ended', { vm, snapshot: cid });
    await this.abort(api, vm);
    await api.deleteVolume(this.storage.pool, volumeNames.snapshot(cid));
    await api.deleteVolume(this.storage.pool, volumeNames.snapshotMetadata(cid));
  }

  private async abort(api: LibvirtApi, vm: VmCid): Promise<void> {
    await api.abortDomainJob(vm);
    const ended = await waitUntil(this.clock, ABORT_WAIT_MS, POLL_MS, async () => (await api.domainJob(vm))?.state !== 'running');
    if (!ended) this.logger.warn('the aborted backup job is still running', { vm });
  }
}
