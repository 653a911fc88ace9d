import { isCid, type DiskCid } from '../../../domain/cid/Cid.js';
import { renderXml } from '../xml/renderXml.js';
import { el, firstChild, path, type XmlElement } from '../xml/XmlNode.js';
import { persistentDiskSerial } from './diskHints.js';

/** A persistent disk as the domain XML shows it. */
export interface AttachedDisk {
  readonly cid: DiskCid;
  readonly target: number;
  readonly dev: string;
}

/** Everything on the SCSI bus that a new disk must not collide with. */
export interface ScsiUsage {
  readonly disks: readonly AttachedDisk[];
  readonly targets: ReadonlySet<number>;
  readonly devs: ReadonlySet<string>;
}

export const MAX_SCSI_TARGET = 255;

/**
 * A persistent disk on controller 0 at its own target (unit 0). An explicit address matters:
 * without it libvirt hot-plugs at target 0 with a growing unit, and the guest sees LUNs, not
 * targets (docs/libvirt.md, "How the guest finds a persistent disk"). The serial is the whole CID (see diskHints); the
 * CID itself is known from the volume's name.
 */
export function persistentDiskXml(pool: string, volume: string, disk: DiskCid, target: number): string {
  return renderXml(
    el(
      'disk',
      { type: 'volume', device: 'disk' },
      el('driver', { name: 'qemu', type: 'qcow2', discard: 'unmap' }),
      el('source', { pool, volume }),
      el('target', { dev: scsiDevName(target), bus: 'scsi' }),
      el('serial', {}, persistentDiskSerial(disk)),
      el('address', { type: 'drive', controller: 0, bus: 0, target, unit: 0 }),
    ),
  );
}

/** The XML libvirt needs to find the disk to detach: it matches on the target dev. */
export function detachDiskXml(disk: AttachedDisk): string {
  return renderXml(el('disk', { type: 'volume', device: 'disk' }, el('target', { dev: disk.dev, bus: 'scsi' })));
}

/** `sda`…`sdz`, `sdaa`…: the name libvirt wants; the guest picks its own names anyway. */
export function scsiDevName(index: number): string {
  let name = '';
  let n = index;
  do {
    name = String.fromCharCode(97 + (n % 26)) + name;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `sd${name}`;
}

export function readScsiUsage(domain: XmlElement): ScsiUsage {
  const disks: AttachedDisk[] = [];
  const targets = new Set<number>();
  const devs = new Set<string>();
  for (const disk of path(domain, 'devices', 'disk')) {
    const target = firstChild(disk, 'target');
    if (target?.attrs.dev) devs.add(target.attrs.dev);
    if (target?.attrs.bus !== 'scsi') continue;
    const address = firstChild(disk, 'address');
    const controller = Number(address?.attrs.controller ?? 0);
    const scsiTarget = Number(address?.attrs.target ?? 0);
    if (controller === 0) targets.add(scsiTarget);
    const cid = diskCidOfVolume(firstChild(disk, 'source')?.attrs.volume);
    if (cid && target.attrs.dev) disks.push({ cid, target: scsiTarget, dev: target.attrs.dev });
  }
  return { disks, targets, devs };
}

/** `disk_….qcow2` → the disk CID; anything else (not our persistent disk) → undefined. */
function diskCidOfVolume(volume: string | undefined): DiskCid | undefined {
  const cid = volume?.endsWith('.qcow2') ? volume.slice(0, -'.qcow2'.length) : undefined;
  return isCid('disk', cid) ? cid : undefined;
}

/** The lowest target on controller 0 that is free and whose dev name is free too. */
export function freeScsiTarget(usage: ScsiUsage): number | undefined {
  for (let t = 0; t <= MAX_SCSI_TARGET; t++) {
    if (!usage.targets.has(t) && !usage.devs.has(scsiDevName(t))) return t;
  }
  return undefined;
}
