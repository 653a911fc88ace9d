import {
  type AgentPersistentDisks,
  type AgentResolution,
  resolveScsi,
  resolveVirtio,
  type VisibleDisk,
} from '../../support/agentDiskResolvers.js';

export type DevicePathResolution = 'scsi' | 'virtio';

export interface MountResolution {
  /** what an agent of today finds (v2.524.0 and later for `virtio`) */
  readonly current: AgentResolution | undefined;
  /** what a `virtio` agent before v2.524.0 finds (the `id` glob on CID[0:20]); the same rule for `scsi` */
  readonly beforeV2524: AgentResolution | undefined;
}

/**
 * The disk the agent's mount_disk(diskCid) would mount (bosh-agent agent/action/mount_disk.go
 * `Run`): the DiskSettings stored under that CID, resolved by the stemcell's device path
 * resolver: `scsi` for vSphere stemcells, `virtio` for OpenStack ones (the rules are in
 * test/support/agentDiskResolvers.ts). Both undefined when the agent has no settings for the CID.
 */
export function mountDiskLikeAgent(
  store: AgentPersistentDisks,
  diskCid: string,
  resolution: DevicePathResolution,
  disks: readonly VisibleDisk[],
): MountResolution {
  const settings = store.settingsFor(diskCid);
  if (settings === undefined) return { current: undefined, beforeV2524: undefined };
  if (resolution === 'scsi') {
    const found = resolveScsi(settings, disks);
    return { current: found, beforeV2524: found };
  }
  return { current: resolveVirtio(settings, disks, 'whole-cid'), beforeV2524: resolveVirtio(settings, disks, 'first-20') };
}
