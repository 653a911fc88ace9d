/**
 * The libvirt operations the driver needs, in the driver's terms: objects by name, "not found"
 * as `undefined` where the driver asks whether something exists, and failures as DomainError
 * (kind 'infrastructure' with libvirt's own message, 'unavailable' when the daemon cannot be
 * reached, 'timeout' when a call runs past its bound). One implementation speaks libvirt's
 * RPC protocol (RpcLibvirtApi); the unit tests use an in-memory fake.
 */
export type DomainState = 'running' | 'paused' | 'shutdown' | 'shutoff' | 'crashed' | 'other';

/** Where a device change applies: the running guest, the stored definition, or both. */
export interface DeviceScope {
  readonly live: boolean;
  readonly config: boolean;
}

export interface VolumeInfo {
  readonly name: string;
  /** Where the file lives on the hypervisor host (a backing-file path for overlays). */
  readonly path: string;
  readonly capacity: number;
  readonly allocation: number;
  readonly format?: string;
}

export type ObjectState = 'active' | 'inactive';

export interface RebootWatch {
  /** True once the guest has reset, false when `timeoutMs` passed first. */
  wait(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * A domain's job as virDomainGetJobStats reports it: `running` while one is active, then how
 * the last one ended. `operation` is virDomainJobOperation (9 = backup); `error` libvirt's message.
 */
export interface DomainJob {
  readonly state: 'none' | 'running' | 'completed' | 'failed' | 'cancelled';
  readonly operation?: number;
  readonly error?: string;
}

export interface LibvirtApi {
  // --- domains ---
  defineDomain(xml: string): Promise<void>;
  /** undefined when there is no such domain. */
  domainState(name: string): Promise<DomainState | undefined>;
  startDomain(name: string): Promise<void>;
  /** Hard power-off; a domain that is not running is success. */
  destroyDomain(name: string): Promise<void>;
  /** Asks the guest to power off (ACPI power button); does not wait. */
  shutdownDomain(name: string): Promise<void>;
  /** Asks the guest to reboot (ACPI); does not wait. */
  rebootDomain(name: string): Promise<void>;
  /** Hard reset, like the reset button. */
  resetDomain(name: string): Promise<void>;
  /** Removes the definition (and any managed save, snapshot metadata, NVRAM); missing is success. */
  undefineDomain(name: string): Promise<void>;
  /** The live XML (or the stored definition with `inactive`); undefined when there is no such domain. */
  domainXml(name: string, options?: { inactive?: boolean }): Promise<string | undefined>;
  attachDevice(name: string, xml: string, scope: DeviceScope): Promise<void>;
  detachDevice(name: string, xml: string, scope: DeviceScope): Promise<void>;
  /** Replaces the element of namespace `uri` in the domain's `<metadata>` (prefix `key`). */
  setDomainMetadata(
    name: string,
    element: { readonly xml: string; readonly key: string; readonly uri: string },
    scope: DeviceScope,
  ): Promise<void>;
  setDomainTitle(name: string, title: string, scope: DeviceScope): Promise<void>;
  listDomainNames(): Promise<string[]>;
  /** Starts listening for the guest resetting itself (the REBOOT event); subscribe before asking. */
  watchDomainReboot(name: string): Promise<RebootWatch>;
  /** Starts a push-mode backup job (formatbackup XML) into targets that already exist (REUSE_EXTERNAL). */
  beginBackup(name: string, backupXml: string): Promise<void>;
  /** The running backup job's XML; undefined when the domain runs none (or does not exist). */
  backupXml(name: string): Promise<string | undefined>;
  /** The running job, or with `completed` how the last one ended; undefined when there is no such domain. */
  domainJob(name: string, options?: { completed?: boolean }): Promise<DomainJob | undefined>;
  /** Cancels the domain's running job; no job or no domain is success. */
  abortDomainJob(name: string): Promise<void>;

  // --- storage ---
  poolState(pool: string): Promise<ObjectState | undefined>;
  /** Defines, builds (creates the directory), starts and autostarts a pool. */
  createPool(xml: string, name: string): Promise<void>;
  startPool(pool: string): Promise<void>;
  /** undefined when there is no such volume. */
  volumeInfo(pool: string, name: string): Promise<VolumeInfo | undefined>;
  createVolume(pool: string, xml: string): Promise<void>;
  /** A new volume with the content of `source` (same pool). */
  cloneVolume(pool: string, xml: string, source: string): Promise<void>;
  /** Missing is success. */
  deleteVolume(pool: string, name: string): Promise<void>;
  /** Streams `length` bytes into the volume from offset 0, honouring back-pressure. */
  uploadVolume(pool: string, name: string, data: AsyncIterable<Uint8Array>, length: number): Promise<void>;
  /**
   * Streams a whole local file into the volume (the fastest way in, in constant memory);
   * `onBytes` hears of every piece read, for progress lines.
   */
  uploadVolumeFile(pool: string, name: string, path: string, onBytes?: (count: number) => void): Promise<void>;
  resizeVolume(pool: string, name: string, capacityBytes: number): Promise<void>;
  listVolumeNames(pool: string): Promise<string[]>;
  /** Re-reads the pool's directory, so that sizes written behind libvirt's back are current. */
  refreshPool(pool: string): Promise<void>;

  // --- networks ---
  networkState(name: string): Promise<ObjectState | undefined>;

  close(): Promise<void>;
}
