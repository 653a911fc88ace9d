import type { SettingsMediumKind } from '../settings/SettingsMediumKind.js';

/** Stemcell formats this project understands (stemcell.MF `stemcell_formats`). */
export const STEMCELL_FORMATS = ['openstack-qcow2', 'openstack-raw', 'vsphere-ova', 'vsphere-ovf', 'general-ovf'] as const;
export type StemcellFormat = (typeof STEMCELL_FORMATS)[number];

/** What the `image` file actually contains, recognised from its content. */
export type StemcellImageKind = 'openstack' | 'vsphere';

/** The agent in an OpenStack stemcell reads a config-2 drive, a vSphere one reads /dev/sr0. */
export function settingsMediumFor(kind: StemcellImageKind): SettingsMediumKind {
  return kind === 'openstack' ? 'config-drive' : 'cdrom-env';
}
