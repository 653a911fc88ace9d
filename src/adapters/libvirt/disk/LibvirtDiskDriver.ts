import { inject, injectable } from 'inversify';
import { isCid, type DiskCid, type SnapshotCid, type VmCid } from '../../../domain/cid/Cid.js';
import { type DomainError, failure } from '../../../domain/errors/DomainError.js';
import type { DiskHint } from '../../../domain/settings/AgentSettings.js';
import { Clock } from '../../../ports/Clock.js';
import { Logger } from '../../../ports/Logger.js';
import type { DiskDriver } from '../../../ports/DiskDriver.js';
import { Creations } from '../crash/Creations.js';
import { persistentDiskHint } from '../domainXml/diskHints.js';
import { detachDiskXml, freeScsiTarget, persistentDiskXml, readScsiUsage, type AttachedDisk } from '../domainXml/persistentDisks.js';
import { scanCpiDomains } from '../domainXml/scanDomains.js';
import type { DomainState, LibvirtApi } from '../LibvirtApi.js';
import type { LibvirtConfig } from '../LibvirtConfig.js';
import { LibvirtConfigToken, LibvirtSession } from '../LibvirtSession.js';
import { LibvirtStorage } from '../storage/LibvirtStorage.js';
import { volumeXml } from '../storage/storageXml.js';
import { MiB, volumeNames } from '../storage/volumeNames.js';
import { waitUntil } from '../waitUntil.js';
import { LiveDiskSnapshot } from './LiveDiskSnapshot.js';
import { writeSnapshotMetadata } from './writeSnapshotMetadata.js';
import { parseXml } from '../xml/parseXml.js';

/** QEMU's answer to a block node name it already has (see attachDevice). */
const DUPLICATE_NODE = /Duplicate nodes? with node-name/i;
const DUPLICATE_NODE_ATTEMPTS = 4;

const POLL_MS = 50;

/**
 * Persistent disks are qcow2 volumes `<disk cid>.qcow2`, hot-plugged on the virtio-scsi
 * controller with the CID as serial (docs/design.md D5). Attach and detach wait until the running
 * domain shows the change: libvirt reports success for a detach the guest never completed.
 */
@injectable()
export class LibvirtDiskDriver implements DiskDriver {
  constructor(
    @inject(LibvirtConfigToken) private readonly config: LibvirtConfig,
    @inject(LibvirtSession) private readonly session: LibvirtSession,
    @inject(LibvirtStorage) private readonly storage: LibvirtStorage,
    @inject(Creations) private readonly creations: Creations,
    @inject(Clock) private readonly clock: Clock,
    @inject(Logger) private readonly logger: Logger,
    @inject(LiveDiskSnapshot) private readonly liveSnapshot: LiveDiskSnapshot,
  ) {}

  async createDisk(cid: DiskCid, sizeMiB: number): Promise<void> {
    const api = await this.storage.apiWithActivePool();
    await this.creations.sweep(api);
    await this.creations.track(api, cid, () =>
      api.createVolume(this.storage.pool, volumeXml(volumeNames.disk(cid), sizeMiB * MiB, 'qcow2')),
    );
  }

  /**
   * Refused while a VM still holds the disk: libvirt would delete the file under a running
   * QEMU without a word (the guest keeps writing into a deleted inode), and a stopped VM could
   * never start again. The director detaches before it deletes.
   */
  async deleteDisk(cid: DiskCid): Promise<void> {
    const api = await this.storage.apiIfPoolExists();
    if (!api) return;
    const holder = (await scanCpiDomains(api)).find((d) => readScsiUsage(d.definition).disks.some((a) => a.cid === cid));
    const live = holder ? undefined : await this.liveHolder(api, cid);
    if (holder || live) {
      const vm = (holder?.name ?? live)!;
      throw failure('infrastructure', `disk ${cid} is attached to VM ${vm}; detach it first (detach_disk ${vm} ${cid})`);
    }
    await api.deleteVolume(this.storage.pool, volumeNames.disk(cid));
    await api.deleteVolume(this.storage.pool, volumeNames.diskMetadata(cid));
    await this.creations.forgetMarksOf(api, cid);
  }

  async hasDisk(cid: DiskCid): Promise<boolean> {
    const api = await this.storage.apiIfPoolExists();
    return api !== undefined && (await api.volumeInfo(this.storage.pool, volumeNames.disk(cid))) !== undefined;
  }

