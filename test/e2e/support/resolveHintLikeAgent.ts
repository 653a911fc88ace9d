import type { GuestDisk } from '../../stemcell/parseGuestReport.js';

export type DevicePathResolution = 'scsi' | 'virtio';

export interface HintResolution {
  readonly dev: string;
  readonly rule: 'scsi-id' | 'scsi-volume-id' | 'virtio-id' | 'virtio-path';
}

/**
 * Where the BOSH agent would find a persistent disk, given the hint attach_disk returned, the
 * disk CID (the director passes both to the agent's add_persistent_disk) and the disks the guest
 * reported (with the /dev/disk/by-id names udev would give them). The rules are the agent's
 * device path resolvers (cpi-protocol §7.3): `scsi` for vSphere stemcells, `virtio` for
 * OpenStack ones. Undefined when the agent would find nothing.
 */
export function resolveHintLikeAgent(
  hint: unknown,
  diskCid: string,
  resolution: DevicePathResolution,
  disks: readonly GuestDisk[],
): HintResolution | undefined {
  const fields = hintFields(hint);
  const byIdEnding = (suffix: string) => disks.filter((disk) => disk.byId.some((name) => name.endsWith(suffix)));
  if (resolution === 'scsi') {
    if (fields.id) {
      const hit = byIdEnding(fields.id.replaceAll('-', ''))[0];
      return hit && { dev: hit.name, rule: 'scsi-id' };
    }
    if (fields.volumeId) {
      // the SCSI host of the disks at target 0, then <host>:0:<volume_id>:0
      const host = disks.map((disk) => /^(\d+):0:0:0$/.exec(disk.hctl ?? '')?.[1]).find((h) => h !== undefined);
      const hit = disks.find((disk) => host !== undefined && disk.hctl === `${host}:0:${fields.volumeId}:0`);
      return hit && { dev: hit.name, rule: 'scsi-volume-id' };
    }
    return undefined;
  }
  if (diskCid.length >= 20) {
    const hits = byIdEnding(diskCid.slice(0, 20));
    if (hits.length === 1) return { dev: (hits[0] as GuestDisk).name, rule: 'virtio-id' };
  }
  if (!fields.path) return undefined;
  const candidates = fields.path.startsWith('/dev/sd')
    ? ['xvd', 'vd', 'sd'].map((prefix) => `${prefix}${fields.path?.slice('/dev/sd'.length)}`)
    : [fields.path.replace(/^\/dev\//, '')];
  const hit = candidates.map((name) => disks.find((disk) => disk.name === name)).find((disk) => disk !== undefined);
  return hit && { dev: hit.name, rule: 'virtio-path' };
}

/** A bare string hint is path and volume_id at once; an object names its fields. */
function hintFields(hint: unknown): { id?: string; volumeId?: string; path?: string } {
  if (typeof hint === 'string') return { volumeId: hint, path: hint };
  if (typeof hint !== 'object' || hint === null) return {};
  const record = hint as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' && record[key] !== '' ? (record[key] as string) : undefined);
  return {
    ...(text('id') === undefined ? {} : { id: text('id') }),
    ...(text('volume_id') === undefined ? {} : { volumeId: text('volume_id') }),
    ...(text('path') === undefined ? {} : { path: text('path') }),
  };
}
