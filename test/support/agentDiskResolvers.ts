// How the BOSH agent finds a persistent disk, as pure functions over the disks a guest shows.
// Imitates cloudfoundry/bosh-agent (read at v2.874.0; file and function named at each rule):
// settings/settings.go, agent/action/add_persistent_disk.go, agent/action/mount_disk.go and
// infrastructure/devicepathresolver/*.go. test/stemcell/init applies the same rules in the guest.

/** What the agent needs to know of one block device. */
export interface VisibleDisk {
  /** kernel name: vda, sdb, sr0 */
  readonly name: string;
  /** the names udev gives it in /dev/disk/by-id (the disk's own links, no partitions) */
  readonly byId: readonly string[];
  /** SCSI address host:channel:target:lun, when it is a SCSI device */
  readonly hctl?: string | undefined;
}

/** `DiskSettings` of the agent: what a hint becomes once it is tied to a disk CID. */
export interface AgentDiskSettings {
  /** the disk CID: the key the hint is stored under, never a field of the hint */
  readonly id: string;
  /** the hint's `id` */
  readonly deviceId: string;
  readonly volumeId: string;
  readonly path: string;
  readonly lun: string;
  readonly hostDeviceId: string;
}

/** Which `id` glob a `virtio` agent uses: v2.524.0 and later the whole CID, older ones its first 20 characters. */
export type VirtioGeneration = 'whole-cid' | 'first-20';

export type AgentRule = 'virtio-id' | 'virtio-path' | 'scsi-id' | 'scsi-volume-id' | 'scsi-lun';

export interface AgentResolution {
  readonly dev: string;
  readonly rule: AgentRule;
}

/**
 * settings/settings.go `populatePersistentDiskSettings(diskID, settingsInfo)`: `ID` is the disk
 * CID; a map hint gives path, volume_id, id (→ DeviceID), lun, host_device_id; a bare string
 * (old CPIs) is Path and VolumeID at once. Anything else leaves only the ID.
 */
export function agentDiskSettings(diskCid: string, hint: unknown): AgentDiskSettings {
  const settings = { id: diskCid, deviceId: '', volumeId: '', path: '', lun: '', hostDeviceId: '' };
  if (typeof hint === 'string') return { ...settings, path: hint, volumeId: hint };
  if (typeof hint !== 'object' || hint === null || Array.isArray(hint)) return settings;
  const record = hint as Record<string, unknown>;
  // the agent type-asserts each present key to string (and panics on anything else)
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  return {
    ...settings,
    path: text('path'),
    volumeId: text('volume_id'),
    deviceId: text('id'),
    lun: text('lun'),
    hostDeviceId: text('host_device_id'),
  };
}

/**
 * The agent's persistent disk store as the director fills it for stemcells of API version 2 and
 * later: agent/action/add_persistent_disk.go `Run(diskCID, diskHint)` turns the hint into
 * DiskSettings with `PersistentDiskSettingsFromHint` and settings/service.go
 * `SavePersistentDiskSettings` stores them under `ID`, the disk CID; mount_disk.go `Run(diskCid)`
 * reads them back by that CID (`GetPersistentDiskSettings`). For stemcells of API version 1 the
 * same map comes from the settings' `disks.persistent` (settings.go `PersistentDiskSettings`).
 */
export class AgentPersistentDisks {
  private readonly byCid = new Map<string, AgentDiskSettings>();

  /** add_persistent_disk */
  add(diskCid: string, hint: unknown): void {
    const settings = agentDiskSettings(diskCid, hint);
    this.byCid.set(settings.id, settings);
  }

  /** The settings' `disks.persistent` map, as a stemcell of API version 1 reads it. */
  static fromSettings(persistent: Readonly<Record<string, unknown>>): AgentPersistentDisks {
    const store = new AgentPersistentDisks();
    for (const [cid, hint] of Object.entries(persistent)) store.add(cid, hint);
    return store;
  }

  /** What mount_disk works with: undefined when the agent would answer "could not be found". */
  settingsFor(diskCid: string): AgentDiskSettings | undefined {
    return this.byCid.get(diskCid);
  }
}

/** Go's filepath.Glob("/dev/disk/by-id/*<suffix>"): the matching links, sorted, each with its disk. */
function byIdGlob(disks: readonly VisibleDisk[], suffix: string): { link: string; dev: string }[] {
  return disks
    .flatMap((disk) => disk.byId.filter((link) => !link.includes('/') && link.endsWith(suffix)).map((link) => ({ link, dev: disk.name })))
    .sort((a, b) => (a.link < b.link ? -1 : a.link > b.link ? 1 : 0));
}

/**
 * id_device_path_resolver.go `GetRealDevicePath` with no DiskIDTransformPattern (the OpenStack
 * stemcells' agent.json has none): refuses an ID shorter than 20 characters, globs
 * `/dev/disk/by-id/*<ID>` and wants exactly one match (more is an error, none a time-out).
 * Before v2.524.0 (commit 9a9c865) the glob took `ID[0:20]`.
 */
