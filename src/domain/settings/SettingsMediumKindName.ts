/** See ports/AgentSettingsMedium.ts: the two media that carry agent settings into a VM. */
export type SettingsMediumKindName = 'cdrom-env' | 'config-drive';
