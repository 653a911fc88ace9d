import path from 'node:path';
import { type DiskCid, isCid, type StemcellCid, type VmCid } from '../../domain/cid/Cid.js';
import type { AgentSettings } from '../../domain/settings/AgentSettings.js';
import type { SettingsMediumKind } from '../../domain/settings/SettingsMediumKind.js';

/** The snapshot of an imported stemcell that every VM is a linked clone of. */
export const PREPARED_CLONE = 'prepared-clone';

/** The SATA (AHCI) controller that carries the ephemeral disk, persistent disks and the settings CD. */
export const SATA_CONTROLLER = 'SATA';
/** AHCI's maximum, so that persistent disks always find a free port. */
export const SATA_PORTS = 30;

/**
 * The ATA serial number given to the ephemeral disk's port, so that its hint is known before
 * the disk exists (diskLayout is pure): the guest sees /dev/disk/by-id/ata-VBOX_HARDDISK_<serial>
 * and the agent's `id` rule globs `/dev/disk/by-id/*<id>`. At most 20 characters, no dashes.
 */
export const EPHEMERAL_SERIAL = 'BOSHEPHEMERAL';

/** Extradata keys, on the machine (VM or stemcell) or global. */
export const KEYS = {
  stemcellSize: 'bosh-cpi/stemcell/size-bytes',
  stemcellDeleted: 'bosh-cpi/stemcell/deleted',
  /** One JSON document (VmRecord): one VBoxManage call to read or write it. */
  vm: 'bosh-cpi/vm',
  metadata: 'bosh-cpi/vm/metadata',
  disks: 'bosh-cpi/vm/disks',
  stemcellUser: (sc: StemcellCid, vm: VmCid) => `bosh-cpi/stemcell-users/${sc}/${vm}`,
  stemcellUsersPrefix: (sc: StemcellCid) => `bosh-cpi/stemcell-users/${sc}/`,
  diskMetadata: (disk: DiskCid) => `bosh-cpi/disk-metadata/${disk}`,
  ahciSerial: (instance: number, port: number) => `VBoxInternal/Devices/ahci/${instance}/Config/Port${port}/SerialNumber`,
} as const;

/** Paths on the VirtualBox host, under the expanded store directory. */
export class StoreLayout {
  constructor(readonly root: string) {}
  stemcellDir(cid: StemcellCid) {
    return path.posix.join(this.root, 'stemcells', cid);
  }
  vmDir(cid: VmCid) {
    return path.posix.join(this.root, 'vms', cid);
  }
  ephemeralDisk(cid: VmCid) {
    return path.posix.join(this.vmDir(cid), 'ephemeral.vdi');
  }
  settingsIso(cid: VmCid, tag: string) {
    return path.posix.join(this.vmDir(cid), `env-${tag}.iso`);
  }
  disksDir() {
    return path.posix.join(this.root, 'disks');
  }
  /** VDI: `modifymedium --resize` works for VDI and VHD only. */
  disk(cid: DiskCid) {
    return path.posix.join(this.disksDir(), `${cid}.vdi`);
  }
}

/** A persistent disk is recognised by its file name wherever the store directory was. */
export function persistentDiskCid(location: string | undefined): DiskCid | undefined {
  const name = location === undefined ? undefined : /(?:^|\/)([^/]+)\.vdi$/.exec(location)?.[1];
  return isCid('disk', name) ? name : undefined;
}

export const stemcellLock = (sc: StemcellCid) => `virtualbox-stemcell-${sc}`;
export const vmLock = (vm: VmCid) => `virtualbox-vm-${vm}`;

/** What the CPI keeps on a VM, in its extradata under KEYS.vm. */
export interface VmRecord {
  readonly cid: string;
  readonly agentId: string;
  readonly stemcell: string;
  readonly medium: SettingsMediumKind;
  /** The SATA slot of the settings CD. */
  readonly settingsSlot: { readonly controller: string; readonly port: number };
  readonly settingsIso: string;
  readonly settings: AgentSettings;
}
