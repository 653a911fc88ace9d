import type { DiskCid } from '../cid/Cid.js';
import type { DiskHint } from './AgentSettings.js';

const SERIAL_LENGTH = 20;

/**
 * The serial a persistent disk carries on its virtio-scsi controller (DESIGN.md D5): the first
 * 20 characters of its CID. QEMU 7.2 puts the whole serial into VPD page 0x83, from which udev
 * names `/dev/disk/by-id/scsi-0QEMU_QEMU_HARDDISK_<serial>`, and the agent's `virtio` rule globs
 * `/dev/disk/by-id/*<CID[0:20]>`: the link must END with those 20 characters.
 */
export function persistentDiskSerial(cid: DiskCid): string {
  return cid.slice(0, SERIAL_LENGTH);
}

/**
 * The hint for such a disk. It resolves under both of the agent's rules (cpi-protocol §7.3):
 * - `scsi` (vSphere stemcells): `id` globs /dev/disk/by-id/*<id without dashes> (the serial has
 *   none), then `volume_id` finds /sys/bus/scsi/devices/<host>:0:<target>:0;
 * - `virtio` (OpenStack stemcells): the agent globs by the disk CID itself. No `path`: its
 *   fallback maps /dev/sdX to /dev/vdX, which may be another disk: better no answer than a wrong one.
 */
export function persistentDiskHint(cid: DiskCid, scsiTarget: number): DiskHint {
  return { id: persistentDiskSerial(cid), volume_id: String(scsiTarget), lun: '0' };
}