  async attachDisk(vm: VmCid, disk: DiskCid): Promise<DiskHint> {
    const api = await this.session.api();
    const state = await this.requireState(api, vm);
    const definition = await this.definition(api, vm);
    const already = readScsiUsage(definition).disks.find((d) => d.cid === disk);
    if (already) return persistentDiskHint(disk, already.target);
    if (!(await this.hasDisk(disk))) throw this.diskNotFound(disk);
    const holder = (await scanCpiDomains(api)).find((d) => d.name !== vm && readScsiUsage(d.definition).disks.some((a) => a.cid === disk));
    if (holder) throw failure('infrastructure', `disk ${disk} is attached to VM ${holder.name}; detach it first`);
    const live = isLive(state);
    // the new target must be free in the running domain and in the stored definition
    const usage = readScsiUsage(definition);
    const liveUsage = live ? readScsiUsage(await this.liveXml(api, vm)) : usage;
    const target = freeScsiTarget({
      disks: [...usage.disks, ...liveUsage.disks],
      targets: new Set([...usage.targets, ...liveUsage.targets]),
      devs: new Set([...usage.devs, ...liveUsage.devs]),
    });
    if (target === undefined) throw failure('infrastructure', `VM ${vm} has no free SCSI target left`);
    await this.attachDevice(api, vm, persistentDiskXml(this.storage.pool, volumeNames.disk(disk), disk, target), live);
    if (live) {
      const shown = await waitUntil(this.clock, this.config.timeouts.attach_s * 1000, POLL_MS, async () =>
        this.isAttachedLive(api, vm, disk),
      );
      if (!shown)
        throw failure('timeout', `disk ${disk} did not appear in VM ${vm} within ${this.config.timeouts.attach_s} s`, { okToRetry: true });
    }
    return persistentDiskHint(disk, target);
  }

