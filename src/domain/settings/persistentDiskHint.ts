import type { DiskCid } from '../cid/Cid.js';
import type { DiskHint } from './AgentSettings.js';

/**
 * The serial a persistent disk carries on its virtio-scsi controller: its whole CID, 20
 * characters (domain/cid/Cid explains the length). QEMU puts the serial into the vendor-specific
 * identifier of VPD page 0x83 (whole up to 36 characters on virtio-scsi), from which udev names
 * the disk `/dev/disk/by-id/scsi-0QEMU_QEMU_HARDDISK_<serial>`: a link that ends with the CID.
 */
export function persistentDiskSerial(cid: DiskCid): string {
  return cid;
}

/**
 * The hint for such a disk; it resolves under each of the agent's device path resolvers
 * (bosh-agent infrastructure/devicepathresolver/):
 * - `virtio` (OpenStack stemcells) looks the disk up by the key the hint is stored under, the
 *   disk CID, not by anything in the hint: `/dev/disk/by-id/*<CID>` since v2.524.0,
 *   `*<CID[0:20]>` before; both are the serial's link. No `path`: its fallback maps `/dev/sdX`
 *   to `/dev/vdX`, which is the root or ephemeral disk here: better no answer than a wrong disk.
 * - `scsi` (vSphere stemcells) globs `/dev/disk/by-id/*<id without dashes>`: `id` is the CID
 *   (it has no dash). `volume_id` is the SCSI target, for a reader that uses the address.
 */
export function persistentDiskHint(cid: DiskCid, scsiTarget: number): DiskHint {
  return { id: persistentDiskSerial(cid), volume_id: String(scsiTarget), lun: '0' };
}
