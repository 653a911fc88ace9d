import type { DiskCid, SnapshotCid, StemcellCid, VmCid } from '../../../domain/cid/Cid.js';
import type { StemcellImageKind } from '../../../domain/stemcell/StemcellFormat.js';

/**
 * Volume names in the pool. Everything a call creates is named after a CID, so a call killed
 * halfway leaves nothing a later delete cannot find: delete_vm removes the three VM volumes by
 * name even when the domain was never defined. The stemcell's kind is part of its name because
 * a volume has nowhere else to keep it.
 */
export const volumeNames = {
  root: (vm: VmCid) => `${vm}-root.qcow2`,
  ephemeral: (vm: VmCid) => `${vm}-ephemeral.qcow2`,
  settings: (vm: VmCid) => `${vm}-settings.iso`,
  disk: (disk: DiskCid) => `${disk}.qcow2`,
  diskMetadata: (disk: DiskCid) => `${disk}.metadata.json`,
  snapshot: (snapshot: SnapshotCid) => `${snapshot}.qcow2`,
  snapshotMetadata: (snapshot: SnapshotCid) => `${snapshot}.metadata.json`,
  stemcell: (stemcell: StemcellCid, kind: StemcellImageKind) => `${stemcell}-${kind}.qcow2`,
  /** Marks a stemcell deleted while VMs still use it (see LibvirtStemcellDriver). */
  stemcellTombstone: (stemcell: StemcellCid) => `${stemcell}.deleted`,
  vmVolumes: (vm: VmCid) => [volumeNames.root(vm), volumeNames.ephemeral(vm), volumeNames.settings(vm)],
};

export const MiB = 1024 * 1024;
