import type { RemoteProcedures } from '../generated/RemoteProcedures.js';
import type { RemoteNonnullDomain, RemoteTypedParam } from '../generated/remoteProtocol.js';
import { DomainBlockResizeFlags } from './constants.js';
import { DomainSnapshot } from './DomainSnapshot.js';
import { toSafeNumber, toUint64 } from './numbers.js';
import { formatUuid } from './uuid.js';

export interface DomainInfo {
  /** virDomainState (see DomainState) */
  readonly state: number;
  readonly maxMemKiB: number;
  readonly memoryKiB: number;
  readonly vcpus: number;
  /** CPU time used, in nanoseconds. */
  readonly cpuTimeNs: bigint;
}

/** virDomainGetJobStats: the job type (DomainJobType) and its typed parameters by field name. */
export interface DomainJobStats {
  readonly type: number;
  readonly params: Readonly<Record<string, number | bigint | string | boolean>>;
}

export interface DomainStateInfo {
  /** virDomainState (see DomainState) */
  readonly state: number;
  /** The state's reason code (virDomainRunningReason, virDomainShutoffReason...). */
  readonly reason: number;
}

/** A libvirt domain (a VM), bound to the connection it was obtained from. */
export class Domain {
  constructor(
    private readonly rpc: RemoteProcedures,
    private ref: RemoteNonnullDomain,
  ) {}

  get name(): string {
    return this.ref.name;
  }

  get uuid(): string {
    return formatUuid(this.ref.uuid);
  }

  /** The running domain's id, -1 when inactive (as of the last call that returned it). */
  get id(): number {
    return this.ref.id;
  }

  /** The wire reference, for calls through `client.procedures`. */
  get remote(): RemoteNonnullDomain {
    return this.ref;
  }

  /** Starts the defined domain. */
  async create(flags = 0): Promise<void> {
    const { dom } = await this.rpc.domainCreateWithFlags({ dom: this.ref, flags });
    this.ref = dom;
  }

  async destroy(flags = 0): Promise<void> {
    await this.rpc.domainDestroyFlags({ dom: this.ref, flags });
  }

  /** Asks the guest to shut down (ACPI by default); a guest without an OS ignores it. */
  async shutdown(flags = 0): Promise<void> {
    await this.rpc.domainShutdownFlags({ dom: this.ref, flags });
  }

  async reboot(flags = 0): Promise<void> {
    await this.rpc.domainReboot({ dom: this.ref, flags });
  }

  /** Hard reset, like the reset button: no guest cooperation. */
  async reset(): Promise<void> {
    await this.rpc.domainReset({ dom: this.ref, flags: 0 });
  }

  async suspend(): Promise<void> {
    await this.rpc.domainSuspend({ dom: this.ref });
  }

  async resume(): Promise<void> {
    await this.rpc.domainResume({ dom: this.ref });
  }

  async undefine(flags = 0): Promise<void> {
    await this.rpc.domainUndefineFlags({ dom: this.ref, flags });
  }

  async getInfo(): Promise<DomainInfo> {
    const info = await this.rpc.domainGetInfo({ dom: this.ref });
    return {
      state: info.state,
      maxMemKiB: toSafeNumber(info.maxMem, 'maxMem'),
      memoryKiB: toSafeNumber(info.memory, 'memory'),
      vcpus: info.nrVirtCpu,
      cpuTimeNs: info.cpuTime,
    };
  }

  async getState(): Promise<DomainStateInfo> {
    return this.rpc.domainGetState({ dom: this.ref, flags: 0 });
  }

  async isActive(): Promise<boolean> {
    return (await this.rpc.domainIsActive({ dom: this.ref })).active !== 0;
  }

  async isPersistent(): Promise<boolean> {
    return (await this.rpc.domainIsPersistent({ dom: this.ref })).persistent !== 0;
  }

  async getXMLDesc(flags = 0): Promise<string> {
    return (await this.rpc.domainGetXmlDesc({ dom: this.ref, flags })).xml;
  }

  /** flags: DomainAffect (LIVE, CONFIG, CURRENT). */
  async attachDevice(xml: string, flags = 0): Promise<void> {
    await this.rpc.domainAttachDeviceFlags({ dom: this.ref, xml, flags });
  }

