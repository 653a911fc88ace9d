import { injectable } from 'inversify';
import type { AgentSettings } from '../../domain/settings/AgentSettings.js';
import type { AgentSettingsMedium, SettingsMediumKind } from '../../ports/AgentSettingsMedium.js';
import { settingsMediumContents } from './settingsMediumContents.js';
import { writeIso9660 } from './writeIso9660.js';

/**
 * Zero sectors at the end of every medium, as genisoimage pads by default. Without them a
 * settings medium is about 64 KiB, and label probers that read a fixed 68 KiB window give up on
 * a device that short: busybox's findfs (volume_id) never sees the label `config-2` of a 64 KiB
 * CD, so an initramfs looking for the config drive by label misses it (found by the e2e suite).
 */
export const TRAILING_PAD_SECTORS = 150;

/**
 * Builds settings media as ISO 9660 images in process (DESIGN.md D3): no genisoimage or xorriso
 * on the host. Images carry no build time, so the same settings always give the same bytes.
 */
@injectable()
export class Iso9660SettingsMedium implements AgentSettingsMedium {
  build(kind: SettingsMediumKind, settings: AgentSettings): Uint8Array {
    return writeIso9660({ ...settingsMediumContents(kind, settings), padSectors: TRAILING_PAD_SECTORS });
  }
}
