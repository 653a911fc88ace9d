import type { ServiceIdentifier } from 'inversify';
import type { DiskCid, VmCid } from '../domain/cid/Cid.js';
import type { NicPlan } from '../domain/network/NetworkSpec.js';
import type { AgentSettings, DiskHint } from '../domain/settings/AgentSettings.js';
import type { SettingsMediumKind } from '../domain/settings/SettingsMediumKind.js';
import type { StemcellRecord } from '../domain/stemcell/StemcellRecord.js';
import type { VmSpec } from '../domain/vm/VmSpec.js';

export interface VmCreation {
  readonly cid: VmCid;
  readonly agentId: string;
  readonly stemcell: StemcellRecord;
  readonly spec: VmSpec;
  readonly nics: readonly NicPlan[];
  /** Complete settings (MACs filled in); the driver stores them and builds the medium. */
  readonly settings: AgentSettings;
  readonly medium: SettingsMediumKind;
  /** create_vm's cloud_properties, for keys only a driver understands. */
  readonly cloudProperties: Readonly<Record<string, unknown>>;
  /** Persistent disks likely to be attached later (a placement hint). */
  readonly diskCids: readonly DiskCid[];
}

/** Where a driver puts the root and ephemeral disks, as the agent must be told (docs/cpi-protocol.md §7.3). */
export interface DiskLayout {
  readonly system: string;
  readonly ephemeral?: DiskHint;
}

export interface VmDriver {
  /** Pure: the hints for the root and ephemeral disk of a VM made from this stemcell. */
  diskLayout(stemcell: StemcellRecord, spec: VmSpec): DiskLayout;
  /** Creates and powers on. On any failure removes everything this call made, then throws. */
  createVm(creation: VmCreation): Promise<void>;
  /** Idempotent (missing VM is success). Never deletes a persistent disk. */
  deleteVm(cid: VmCid): Promise<void>;
  hasVm(cid: VmCid): Promise<boolean>;
  /** Throws vm_not_found. The VM keeps its CID, disks and MACs. */
  rebootVm(cid: VmCid): Promise<void>;
  /** Throws vm_not_found. */
  setVmMetadata(cid: VmCid, metadata: Readonly<Record<string, string>>): Promise<void>;
  /** The settings stored at creation (or last written). Throws vm_not_found. */
  readAgentSettings(cid: VmCid): Promise<AgentSettings>;
  /** Stores new settings and refreshes the medium (stemcells with API version < 2). */
  writeAgentSettings(cid: VmCid, settings: AgentSettings): Promise<void>;
}
export const VmDriver: ServiceIdentifier<VmDriver> = Symbol.for('bosh-libvirt-cpi.VmDriver');