  /** Starts the unplug; with a live guest it completes when DEVICE_REMOVED arrives. */
  async detachDevice(xml: string, flags = 0): Promise<void> {
    await this.rpc.domainDetachDeviceFlags({ dom: this.ref, xml, flags });
  }

  async updateDevice(xml: string, flags = 0): Promise<void> {
    await this.rpc.domainUpdateDeviceFlags({ dom: this.ref, xml, flags });
  }

  /**
   * Sets (or, with metadata null, removes) domain metadata. For type ELEMENT, `key` is the
   * namespace prefix and `uri` the namespace URI.
   */
  async setMetadata(type: number, metadata: string | null, key: string | null = null, uri: string | null = null, flags = 0): Promise<void> {
    await this.rpc.domainSetMetadata({ dom: this.ref, type, metadata, key, uri, flags });
  }

  /** Rejects with code NO_DOMAIN_METADATA (isNoDomainMetadata) when absent. */
  async getMetadata(type: number, uri: string | null = null, flags = 0): Promise<string> {
    return (await this.rpc.domainGetMetadata({ dom: this.ref, type, uri, flags })).metadata;
  }

  /** Resizes a disk of a running domain; `sizeBytes` in bytes (the BYTES flag is added). */
  async blockResize(disk: string, sizeBytes: number | bigint, flags = 0): Promise<void> {
    await this.rpc.domainBlockResize({
      dom: this.ref,
      disk,
      size: toUint64(sizeBytes, 'size'),
      flags: flags | DomainBlockResizeFlags.BYTES,
    });
  }

  async setAutostart(autostart: boolean): Promise<void> {
    await this.rpc.domainSetAutostart({ dom: this.ref, autostart: autostart ? 1 : 0 });
  }

  async createSnapshot(xml: string, flags = 0): Promise<DomainSnapshot> {
    const { snap } = await this.rpc.domainSnapshotCreateXml({ dom: this.ref, xml_desc: xml, flags });
    return new DomainSnapshot(this.rpc, snap);
  }

  async listSnapshots(flags = 0): Promise<DomainSnapshot[]> {
    const { snapshots } = await this.rpc.domainListAllSnapshots({ dom: this.ref, need_results: 1, flags });
    return snapshots.map((snap) => new DomainSnapshot(this.rpc, snap));
  }

  async lookupSnapshotByName(name: string): Promise<DomainSnapshot> {
    const { snap } = await this.rpc.domainSnapshotLookupByName({ dom: this.ref, name, flags: 0 });
    return new DomainSnapshot(this.rpc, snap);
  }

  /** virDomainBackupBegin: starts a backup job described by `backupXml` (formatbackup). */
  async backupBegin(backupXml: string, checkpointXml: string | null = null, flags = 0): Promise<void> {
    await this.rpc.domainBackupBegin({ dom: this.ref, backup_xml: backupXml, checkpoint_xml: checkpointXml, flags });
  }

  /** virDomainBackupGetXMLDesc: the running backup job's XML; fails when there is none. */
  async backupXmlDesc(flags = 0): Promise<string> {
    return (await this.rpc.domainBackupGetXmlDesc({ dom: this.ref, flags })).xml;
  }

  /** virDomainGetJobStats; flags DomainGetJobStatsFlags (COMPLETED: the last finished job). */
  async getJobStats(flags = 0): Promise<DomainJobStats> {
    const { type, params } = await this.rpc.domainGetJobStats({ dom: this.ref, flags });
    return { type, params: typedParams(params) };
  }

  /** virDomainAbortJob: cancels the domain's running job. */
  async abortJob(): Promise<void> {
    await this.rpc.domainAbortJob({ dom: this.ref });
  }
}

function typedParams(params: readonly RemoteTypedParam[]): Record<string, number | bigint | string | boolean> {
  const out: Record<string, number | bigint | string | boolean> = {};
  for (const { field, value } of params) {
    switch (value.type) {
      case 1:
        out[field] = value.i;
        break;
      case 2:
        out[field] = value.ui;
        break;
      case 3:
        out[field] = value.l;
        break;
      case 4:
        out[field] = value.ul;
        break;
      case 5:
        out[field] = value.d;
        break;
      case 6:
        out[field] = value.b !== 0;
        break;
      case 7:
        out[field] = value.s;
        break;
    }
  }
  return out;
}
