import { DomainError, failure } from '../../domain/errors/DomainError.js';
import type { DeviceScope, DomainJob, DomainState, LibvirtApi, ObjectState, RebootWatch, VolumeInfo } from './LibvirtApi.js';
import type { LibvirtConfig } from './LibvirtConfig.js';
import {
  DomainAffect,
  DomainBackupBeginFlags,
  DomainGetJobStatsFlags,
  DomainJobType,
  DomainMetadataType,
  DomainUndefineFlags,
  DomainXmlFlags,
  LibvirtClient,
  LibvirtConnectionError,
  LibvirtError,
  isNoDomain,
  isNoDomainBackup,
  isNoNetwork,
  isNoStoragePool,
  isNoStorageVol,
  isOperationInvalid,
  type Domain,
  type StoragePool,
  type StorageVolume,
} from './rpc/index.js';

/** Opens the connection the config names, bounded by its connect and call timeouts. */
export async function connectRpcLibvirt(config: LibvirtConfig): Promise<LibvirtApi> {
  try {
    const client = await LibvirtClient.connect(config.uri, {
      connectTimeoutMs: config.timeouts.connect_s * 1000,
      callTimeoutMs: config.timeouts.call_s * 1000,
    });
    return new RpcLibvirtApi(client);
  } catch (error) {
    throw translate(error, `connecting to ${config.uri}`);
  }
}

const UNDEFINE_EVERYTHING =
  DomainUndefineFlags.MANAGED_SAVE |
  DomainUndefineFlags.SNAPSHOTS_METADATA |
  DomainUndefineFlags.NVRAM |
  DomainUndefineFlags.CHECKPOINTS_METADATA;

/**
 * LibvirtApi over our protocol client. Handles of pools are kept for the connection's life
 * (one CPI call); domains are looked up per operation, because another CPI process may
 * undefine and redefine them at any time.
 */
export class RpcLibvirtApi implements LibvirtApi {
  private readonly pools = new Map<string, StoragePool>();

  constructor(private readonly client: LibvirtClient) {}

  // --- domains ---
  defineDomain(xml: string): Promise<void> {
    return this.run('defining a domain', async () => void (await this.client.defineDomain(xml)));
  }

  domainState(name: string): Promise<DomainState | undefined> {
    return this.run(`reading the state of domain ${name}`, async () => {
      const domain = await this.findDomain(name);
      if (!domain) return undefined;
      try {
        return stateName((await domain.getState()).state);
      } catch (error) {
        if (isNoDomain(error)) return undefined;
        throw error;
      }
    });
  }

  startDomain(name: string): Promise<void> {
    return this.run(`starting domain ${name}`, async () => (await this.domain(name)).create());
  }

  destroyDomain(name: string): Promise<void> {
    return this.run(`destroying domain ${name}`, async () => {
      const domain = await this.findDomain(name);
      if (!domain) return;
      await domain.destroy().catch((error: unknown) => {
        if (!isOperationInvalid(error) && !isNoDomain(error)) throw error;
      });
    });
  }

  shutdownDomain(name: string): Promise<void> {
    return this.run(`shutting down domain ${name}`, async () => (await this.domain(name)).shutdown());
  }

  rebootDomain(name: string): Promise<void> {
    return this.run(`rebooting domain ${name}`, async () => (await this.domain(name)).reboot());
  }

  resetDomain(name: string): Promise<void> {
    return this.run(`resetting domain ${name}`, async () => (await this.domain(name)).reset());
  }

  undefineDomain(name: string): Promise<void> {
    return this.run(`undefining domain ${name}`, async () => {
      const domain = await this.findDomain(name);
      if (!domain) return;
      await domain.undefine(UNDEFINE_EVERYTHING).catch((error: unknown) => {
        if (!isNoDomain(error)) throw error;
      });
    });
  }

  domainXml(name: string, options?: { inactive?: boolean }): Promise<string | undefined> {
    return this.run(`reading the XML of domain ${name}`, async () => {
      const domain = await this.findDomain(name);
      if (!domain) return undefined;
      try {
        return await domain.getXMLDesc(options?.inactive ? DomainXmlFlags.INACTIVE : 0);
      } catch (error) {
        if (isNoDomain(error)) return undefined;
        throw error;
      }
    });
  }

  attachDevice(name: string, xml: string, scope: DeviceScope): Promise<void> {
    return this.run(`attaching a device to domain ${name}`, async () => (await this.domain(name)).attachDevice(xml, affect(scope)));
  }

  detachDevice(name: string, xml: string, scope: DeviceScope): Promise<void> {
    return this.run(`detaching a device from domain ${name}`, async () => (await this.domain(name)).detachDevice(xml, affect(scope)));
  }

  setDomainMetadata(name: string, element: { xml: string; key: string; uri: string }, scope: DeviceScope): Promise<void> {
    return this.run(`writing the metadata of domain ${name}`, async () =>
      (await this.domain(name)).setMetadata(DomainMetadataType.ELEMENT, element.xml, element.key, element.uri, affect(scope)),
    );
  }

