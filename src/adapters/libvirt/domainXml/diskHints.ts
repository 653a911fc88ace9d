import type { DiskLayout } from '../../../ports/VmDriver.js';

/**
 * How the agent finds our disks, for both kinds of stemcell (docs/cpi-protocol.md §7.3), as measured
 * with QEMU 7.2 and a guest that applies the agent's rules (test/stemcell):
 *
 * Persistent disks sit on virtio-scsi with `<serial>` = the whole disk CID, 20 characters
 * (domain/cid/Cid explains why 20). udev names the by-id link from VPD page 0x83:
 * `/dev/disk/by-id/scsi-0QEMU_QEMU_HARDDISK_<CID>`.
 * - `virtio` rule (OpenStack stemcells) globs `/dev/disk/by-id/*<CID>` (agents before v2.524.0:
 *   `*<CID[0:20]>`, the same 20 characters): the link ends with both.
 * - `scsi` rule (vSphere stemcells) globs `*<hint id>`: `id` is the CID too. `volume_id` is
 *   the SCSI target, for agents that look the disk up by its SCSI address instead. No `path`:
 *   the virtio rule's fallback would map `/dev/sdX` to `/dev/vdX`, which is the root or
 *   ephemeral disk here: better no answer than a wrong disk.
 *
 * The ephemeral disk is `vdb` on virtio-blk with the serial `bosh_ephemeral` (one per guest, so
 * it needs no VM part; no dash, because the scsi rule strips dashes from the id it globs for):
 * - `virtio` rule: an ephemeral disk has no CID, so the agent uses `path`: `/dev/vdb` exists.
 * - `scsi` rule: the agent globs `*<id>`, and `/dev/disk/by-id/virtio-bosh_ephemeral` matches.
 */
export const SYSTEM_DISK_PATH = '/dev/vda';
export const EPHEMERAL_DISK_PATH = '/dev/vdb';
export { persistentDiskHint, persistentDiskSerial } from '../../../domain/settings/persistentDiskHint.js';

export const EPHEMERAL_DISK_SERIAL = 'bosh_ephemeral';

/** What the agent is told about the root and ephemeral disks (`disks.system`, `disks.ephemeral`). */
export function diskLayoutFor(ephemeralDiskMiB: number): DiskLayout {
  if (ephemeralDiskMiB <= 0) return { system: SYSTEM_DISK_PATH };
  return { system: SYSTEM_DISK_PATH, ephemeral: { path: EPHEMERAL_DISK_PATH, id: EPHEMERAL_DISK_SERIAL } };
}