  /**
   * Hot-plugs the disk. A libvirt daemon that died during an earlier attach to this VM forgets
   * the block node names it had just given QEMU (it counts them in memory and had not saved its
   * state yet), so its next attach may name a node QEMU already holds: "Duplicate nodes with
   * node-name". The failed attempt changed nothing, and the daemon's counter has moved on, so
   * the attach is tried again, a bounded number of times.
   */
  private async attachDevice(api: LibvirtApi, vm: VmCid, xml: string, live: boolean): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await api.attachDevice(vm, xml, { live, config: true });
        return;
      } catch (error) {
        if (attempt >= DUPLICATE_NODE_ATTEMPTS || !DUPLICATE_NODE.test(String((error as Error).message))) throw error;
        this.logger.warn('QEMU already holds a block node of that name (left by an attach the libvirt daemon died during): trying again', {
          vm,
          attempt,
        });
      }
    }
  }

  async detachDisk(vm: VmCid, disk: DiskCid): Promise<void> {
    const api = await this.session.api();
    const state = await this.requireState(api, vm);
    const live = isLive(state);
    const inDefinition = findDisk(readScsiUsage(await this.definition(api, vm)).disks, disk);
    const inLive = live ? findDisk(readScsiUsage(await this.liveXml(api, vm)).disks, disk) : undefined;
    if (!inDefinition && !inLive) {
      this.logger.info('disk is not attached: nothing to detach', { vm, disk });
      return;
    }
    if (inLive) await api.detachDevice(vm, detachDiskXml(inLive), { live: true, config: inDefinition?.dev === inLive.dev });
    if (inDefinition && inDefinition.dev !== inLive?.dev)
      await api.detachDevice(vm, detachDiskXml(inDefinition), { live: false, config: true });
    if (inLive) {
      const gone = await waitUntil(
        this.clock,
        this.config.timeouts.detach_s * 1000,
        POLL_MS,
        async () => !(await this.isAttachedLive(api, vm, disk)),
      );
      if (!gone)
        throw failure('timeout', `disk ${disk} is still attached to VM ${vm} after ${this.config.timeouts.detach_s} s`, {
          okToRetry: true,
        });
    }
  }

  async attachedDisks(vm: VmCid): Promise<DiskCid[]> {
    const api = await this.session.api();
    const state = await this.requireState(api, vm);
    const xml = isLive(state) ? await this.liveXml(api, vm) : await this.definition(api, vm);
    return readScsiUsage(xml).disks.map((d) => d.cid);
  }

  async resizeDisk(cid: DiskCid, newSizeMiB: number): Promise<void> {
    const api = await this.storage.apiIfPoolExists();
    const info = api && (await api.volumeInfo(this.storage.pool, volumeNames.disk(cid)));
    if (!api || !info) throw this.diskNotFound(cid);
    const wanted = newSizeMiB * MiB;
    if (wanted < info.capacity)
      throw failure('not_supported', `disk ${cid} has ${info.capacity / MiB} MiB; shrinking to ${newSizeMiB} MiB is not supported`);
    if (wanted === info.capacity) return;
    await api.resizeVolume(this.storage.pool, volumeNames.disk(cid), wanted);
  }

  /**
   * libvirt volumes carry no metadata of their own, so the disk's metadata is a small JSON
   * volume next to it, deleted with it. Nothing reads it back but operators (virsh vol-download).
   */
  async setDiskMetadata(cid: DiskCid, metadata: Readonly<Record<string, string>>): Promise<void> {
    const api = await this.storage.apiIfPoolExists();
    if (!api || !(await api.volumeInfo(this.storage.pool, volumeNames.disk(cid)))) throw this.diskNotFound(cid);
    const bytes = Buffer.from(`${JSON.stringify(metadata)}\n`, 'utf8');
    const name = volumeNames.diskMetadata(cid);
    await api.deleteVolume(this.storage.pool, name);
    await api.createVolume(this.storage.pool, volumeXml(name, bytes.length, 'raw'));
    await api.uploadVolume(this.storage.pool, name, once(bytes), bytes.length);
  }

  /**
   * A full copy of the volume, made by libvirt (qemu-img convert). QEMU locks the image of a
   * disk in use, so the copy of a disk attached to a running VM is made by QEMU itself
   * (LiveDiskSnapshot). The metadata volume is written last: a snapshot without it is unfinished.
   */
  async snapshotDisk(disk: DiskCid, snapshot: SnapshotCid, metadata: Readonly<Record<string, string>>): Promise<void> {
    const api = await this.storage.apiIfPoolExists();
    const info = api && (await api.volumeInfo(this.storage.pool, volumeNames.disk(disk)));
    if (!api || !info) throw this.diskNotFound(disk);
    await this.creations.sweep(api);
    // Under a mark until the metadata is written: a process killed mid-copy leaves a marked
    // volume that a later call removes (a backup job it left running is aborted by the next
    // live snapshot of that VM).
    await this.creations.track(api, snapshot, async () => {
      const holder = (await scanCpiDomains(api)).find((d) => readScsiUsage(d.definition).disks.some((a) => a.cid === disk));
      const holderState = holder && (await api.domainState(holder.name));
      const copiedLive =
        holder !== undefined &&
        holderState !== undefined &&
        isLive(holderState) &&
        (await this.liveSnapshot.take(api, holder.name as VmCid, disk, snapshot, info.capacity));
      if (!copiedLive) {
        await api.cloneVolume(this.storage.pool, volumeXml(volumeNames.snapshot(snapshot), info.capacity, 'qcow2'), volumeNames.disk(disk));
      }
      await writeSnapshotMetadata(api, this.storage.pool, snapshot, disk, metadata);
    });
  }

  async deleteSnapshot(snapshot: SnapshotCid): Promise<void> {
    const api = await this.storage.apiIfPoolExists();
    if (!api) return;
    await api.deleteVolume(this.storage.pool, volumeNames.snapshot(snapshot));
    await api.deleteVolume(this.storage.pool, volumeNames.snapshotMetadata(snapshot));
    await this.creations.forgetMarksOf(api, snapshot);
  }

  /**
   * Names the pool and the daemon: with one CPI per libvirt host (one per availability zone), a
   * disk of another host is the usual reason, and the message must say where the CPI looked.
   */
  private diskNotFound(disk: DiskCid): DomainError {
    return failure(
      'disk_not_found',
      `disk ${disk} does not exist in storage pool ${this.storage.pool} of libvirt host ${this.config.uri}; a persistent disk stays on the libvirt host (availability zone) that created it`,
    );
  }

  /** A running VM whose live devices still hold the disk (a detach that reached only the definition). */
  private async liveHolder(api: LibvirtApi, cid: DiskCid): Promise<string | undefined> {
    for (const name of (await api.listDomainNames()).filter((n) => isCid('vm', n))) {
      const state = await api.domainState(name);
      if (state === undefined || !isLive(state)) continue;
      const xml = await api.domainXml(name);
      if (xml !== undefined && readScsiUsage(parseXml(xml)).disks.some((d) => d.cid === cid)) return name;
    }
    return undefined;
  }

  private async requireState(api: LibvirtApi, vm: VmCid): Promise<DomainState> {
    const state = await api.domainState(vm);
    if (state === undefined) throw failure('vm_not_found', `VM ${vm} does not exist`);
    return state;
  }

  private async definition(api: LibvirtApi, vm: VmCid) {
    const xml = await api.domainXml(vm, { inactive: true });
    if (xml === undefined) throw failure('vm_not_found', `VM ${vm} does not exist`);
    return parseXml(xml);
  }

  private async liveXml(api: LibvirtApi, vm: VmCid) {
    const xml = await api.domainXml(vm);
    if (xml === undefined) throw failure('vm_not_found', `VM ${vm} does not exist`);
    return parseXml(xml);
  }

  private async isAttachedLive(api: LibvirtApi, vm: VmCid, disk: DiskCid): Promise<boolean> {
    const xml = await api.domainXml(vm);
    return xml !== undefined && readScsiUsage(parseXml(xml)).disks.some((d) => d.cid === disk);
  }
}

const isLive = (state: DomainState) => state !== 'shutoff' && state !== 'crashed';
const findDisk = (disks: readonly AttachedDisk[], cid: DiskCid) => disks.find((d) => d.cid === cid);

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