  setDomainTitle(name: string, title: string, scope: DeviceScope): Promise<void> {
    return this.run(`writing the title of domain ${name}`, async () =>
      (await this.domain(name)).setMetadata(DomainMetadataType.TITLE, title, null, null, affect(scope)),
    );
  }

  listDomainNames(): Promise<string[]> {
    return this.run('listing domains', async () => (await this.client.listAllDomains(0)).map((d) => d.name));
  }

  watchDomainReboot(name: string): Promise<RebootWatch> {
    return this.run(`watching domain ${name}`, async () => {
      const subscription = await this.client.subscribeDomainEvents(['reboot'], await this.domain(name));
      return {
        wait: async (timeoutMs: number) => {
          try {
            await subscription.waitFor((event) => event.kind === 'reboot', timeoutMs);
            return true;
          } catch (error) {
            if (error instanceof LibvirtConnectionError && error.failure === 'timeout') return false;
            throw translate(error, `waiting for domain ${name} to reboot`);
          }
        },
        close: () => subscription.close(),
      };
    });
  }

  beginBackup(name: string, backupXml: string): Promise<void> {
    return this.run(`starting a backup of domain ${name}`, async () =>
      (await this.domain(name)).backupBegin(backupXml, null, DomainBackupBeginFlags.REUSE_EXTERNAL),
    );
  }

  backupXml(name: string): Promise<string | undefined> {
    return this.run(`reading the backup job of domain ${name}`, async () => {
      const domain = await this.findDomain(name);
      if (!domain) return undefined;
      try {
        return await domain.backupXmlDesc();
      } catch (error) {
        if (isNoDomainBackup(error) || isNoDomain(error)) return undefined;
        throw error;
      }
    });
  }

  domainJob(name: string, options?: { completed?: boolean }): Promise<DomainJob | undefined> {
    return this.run(`reading the job of domain ${name}`, async () => {
      const domain = await this.findDomain(name);
      if (!domain) return undefined;
      try {
        const stats = await domain.getJobStats(options?.completed ? DomainGetJobStatsFlags.COMPLETED : 0);
        const operation = stats.params.operation;
        const error = stats.params.errmsg;
        return {
          state: jobState(stats.type),
          ...(typeof operation === 'number' ? { operation } : {}),
          ...(typeof error === 'string' ? { error } : {}),
        };
      } catch (error) {
        if (isNoDomain(error)) return undefined;
        // a domain that is not running has no job, and keeps no stats of the last one
        if (isOperationInvalid(error)) return { state: 'none' };
        throw error;
      }
    });
  }

  abortDomainJob(name: string): Promise<void> {
    return this.run(`aborting the job of domain ${name}`, async () => {
      const domain = await this.findDomain(name);
      await domain?.abortJob().catch((error: unknown) => {
        // no job running (any more), or the domain is gone or stopped: nothing to abort
        if (!isOperationInvalid(error) && !isNoDomain(error)) throw error;
      });
    });
  }

  // --- storage ---
  poolState(pool: string): Promise<ObjectState | undefined> {
    return this.run(`reading storage pool ${pool}`, async () => {
      const handle = await this.findPool(pool);
      if (!handle) return undefined;
      return (await handle.isActive()) ? 'active' : 'inactive';
    });
  }

  createPool(xml: string, name: string): Promise<void> {
    return this.run(`creating storage pool ${name}`, async () => {
      const pool = await this.client.defineStoragePool(xml);
      try {
        await pool.build(0);
        await pool.create(0);
        await pool.setAutostart(true);
      } catch (error) {
        // leave nothing half-made: an undefined pool is recreated by the next call
        await pool.destroy().catch(() => undefined);
        await pool.undefine().catch(() => undefined);
        throw error;
      }
      this.pools.set(name, pool);
    });
  }

  startPool(pool: string): Promise<void> {
    return this.run(`starting storage pool ${pool}`, async () => {
      await (await this.pool(pool)).create(0).catch((error: unknown) => {
        if (!isOperationInvalid(error)) throw error; // already active
      });
    });
  }

  volumeInfo(pool: string, name: string): Promise<VolumeInfo | undefined> {
    return this.run(`reading volume ${name}`, async () => {
      const volume = await this.findVolume(pool, name);
      if (!volume) return undefined;
      try {
        const [info, path] = await Promise.all([volume.getInfo(), volume.getPath()]);
        return { name, path, capacity: info.capacityBytes, allocation: info.allocationBytes };
      } catch (error) {
        if (isNoStorageVol(error)) return undefined;
        throw error;
      }
    });
  }

  createVolume(pool: string, xml: string): Promise<void> {
    return this.run(`creating a volume in pool ${pool}`, async () => void (await (await this.pool(pool)).createVolume(xml, 0)));
  }

  cloneVolume(pool: string, xml: string, source: string): Promise<void> {
    return this.run(`copying volume ${source}`, async () => {
      const handle = await this.pool(pool);
      const from = await handle.lookupVolumeByName(source);
      await handle.createVolumeFrom(xml, from, 0);
    });
  }

