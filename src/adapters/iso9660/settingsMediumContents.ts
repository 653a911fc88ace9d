import type { AgentSettings } from '../../domain/settings/AgentSettings.js';
import type { SettingsMediumKind } from '../../ports/AgentSettingsMedium.js';
import type { IsoFile } from './buildIsoTree.js';

export interface SettingsMediumContents {
  readonly volumeId: string;
  readonly files: readonly IsoFile[];
}

/**
 * The `cdrom-env` CD. The agent's CDROM source mounts /dev/sr0 and reads the file named in the
 * stemcell's agent.json (`env` on vSphere stemcells); it ignores the label. "ENV" follows the
 * VirtualBox CPI; Rock Ridge gives the exact name `env` (plain ISO readers see ENV.;1, which
 * Linux also shows as `env`).
 */
export const CDROM_ENV_VOLUME_ID = 'ENV';
export const CDROM_ENV_FILE = 'env';

/**
 * The `config-drive` medium. The OpenStack stemcell's ConfigDrive source mounts
 * /dev/disk/by-label/config-2 (or CONFIG-2), so the volume id is exactly `config-2`, lower case:
 * udev builds that link from the label blkid reads out of the primary volume descriptor.
 */
export const CONFIG_DRIVE_VOLUME_ID = 'config-2';
export const CONFIG_DRIVE_USER_DATA = 'ec2/latest/user-data';
export const CONFIG_DRIVE_META_DATA = 'ec2/latest/meta-data.json';

/**
 * What goes on a settings medium of the given kind: the full settings JSON, and for the config
 * drive a meta-data document too. The agent parses meta-data.json before anything else and gives
 * up on the source if it is missing or not JSON; it only reads `public-keys` (absent: no key) and
 * keeps `instance-id` as a string, which also names the instance for cloud-init style readers.
 */
export function settingsMediumContents(kind: SettingsMediumKind, settings: AgentSettings): SettingsMediumContents {
  const settingsJson = utf8(JSON.stringify(settings));
  switch (kind) {
    case 'cdrom-env':
      return { volumeId: CDROM_ENV_VOLUME_ID, files: [{ path: CDROM_ENV_FILE, content: settingsJson }] };
    case 'config-drive':
      return {
        volumeId: CONFIG_DRIVE_VOLUME_ID,
        files: [
          { path: CONFIG_DRIVE_USER_DATA, content: settingsJson },
          { path: CONFIG_DRIVE_META_DATA, content: utf8(JSON.stringify({ 'instance-id': settings.vm.name })) },
        ],
      };
  }
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