export function resolveById(settings: AgentDiskSettings, disks: readonly VisibleDisk[], generation: VirtioGeneration): string | undefined {
  if (settings.id.length < 20) return undefined;
  const matches = byIdGlob(disks, generation === 'whole-cid' ? settings.id : settings.id.slice(0, 20));
  return matches.length === 1 ? matches[0]?.dev : undefined;
}

/**
 * mapped_device_path_resolver.go `findPossibleDevice`: no path, no disk; `/dev/sdX` is tried as
 * `/dev/xvdX`, `/dev/vdX`, `/dev/sdX` in that order; any other path is taken if it exists (a
 * by-id link is followed).
 */
export function resolveByMappedPath(settings: AgentDiskSettings, disks: readonly VisibleDisk[]): string | undefined {
  const devicePath = settings.path;
  if (devicePath === '') return undefined;
  const exists = (name: string) => disks.some((disk) => disk.name === name);
  if (devicePath.startsWith('/dev/sd')) {
    const suffix = devicePath.slice('/dev/sd'.length);
    return ['xvd', 'vd', 'sd'].map((prefix) => `${prefix}${suffix}`).find(exists);
  }
  if (devicePath.startsWith('/dev/disk/by-id/')) {
    const link = devicePath.slice('/dev/disk/by-id/'.length);
    return disks.find((disk) => disk.byId.includes(link))?.name;
  }
  const name = devicePath.startsWith('/dev/') ? devicePath.slice('/dev/'.length) : undefined;
  return name !== undefined && exists(name) ? name : undefined;
}

/** virtio_device_path_resolver.go `GetRealDevicePath`: by ID (the disk CID), else the mapped path. */
export function resolveVirtio(
  settings: AgentDiskSettings,
  disks: readonly VisibleDisk[],
  generation: VirtioGeneration,
): AgentResolution | undefined {
  const byId = resolveById(settings, disks, generation);
  if (byId !== undefined) return { dev: byId, rule: 'virtio-id' };
  const mapped = resolveByMappedPath(settings, disks);
  return mapped === undefined ? undefined : { dev: mapped, rule: 'virtio-path' };
}

/**
 * scsi_device_path_resolver.go `GetRealDevicePath`: ONE resolver, chosen by what the hint has,
 * with no fallback between them: DeviceID, else VolumeID, else Lun with HostDeviceID.
 */
export function resolveScsi(settings: AgentDiskSettings, disks: readonly VisibleDisk[]): AgentResolution | undefined {
  if (settings.deviceId !== '') {
    const dev = resolveScsiId(settings, disks);
    return dev === undefined ? undefined : { dev, rule: 'scsi-id' };
  }
  if (settings.volumeId !== '') {
    const dev = resolveScsiVolumeId(settings, disks);
    return dev === undefined ? undefined : { dev, rule: 'scsi-volume-id' };
  }
  if (settings.lun !== '' && settings.hostDeviceId !== '') return resolveScsiLun();
  return undefined;
}

/**
 * scsi_id_device_path_resolver.go `GetRealDevicePath`: globs `/dev/disk/by-id/*<DeviceID without
 * dashes>` and takes the first match (in sorted order) whose target exists.
 */
export function resolveScsiId(settings: AgentDiskSettings, disks: readonly VisibleDisk[]): string | undefined {
  return byIdGlob(disks, settings.deviceId.replaceAll('-', ''))[0]?.dev;
}

/**
 * scsi_volume_id_device_path_resolver.go `GetRealDevicePath`: the host is that of the LAST `sd*`
 * (in sorted order) under `/sys/bus/scsi/devices/*:0:0:0/block/`, the disk the first block device
 * under `/sys/bus/scsi/devices/<host>:0:<VolumeID>:0/block/`.
 */
export function resolveScsiVolumeId(settings: AgentDiskSettings, disks: readonly VisibleDisk[]): string | undefined {
  const atTargetZero = disks
    .filter((disk) => disk.hctl !== undefined && /^\d+:0:0:0$/.test(disk.hctl))
    .map((disk) => ({ path: `${disk.hctl}/block/${disk.name}`, disk }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const host = atTargetZero
    .filter(({ disk }) => disk.name.startsWith('sd'))
    .at(-1)
    ?.disk.hctl?.split(':')[0];
  if (host === undefined) return undefined;
  return disks
    .filter((disk) => disk.hctl === `${host}:0:${settings.volumeId}:0`)
    .map((disk) => disk.name)
    .sort()[0];
}

/**
 * scsi_lun_device_path_resolver.go `GetRealDevicePath` needs the Hyper-V VMBus device whose
 * `device_id` is HostDeviceID (`/sys/bus/vmbus/devices/*\/device_id`); a QEMU guest has no VMBus,
 * so the agent answers "Cannot find the vmbus device" and finds nothing.
 */
export function resolveScsiLun(): undefined {
  return undefined;
}
