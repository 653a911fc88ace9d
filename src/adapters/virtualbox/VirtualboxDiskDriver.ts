import { inject, injectable } from 'inversify';
import type { DiskCid, SnapshotCid, VmCid } from '../../domain/cid/Cid.js';
import { failure } from '../../domain/errors/DomainError.js';
import type { DiskHint } from '../../domain/settings/AgentSettings.js';
import type { DiskDriver } from '../../ports/DiskDriver.js';
import { Locks } from '../../ports/Locks.js';
import { VirtualboxCreations } from './crash/VirtualboxCreations.js';
import { KEYS, persistentDiskCid, vmLock } from './layout.js';
import { freePorts, sataController } from './machineOps.js';
import { VirtualboxSession } from './VirtualboxSession.js';
import { VBoxManageFailure } from './vboxmanage/VBoxManageFailure.js';
import { isActiveState, type VmInfo } from './vboxmanage/VmInfo.js';

const ATTACH_POLLS = 20;

/**
 * Persistent disks are VDI files named after their CID in the store's `disks/` folder (VDI,
 * because `modifymedium --resize` works for VDI and VHD only), hot-plugged on the VM's SATA
 * controller, which supports hot-plug on every VirtualBox since 6.1.
 *
 * Hint: an AHCI disk's serial is `VB<first 8 hex digits of the medium UUID>-<…>`, so the guest
 * has /dev/disk/by-id/ata-VBOX_HARDDISK_VB<8 hex>-…; the agent's `id` rule globs
 * `/dev/disk/by-id/*<id>` and takes the first match, the disk itself (`…-part1` sorts after it).
 */
@injectable()
export class VirtualboxDiskDriver implements DiskDriver {
  constructor(
    @inject(VirtualboxSession) private readonly session: VirtualboxSession,
    @inject(Locks) private readonly locks: Locks,
    @inject(VirtualboxCreations) private readonly creations: VirtualboxCreations,
  ) {}

  /** The medium is made under a creation mark, so that a killed call leaves nothing unowned. */
  async createDisk(cid: DiskCid, sizeMiB: number, _cloudProperties: Readonly<Record<string, unknown>>): Promise<void> {
    const layout = await this.session.layout();
    await this.creations.sweep();
    await this.creations.track(cid, async () => {
      await this.session.host.mkdirp(layout.disksDir());
      await this.session.vbox.createMedium(layout.disk(cid), sizeMiB, 'VDI');
    });
  }

  async deleteDisk(cid: DiskCid): Promise<void> {
    const { vbox, host } = this.session;
    const file = (await this.session.layout()).disk(cid);
    const medium = await vbox.showMediumInfo('disk', file);
    if (medium) {
      if (medium.inUseBy.length > 0)
        throw failure('infrastructure', `disk ${cid} is attached to ${medium.inUseBy.join(', ')}; detach it first`);
      await vbox.closeMedium('disk', file, true);
    }
    await host.remove(file);
    await vbox.setExtraData('global', KEYS.diskMetadata(cid), undefined);
    await this.creations.forgetMarksOf(cid);
  }

  async hasDisk(cid: DiskCid): Promise<boolean> {
    return (await this.session.vbox.showMediumInfo('disk', (await this.session.layout()).disk(cid))) !== undefined;
  }

  async attachDisk(vm: VmCid, disk: DiskCid): Promise<DiskHint> {
    const { vbox, config } = this.session;
    const file = (await this.session.layout()).disk(disk);
    return this.locks.withLock(
      vmLock(vm),
      async () => {
        const info = await this.vmInfo(vm);
        const present = info.attachments.find((a) => a.location === file);
        if (present?.imageUuid) return hintFor(present.imageUuid);
        const medium = await vbox.showMediumInfo('disk', file);
        if (!medium) throw failure('disk_not_found', `disk ${disk} does not exist`);
        if (medium.inUseBy.length > 0) throw failure('infrastructure', `disk ${disk} is attached to ${medium.inUseBy.join(', ')}`);
        const sata = sataController(info);
        if (!sata) throw failure('not_supported', `VM ${vm} has no SATA controller to hot-plug a disk on (it was not made by this CPI)`);
        const port = freePorts(info, sata.name)[0];
        if (port === undefined) throw failure('infrastructure', `no free SATA port on ${vm}`);
        // Attached to a running VM, the device is hot-pluggable by itself, and VirtualBox refuses
        // to change the flag while the VM runs; attached to a stopped one, it must be marked so
        // that it can be unplugged once the VM runs.
        const running = isActiveState(info.state);
        await vbox.storageAttach(vm, {
          controller: sata.name,
          port,
          device: 0,
          type: 'hdd',
          medium: file,
          ...(running ? {} : { hotpluggable: true }),
        });
        const uuid = await this.waitFor(
          vm,
          (i) => i.attachments.find((a) => a.location === file)?.imageUuid,
          `disk ${disk} to appear on ${vm}`,
        );
        await this.recordDisks(vm, (list) => [...list.filter((d) => d !== disk), disk]);
        return hintFor(uuid);
      },
      { timeoutMs: config.timeouts.lock_s * 1000 },
    );
  }

