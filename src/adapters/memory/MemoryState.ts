import type { NicPlan } from '../../domain/network/NetworkSpec.js';
import type { AgentSettings } from '../../domain/settings/AgentSettings.js';
import type { SettingsMediumKind } from '../../domain/settings/SettingsMediumKind.js';
import type { StemcellImageKind } from '../../domain/stemcell/StemcellFormat.js';
import type { VmSpec } from '../../domain/vm/VmSpec.js';

/**
 * Everything the in-memory hypervisor knows, as plain JSON so that it can live in a state file
 * and be shared by one process per CPI call. Keys are CIDs.
 */
export interface MemoryState {
  stemcells: Record<string, MemoryStemcell>;
  vms: Record<string, MemoryVm>;
  disks: Record<string, MemoryDisk>;
  snapshots: Record<string, MemorySnapshot>;
}

export interface MemoryStemcell {
  kind: StemcellImageKind;
  sizeBytes: number;
  /** The image's file names, as recognised at import. */
  entries: string[];
}

export interface MemoryVm {
  agentId: string;
  stemcell: string;
  spec: VmSpec;
  nics: NicPlan[];
  settings: AgentSettings;
  medium: SettingsMediumKind;
  cloudProperties: Record<string, unknown>;
  metadata: Record<string, string>;
  /** How often it was started: 1 after create_vm, one more per reboot_vm. */
  boots: number;
  /** Attached persistent disks, in attach order, with the SCSI target each occupies. */
  disks: { cid: string; scsiTarget: number }[];
}

export interface MemoryDisk {
  sizeMiB: number;
  cloudProperties: Record<string, unknown>;
  metadata: Record<string, string>;
  attachedTo?: string;
}

export interface MemorySnapshot {
  disk: string;
  sizeMiB: number;
  metadata: Record<string, string>;
}

export function emptyMemoryState(): MemoryState {
  return { stemcells: {}, vms: {}, disks: {}, snapshots: {} };
}
