import { inject, injectable } from 'inversify';
import type { DiskCid, SnapshotCid, VmCid } from '../../domain/cid/Cid.js';
import { failure } from '../../domain/errors/DomainError.js';
import type { DiskHint } from '../../domain/settings/AgentSettings.js';
import { persistentDiskHint } from '../../domain/settings/persistentDiskHint.js';
import type { DiskDriver } from '../../ports/DiskDriver.js';
import type { MemoryDisk, MemoryState } from './MemoryState.js';
import { MemoryStore } from './MemoryStore.js';
import { existingVm } from './MemoryVmDriver.js';

/** SCSI target 0 is the root disk's place on a real controller; persistent disks start at 1. */
const FIRST_PERSISTENT_TARGET = 1;

@injectable()
export class MemoryDiskDriver implements DiskDriver {
  constructor(@inject(MemoryStore) private readonly store: MemoryStore) {}

  async createDisk(cid: DiskCid, sizeMiB: number, cloudProperties: Readonly<Record<string, unknown>>, nearVm?: VmCid): Promise<void> {
    await this.store.update((state) => {
      if (state.disks[cid]) throw failure('infrastructure', `disk ${cid} already exists`);
      // `nearVm` is only a placement hint; one host has nowhere else to put the disk.
      void nearVm;
      state.disks[cid] = { sizeMiB, cloudProperties: { ...cloudProperties }, metadata: {} };
    });
  }

  async deleteDisk(cid: DiskCid): Promise<void> {
    await this.store.update((state) => {
      const disk = state.disks[cid];
      if (!disk) return;
      if (disk.attachedTo) throw failure('infrastructure', `disk ${cid} is attached to VM ${disk.attachedTo}; detach it first`);
      delete state.disks[cid];
    });
  }

  async hasDisk(cid: DiskCid): Promise<boolean> {
    return this.store.read((state) => state.disks[cid] !== undefined);
  }

  async attachDisk(vm: VmCid, disk: DiskCid): Promise<DiskHint> {
    return this.store.update((state) => {
      const machine = existingVm(state, vm);
      const record = existingDisk(state, disk);
      const present = machine.disks.find((attached) => attached.cid === disk);
      if (present) return persistentDiskHint(disk, present.scsiTarget);
      if (record.attachedTo) throw failure('infrastructure', `disk ${disk} is attached to another VM, ${record.attachedTo}`);
      const used = new Set(machine.disks.map((attached) => attached.scsiTarget));
      let scsiTarget = FIRST_PERSISTENT_TARGET;
      while (used.has(scsiTarget)) scsiTarget++;
      machine.disks.push({ cid: disk, scsiTarget });
      record.attachedTo = vm;
      return persistentDiskHint(disk, scsiTarget);
    });
  }

  async detachDisk(vm: VmCid, disk: DiskCid): Promise<void> {
    await this.store.update((state) => {
      const machine = existingVm(state, vm);
      const before = machine.disks.length;
      machine.disks = machine.disks.filter((attached) => attached.cid !== disk);
      const record = state.disks[disk];
      if (machine.disks.length !== before && record) delete record.attachedTo;
    });
  }

  async attachedDisks(vm: VmCid): Promise<DiskCid[]> {
    return this.store.read((state) => existingVm(state, vm).disks.map((attached) => attached.cid as DiskCid));
  }

  async resizeDisk(cid: DiskCid, newSizeMiB: number): Promise<void> {
    await this.store.update((state) => {
      const disk = existingDisk(state, cid);
      if (newSizeMiB < disk.sizeMiB) {
        throw failure('not_supported', `disk ${cid} has ${disk.sizeMiB} MiB; shrinking it to ${newSizeMiB} MiB would lose data`);
      }
      if (disk.attachedTo) throw failure('infrastructure', `disk ${cid} is attached to VM ${disk.attachedTo}; detach it before resizing`);
      disk.sizeMiB = newSizeMiB;
    });
  }

  async setDiskMetadata(cid: DiskCid, metadata: Readonly<Record<string, string>>): Promise<void> {
    await this.store.update((state) => {
      existingDisk(state, cid).metadata = { ...metadata };
    });
  }

  async snapshotDisk(disk: DiskCid, snapshot: SnapshotCid, metadata: Readonly<Record<string, string>>): Promise<void> {
    await this.store.update((state) => {
      const record = existingDisk(state, disk);
      state.snapshots[snapshot] = { disk, sizeMiB: record.sizeMiB, metadata: { ...metadata } };
    });
  }

  async deleteSnapshot(snapshot: SnapshotCid): Promise<void> {
    await this.store.update((state) => {
      delete state.snapshots[snapshot];
    });
  }
}

function existingDisk(state: MemoryState, cid: string): MemoryDisk {
  const disk = state.disks[cid];
  if (!disk) throw failure('disk_not_found', `disk ${cid} does not exist`);
  return disk;
}
