/**
 * The class bound to the AgentSettingsMedium port. Once src/adapters/iso9660 is merged, this
 * line becomes:
 *   export { Iso9660SettingsMedium as AgentSettingsMediumImplementation } from '../../adapters/iso9660/Iso9660SettingsMedium.js';
 * and SettingsMediumNotMerged.ts is deleted.
 */
export { SettingsMediumNotMerged as AgentSettingsMediumImplementation } from './SettingsMediumNotMerged.js';
