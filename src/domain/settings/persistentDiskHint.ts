import type { DiskCid } from '../cid/Cid.js';
import type { DiskHint } from './AgentSettings.js';

/**
 * The hint for a persistent disk on a virtio-scsi controller whose serial is the disk CID
 * (DESIGN.md D5). It resolves under both of the agent's rules (cpi-protocol §7.3):
 * - `scsi` (vSphere stemcells): `id` globs /dev/disk/by-id/*<serial>, then `volume_id` finds
 *   /sys/bus/scsi/devices/<host>:0:<target>:0 on the root disk's SCSI host;
 * - `virtio` (OpenStack stemcells): the agent globs /dev/disk/by-id/*<disk CID> itself, and
 *   falls back to `path` when one is given.
 */
export function persistentDiskHint(cid: DiskCid, scsiTarget: number, path?: string): DiskHint {
  return { id: cid, volume_id: String(scsiTarget), lun: '0', ...(path === undefined ? {} : { path }) };
}
