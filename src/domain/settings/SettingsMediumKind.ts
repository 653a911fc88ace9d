/** See ports/AgentSettingsMedium.ts: the two media that carry agent settings into a VM. */
export type SettingsMediumKind = 'cdrom-env' | 'config-drive';
