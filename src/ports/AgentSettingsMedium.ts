import type { ServiceIdentifier } from 'inversify';
import type { AgentSettings } from '../domain/settings/AgentSettings.js';
import type { SettingsMediumKind } from '../domain/settings/SettingsMediumKind.js';

/**
 * How the settings reach the agent (docs/design.md D3):
 * - `cdrom-env`: an ISO 9660 CD holding one file `env` (vSphere-format stemcells read /dev/sr0);
 * - `config-drive`: a `config-2` labelled ISO with `ec2/latest/user-data` and
 *   `ec2/latest/meta-data.json` (OpenStack-format stemcells).
 */
export type { SettingsMediumKind };

/** Builds the bytes of a settings medium; the drivers store and attach it. */
export interface AgentSettingsMedium {
  build(kind: SettingsMediumKind, settings: AgentSettings): Uint8Array;
}
export const AgentSettingsMedium: ServiceIdentifier<AgentSettingsMedium> = Symbol.for('bosh-libvirt-cpi.AgentSettingsMedium');