  deleteVolume(pool: string, name: string): Promise<void> {
    return this.run(`deleting volume ${name}`, async () => {
      const volume = await this.findVolume(pool, name);
      await volume?.delete(0).catch((error: unknown) => {
        if (!isNoStorageVol(error)) throw error;
      });
    });
  }

  uploadVolume(pool: string, name: string, data: AsyncIterable<Uint8Array>, length: number): Promise<void> {
    return this.run(`uploading into volume ${name}`, async () => {
      const volume = await (await this.pool(pool)).lookupVolumeByName(name);
      const sent = await volume.upload(data, { offset: 0, length });
      if (sent !== length) throw failure('infrastructure', `uploading into volume ${name}: ${sent} of ${length} bytes sent`);
    });
  }

  uploadVolumeFile(pool: string, name: string, path: string, onBytes?: (count: number) => void): Promise<void> {
    return this.run(`uploading ${path} into volume ${name}`, async () => {
      const volume = await (await this.pool(pool)).lookupVolumeByName(name);
      await volume.uploadFile(path, {}, onBytes);
    });
  }

  resizeVolume(pool: string, name: string, capacityBytes: number): Promise<void> {
    return this.run(`resizing volume ${name}`, async () =>
      (await (await this.pool(pool)).lookupVolumeByName(name)).resize(capacityBytes, 0),
    );
  }

  listVolumeNames(pool: string): Promise<string[]> {
    return this.run(`listing volumes of pool ${pool}`, async () => (await (await this.pool(pool)).listAllVolumes(0)).map((v) => v.name));
  }

  refreshPool(pool: string): Promise<void> {
    return this.run(`refreshing storage pool ${pool}`, async () => (await this.pool(pool)).refresh());
  }

  // --- networks ---
  networkState(name: string): Promise<ObjectState | undefined> {
    return this.run(`reading network ${name}`, async () => {
      try {
        const network = await this.client.lookupNetworkByName(name);
        return (await network.isActive()) ? 'active' : 'inactive';
      } catch (error) {
        if (isNoNetwork(error)) return undefined;
        throw error;
      }
    });
  }

  async close(): Promise<void> {
    await this.client.close().catch(() => undefined);
  }

  // --- helpers ---
  private async run<T>(what: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw translate(error, what);
    }
  }

  private async findDomain(name: string): Promise<Domain | undefined> {
    try {
      return await this.client.lookupDomainByName(name);
    } catch (error) {
      if (isNoDomain(error)) return undefined;
      throw error;
    }
  }

  private async domain(name: string): Promise<Domain> {
    const domain = await this.findDomain(name);
    if (!domain) throw failure('vm_not_found', `VM ${name} does not exist`);
    return domain;
  }

  private async findPool(name: string): Promise<StoragePool | undefined> {
    const known = this.pools.get(name);
    if (known) return known;
    try {
      const pool = await this.client.lookupStoragePoolByName(name);
      this.pools.set(name, pool);
      return pool;
    } catch (error) {
      if (isNoStoragePool(error)) return undefined;
      throw error;
    }
  }

  private async pool(name: string): Promise<StoragePool> {
    const pool = await this.findPool(name);
    if (!pool) throw failure('infrastructure', `storage pool ${name} does not exist`);
    return pool;
  }

  private async findVolume(pool: string, name: string): Promise<StorageVolume | undefined> {
    const handle = await this.findPool(pool);
    if (!handle) return undefined;
    try {
      return await handle.lookupVolumeByName(name);
    } catch (error) {
      if (isNoStorageVol(error)) return undefined;
      throw error;
    }
  }
}

function affect(scope: DeviceScope): number {
  return (scope.live ? DomainAffect.LIVE : 0) | (scope.config ? DomainAffect.CONFIG : 0);
}

function stateName(state: number): DomainState {
  switch (state) {
    case 1: // RUNNING
    case 2: // BLOCKED
      return 'running';
    case 3: // PAUSED
    case 7: // PMSUSPENDED
      return 'paused';
    case 4:
      return 'shutdown';
    case 5:
      return 'shutoff';
    case 6:
      return 'crashed';
    default:
      return 'other';
  }
}

function jobState(type: number): DomainJob['state'] {
  switch (type) {
    case DomainJobType.BOUNDED:
    case DomainJobType.UNBOUNDED:
      return 'running';
    case DomainJobType.COMPLETED:
      return 'completed';
    case DomainJobType.FAILED:
      return 'failed';
    case DomainJobType.CANCELLED:
      return 'cancelled';
    default:
      return 'none';
  }
}

/** Daemon answers become 'infrastructure' with libvirt's message; transport failures 'unavailable' or 'timeout'. */
function translate(error: unknown, what: string): DomainError {
  if (DomainError.is(error)) return error;
  if (error instanceof LibvirtError) return failure('infrastructure', `${what}: ${error.message}`, { cause: error });
  if (error instanceof LibvirtConnectionError) {
    const kind = error.failure === 'timeout' ? 'timeout' : 'unavailable';
    return failure(kind, `${what}: ${error.message}`, { okToRetry: error.retryable, cause: error });
  }
  return failure('infrastructure', `${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}
