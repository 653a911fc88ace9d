import type { ServiceIdentifier } from 'inversify';
import type { DiskCid, SnapshotCid, VmCid } from '../domain/cid/Cid.js';
import type { DiskHint } from '../domain/settings/AgentSettings.js';

export interface DiskDriver {
  /** Exactly sizeMiB × 1 MiB bytes. `nearVm` is a placement hint and may be undefined. */
  createDisk(cid: DiskCid, sizeMiB: number, cloudProperties: Readonly<Record<string, unknown>>, nearVm?: VmCid): Promise<void>;
  /** Idempotent: a missing disk is success. */
  deleteDisk(cid: DiskCid): Promise<void>;
  hasDisk(cid: DiskCid): Promise<boolean>;
  /**
   * Hot-plugs the disk and waits until the hypervisor shows it. Attaching a disk already on the
   * same VM answers the same hint. Throws vm_not_found, disk_not_found, or infrastructure when
   * the disk is attached to another VM.
   */
  attachDisk(vm: VmCid, disk: DiskCid): Promise<DiskHint>;
  /** Waits until it is gone. A disk not attached to that VM is success. Throws vm_not_found. */
  detachDisk(vm: VmCid, disk: DiskCid): Promise<void>;
  /** Persistent disks attached now, in attach order. Throws vm_not_found. */
  attachedDisks(vm: VmCid): Promise<DiskCid[]>;
  /** Grows a detached disk; a smaller size throws not_supported; the same size is success. */
  resizeDisk(cid: DiskCid, newSizeMiB: number): Promise<void>;
  setDiskMetadata(cid: DiskCid, metadata: Readonly<Record<string, string>>): Promise<void>;
  /** A point-in-time copy of the disk, or throws not_implemented with the reason. */
  snapshotDisk(disk: DiskCid, snapshot: SnapshotCid, metadata: Readonly<Record<string, string>>): Promise<void>;
  /** Idempotent. */
  deleteSnapshot(snapshot: SnapshotCid): Promise<void>;
}
export const DiskDriver: ServiceIdentifier<DiskDriver> = Symbol.for('bosh-libvirt-cpi.DiskDriver');
