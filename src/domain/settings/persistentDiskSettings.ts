import type { DiskCid } from '../cid/Cid.js';
import type { AgentSettings, DiskHint } from './AgentSettings.js';

/**
 * Stemcells older than API v2 read persistent disks from the settings medium, so for them the
 * CPI rewrites the settings on attach and detach (docs/cpi-protocol.md §5.2 attach_disk).
 */
export function withPersistentDisk(settings: AgentSettings, cid: DiskCid, hint: DiskHint): AgentSettings {
  return { ...settings, disks: { ...settings.disks, persistent: { ...settings.disks.persistent, [cid]: hint } } };
}

export function withoutPersistentDisk(settings: AgentSettings, cid: DiskCid): AgentSettings {
  const persistent = Object.fromEntries(Object.entries(settings.disks.persistent).filter(([key]) => key !== cid));
  return { ...settings, disks: { ...settings.disks, persistent } };
}