  async detachDisk(vm: VmCid, disk: DiskCid): Promise<void> {
    const { vbox, config } = this.session;
    await this.locks.withLock(
      vmLock(vm),
      async () => {
        const info = await this.vmInfo(vm);
        const slot = info.attachments.find((a) => persistentDiskCid(a.location) === disk);
        if (slot) {
          await vbox.storageAttach(vm, { controller: slot.controller, port: slot.port, device: slot.device, type: 'hdd', medium: 'none' });
          await this.waitFor(
            vm,
            (i) => (i.attachments.some((a) => persistentDiskCid(a.location) === disk) ? undefined : true),
            `disk ${disk} to leave ${vm}`,
          );
        }
        await this.recordDisks(vm, (list) => list.filter((d) => d !== disk));
      },
      { timeoutMs: config.timeouts.lock_s * 1000 },
    );
  }

  async attachedDisks(vm: VmCid): Promise<DiskCid[]> {
    const info = await this.vmInfo(vm);
    const attached = info.attachments.flatMap((a) => {
      const cid = persistentDiskCid(a.location);
      return cid ? [cid] : [];
    });
    const order = await this.recordedDisks(vm);
    const rank = (d: DiskCid) => (order.includes(d) ? order.indexOf(d) : order.length);
    return attached.sort((a, b) => rank(a) - rank(b));
  }

  async resizeDisk(cid: DiskCid, newSizeMiB: number): Promise<void> {
    const { vbox } = this.session;
    const file = (await this.session.layout()).disk(cid);
    const medium = await vbox.showMediumInfo('disk', file);
    if (!medium) throw failure('disk_not_found', `disk ${cid} does not exist`);
    if (newSizeMiB === medium.capacityMiB) return;
    if (newSizeMiB < medium.capacityMiB)
      throw failure('not_supported', `VirtualBox cannot shrink a disk (${cid}: ${medium.capacityMiB} MiB to ${newSizeMiB} MiB)`);
    if (medium.inUseBy.length > 0)
      throw failure('infrastructure', `disk ${cid} is attached to ${medium.inUseBy.join(', ')}; resize needs it detached`);
    try {
      await vbox.resizeMedium(file, newSizeMiB);
    } catch (error) {
      if (error instanceof VBoxManageFailure && /not (yet )?(implemented|supported)/i.test(error.summary)) {
        throw failure('not_supported', `VirtualBox cannot resize disk ${cid}: ${error.summary}`);
      }
      throw error;
    }
  }

  /** Global extradata: a medium's own description needs its write lock, which a running VM holds. */
  async setDiskMetadata(cid: DiskCid, metadata: Readonly<Record<string, string>>): Promise<void> {
    if (!(await this.hasDisk(cid))) throw failure('disk_not_found', `disk ${cid} does not exist`);
    await this.session.vbox.setExtraData('global', KEYS.diskMetadata(cid), JSON.stringify(metadata));
  }

  async snapshotDisk(_disk: DiskCid, _snapshot: SnapshotCid, _metadata: Readonly<Record<string, string>>): Promise<void> {
    throw failure(
      'not_implemented',
      'snapshot_disk: VirtualBox snapshots whole machines, not single disks, and a copy of a disk in use by a running VM is not consistent',
    );
  }

  async deleteSnapshot(_snapshot: SnapshotCid): Promise<void> {
    throw failure('not_implemented', 'delete_snapshot: this driver makes no disk snapshots (see snapshot_disk)');
  }

  private async vmInfo(vm: VmCid): Promise<VmInfo> {
    const info = await this.session.vbox.showVmInfo(vm);
    if (!info) throw failure('vm_not_found', `VM ${vm} does not exist`);
    return info;
  }

  /** Re-reads the VM until `test` gives a value: the bounded wait for a hot-plug to show. */
  private async waitFor<T>(vm: VmCid, test: (info: VmInfo) => T | undefined, what: string): Promise<T> {
    const { clock } = this.session;
    for (let i = 0; i < ATTACH_POLLS; i++) {
      const value = test(await this.vmInfo(vm));
      if (value !== undefined) return value;
      await clock.sleep(250);
    }
    throw failure('timeout', `timed out waiting for ${what}`, { okToRetry: true });
  }

  private async recordedDisks(vm: VmCid): Promise<DiskCid[]> {
    const text = await this.session.vbox.getExtraData(vm, KEYS.disks);
    try {
      const list: unknown = text ? JSON.parse(text) : [];
      return Array.isArray(list) ? list.filter((d): d is DiskCid => typeof d === 'string') : [];
    } catch {
      return [];
    }
  }

  private async recordDisks(vm: VmCid, change: (list: DiskCid[]) => DiskCid[]): Promise<void> {
    await this.session.vbox.setExtraData(vm, KEYS.disks, JSON.stringify(change(await this.recordedDisks(vm))));
  }
}

function hintFor(imageUuid: string): DiskHint {
  return { id: `VB${imageUuid.slice(0, 8)}*` };
}
