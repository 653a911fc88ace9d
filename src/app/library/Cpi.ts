import type { DiskCid, SnapshotCid, StemcellCid } from '../../domain/cid/Cid.js';
import type { NetworkSpec } from '../../domain/network/NetworkSpec.js';
import type { DiskHint } from '../../domain/settings/AgentSettings.js';
import type { VmResources } from '../../domain/vm/cloudPropertiesForResources.js';
import type { CreatedVm } from '../usecases/CreateVm.js';
import type { CpiInfo } from '../usecases/cpiInfo.js';

export type CloudProperties = Readonly<Record<string, unknown>>;
/** Metadata values are strings on the wire; numbers and booleans are turned into strings. */
export type Metadata = Readonly<Record<string, string | number | boolean>>;

export type { CreatedVm } from '../usecases/CreateVm.js';

/**
 * One async method per CPI call (docs/cpi-protocol.md §5), with the protocol's arguments in the
 * protocol's order. Arguments are validated as the executable validates them; failures reject
 * with a DomainError whose `kind` maps to a director error type (toBoshError).
 * CIDs that this CPI never made are "not found" (or `false` for hasVm/hasDisk).
 */
export interface Cpi {
  info(): Promise<CpiInfo>;
  createStemcell(imagePath: string, cloudProperties?: CloudProperties | null, env?: unknown): Promise<StemcellCid>;
  /** Idempotent. */
  deleteStemcell(stemcellCid: string): Promise<void>;
  createVm(
    agentId: string,
    stemcellCid: string,
    cloudProperties: CloudProperties | null,
    networks: Readonly<Record<string, NetworkSpec>>,
    diskCids?: readonly string[] | null,
    env?: CloudProperties | null,
  ): Promise<CreatedVm>;
  /** Idempotent; never deletes persistent disks. */
  deleteVm(vmCid: string): Promise<void>;
  hasVm(vmCid: string): Promise<boolean>;
  rebootVm(vmCid: string): Promise<void>;
  setVmMetadata(vmCid: string, metadata: Metadata | null): Promise<void>;
  calculateVmCloudProperties(resources: VmResources): Promise<Record<string, number>>;
  createDisk(sizeMiB: number, cloudProperties?: CloudProperties | null, vmCid?: string | null): Promise<DiskCid>;
  /** Idempotent. */
  deleteDisk(diskCid: string): Promise<void>;
  hasDisk(diskCid: string): Promise<boolean>;
  attachDisk(vmCid: string, diskCid: string): Promise<DiskHint>;
  /** A disk not attached to the VM is success. */
  detachDisk(vmCid: string, diskCid: string): Promise<void>;
  getDisks(vmCid: string): Promise<DiskCid[]>;
  resizeDisk(diskCid: string, newSizeMiB: number): Promise<void>;
  updateDisk(diskCid: string, newSizeMiB: number, cloudProperties?: CloudProperties | null): Promise<DiskCid | null>;
  setDiskMetadata(diskCid: string, metadata: Metadata | null): Promise<void>;
  snapshotDisk(diskCid: string, metadata?: Metadata | null): Promise<SnapshotCid>;
  /** Idempotent. */
  deleteSnapshot(snapshotCid: string): Promise<void>;
  /** These reject with NotImplemented or NotSupported, with the reason. */
  currentVmId(): Promise<never>;
  ping(): Promise<never>;
  configureNetworks(...args: unknown[]): Promise<never>;
  createNetwork(...args: unknown[]): Promise<never>;
  deleteNetwork(...args: unknown[]): Promise<never>;
  /** Ends the driver's hypervisor session, if one was opened. Call once, when done. */
  close(): Promise<void>;
}
