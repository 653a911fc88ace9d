import { injectable } from 'inversify';
import type { AgentSettings } from '../../domain/settings/AgentSettings.js';
import type { AgentSettingsMedium, SettingsMediumKind } from '../../ports/AgentSettingsMedium.js';
import { settingsMediumContents } from './settingsMediumContents.js';
import { writeIso9660 } from './writeIso9660.js';

/**
 * Builds settings media as ISO 9660 images in process (docs/design.md D3): no genisoimage or xorriso
 * on the host. Images carry no build time, so the same settings always give the same bytes.
 */
@injectable()
export class Iso9660SettingsMedium implements AgentSettingsMedium {
  build(kind: SettingsMediumKind, settings: AgentSettings): Uint8Array {
    return writeIso9660(settingsMediumContents(kind, settings));
  }
}
