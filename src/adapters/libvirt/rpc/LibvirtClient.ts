import { EventEmitter } from 'node:events';
import type { Duplex } from 'node:stream';
import { Domain } from './api/Domain.js';
import { DOMAIN_EVENT_IDS, toDomainEvent, type DomainEvent, type DomainEventKind } from './api/DomainEvents.js';
import { DomainEventSubscription } from './api/DomainEventSubscription.js';
import { Network } from './api/Network.js';
import { StoragePool } from './api/StoragePool.js';
import { StorageVolume } from './api/StorageVolume.js';
import { parseUuid } from './api/uuid.js';
import { RemoteAuthType } from './generated/remoteProtocol.js';
import { RemoteProcedures } from './generated/RemoteProcedures.js';
import { LibvirtConnectionError } from './LibvirtError.js';
import { parseLibvirtUri, type LibvirtUri } from './LibvirtUri.js';
import { RpcConnection, type RpcConnectionOptions, type RpcEventMessage } from './RpcConnection.js';
import { openTransport } from './transport/openTransport.js';

export interface LibvirtClientOptions extends RpcConnectionOptions {
  /** Bound on establishing the transport and opening the connection. Default 30 s. */
  readonly connectTimeoutMs?: number;
  /** Open read-only (VIR_CONNECT_RO). */
  readonly readOnly?: boolean;
  /** The ssh client for qemu+ssh URIs (default `ssh` from PATH). */
  readonly sshBinary?: string;
}

export interface DomainCapabilitiesQuery {
  readonly emulatorBinary?: string;
  readonly arch?: string;
  readonly machine?: string;
  /** e.g. kvm or qemu */
  readonly virtType?: string;
}

const VIR_CONNECT_RO = 1;

/**
 * A connection to a libvirt daemon with a friendly API over the procedures a cloud provider
 * needs; `procedures` reaches every other procedure of the protocol, typed.
 *
 * Events: `on('domainEvent', (event: DomainEvent) => ...)` for every registered domain event,
 * `on('close', (error?: Error) => ...)` when the connection ends.
 */
export class LibvirtClient extends EventEmitter {
  /** One typed method per procedure of libvirt's remote protocol. */
  readonly procedures: RemoteProcedures;
  private readonly subscriptions = new Map<number, DomainEventSubscription>();
  /** Events whose callback id is not yet known: they can overtake the registration's reply. */
  private readonly unclaimed: DomainEvent[] = [];

  private constructor(
    readonly connection: RpcConnection,
    readonly uri: LibvirtUri | undefined,
  ) {
    super();
    this.procedures = new RemoteProcedures(connection);
    connection.on('event', (message: RpcEventMessage) => this.onEvent(message));
    connection.on('close', (error?: Error) => {
      const reason = error ?? new LibvirtConnectionError('closed', 'libvirt connection closed');
      for (const subscription of this.subscriptions.values()) subscription.end(reason);
      this.subscriptions.clear();
      this.emit('close', error);
    });
  }

  /** Connects to the daemon a URI names (default qemu:///system over the local socket) and opens it. */
  static async connect(uri = 'qemu:///system', options: LibvirtClientOptions = {}): Promise<LibvirtClient> {
    const parsed = parseLibvirtUri(uri);
    const connectTimeoutMs = options.connectTimeoutMs ?? 30_000;
    const transport = await openTransport(parsed, {
      connectTimeoutMs,
      ...(options.sshBinary !== undefined ? { sshBinary: options.sshBinary } : {}),
    });
    return LibvirtClient.open(transport, parsed.daemonUri, options, parsed);
  }

  /**
   * Opens a connection over an already established byte stream: authenticates (AUTH_LIST,
   * then polkit when that is all the daemon offers) and sends CONNECT_OPEN for `daemonUri`.
   */
  static async open(
    transport: Duplex,
    daemonUri: string,
    options: LibvirtClientOptions = {},
    parsedUri?: LibvirtUri,
  ): Promise<LibvirtClient> {
    const connection = new RpcConnection(transport, options);
    const timeoutMs = options.connectTimeoutMs ?? 30_000;
    try {
      const { types } = await connection.call('AUTH_LIST', undefined, { timeoutMs });
      if (types.length > 0 && !types.includes(RemoteAuthType.REMOTE_AUTH_NONE)) {
        if (!types.includes(RemoteAuthType.REMOTE_AUTH_POLKIT)) {
          throw new LibvirtConnectionError('connect-failed', `the daemon requires SASL authentication, which this client lacks`);
        }
        const { complete } = await connection.call('AUTH_POLKIT', undefined, { timeoutMs });
        if (!complete) throw new LibvirtConnectionError('connect-failed', 'polkit authentication did not complete');
      }
      await connection.call('CONNECT_OPEN', { name: daemonUri, flags: options.readOnly ? VIR_CONNECT_RO : 0 }, { timeoutMs });
    } catch (error) {
      connection.destroy();
      throw error;
    }
    return new LibvirtClient(connection, parsedUri);
  }

  get isOpen(): boolean {
    return this.connection.isOpen;
  }

  /** Closes the connection (CONNECT_CLOSE, bounded) and the transport. */
  async close(): Promise<void> {
    await this.connection.close();
  }

  // ---- host ----

  /** Hypervisor version, encoded major * 1e6 + minor * 1e3 + release (e.g. 7002022). */
  async getVersion(): Promise<number> {
    return Number((await this.procedures.connectGetVersion()).hv_ver);
  }

  /** libvirt version of the daemon, encoded like getVersion (9.0.0 = 9000000). */
  async getLibVersion(): Promise<number> {
    return Number((await this.procedures.connectGetLibVersion()).lib_ver);
  }

  async getHostname(): Promise<string> {
    return (await this.procedures.connectGetHostname()).hostname;
  }

  async getUri(): Promise<string> {
    return (await this.procedures.connectGetUri()).uri;
  }

  async getCapabilities(): Promise<string> {
    return (await this.procedures.connectGetCapabilities()).capabilities;
  }

  async getDomainCapabilities(query: DomainCapabilitiesQuery = {}, flags = 0): Promise<string> {
    const { capabilities } = await this.procedures.connectGetDomainCapabilities({
      emulatorbin: query.emulatorBinary ?? null,
      arch: query.arch ?? null,
      machine: query.machine ?? null,
      virttype: query.virtType ?? null,
      flags,
    });
    return capabilities;
  }

  // ---- domains ----

  /** Defines a persistent domain; fails with DOM_EXIST-like errors on a duplicate name. */
  async defineDomain(xml: string, flags = 0): Promise<Domain> {
    const { dom } = await this.procedures.domainDefineXmlFlags({ xml, flags });
    return new Domain(this.procedures, dom);
  }

  /** Creates and starts a transient domain. */
  async createDomain(xml: string, flags = 0): Promise<Domain> {
    const { dom } = await this.procedures.domainCreateXml({ xml_desc: xml, flags });
    return new Domain(this.procedures, dom);
  }

  /** Rejects with code NO_DOMAIN (isNoDomain) when there is none. */
  async lookupDomainByName(name: string): Promise<Domain> {
    const { dom } = await this.procedures.domainLookupByName({ name });
    return new Domain(this.procedures, dom);
  }

  async lookupDomainByUUID(uuid: string | Buffer): Promise<Domain> {
    const { dom } = await this.procedures.domainLookupByUuid({ uuid: parseUuid(uuid) });
    return new Domain(this.procedures, dom);
  }

  /** flags: ListDomainsFlags (0 = all). */
  async listAllDomains(flags = 0): Promise<Domain[]> {
    const { domains } = await this.procedures.connectListAllDomains({ need_results: 1, flags });
    return domains.map((dom) => new Domain(this.procedures, dom));
  }

  // ---- storage ----

  async lookupStoragePoolByName(name: string): Promise<StoragePool> {
    const { pool } = await this.procedures.storagePoolLookupByName({ name });
    return new StoragePool(this.procedures, pool);
  }

  async defineStoragePool(xml: string, flags = 0): Promise<StoragePool> {
    const { pool } = await this.procedures.storagePoolDefineXml({ xml, flags });
    return new StoragePool(this.procedures, pool);
  }

  /** Creates and starts a transient pool. */
  async createStoragePool(xml: string, flags = 0): Promise<StoragePool> {
    const { pool } = await this.procedures.storagePoolCreateXml({ xml, flags });
    return new StoragePool(this.procedures, pool);
  }

  async listAllStoragePools(flags = 0): Promise<StoragePool[]> {
    const { pools } = await this.procedures.connectListAllStoragePools({ need_results: 1, flags });
    return pools.map((pool) => new StoragePool(this.procedures, pool));
  }

  async lookupStorageVolumeByPath(path: string): Promise<StorageVolume> {
    const { vol } = await this.procedures.storageVolLookupByPath({ path });
    return new StorageVolume(this.procedures, vol);
  }

  async lookupStorageVolumeByKey(key: string): Promise<StorageVolume> {
    const { vol } = await this.procedures.storageVolLookupByKey({ key });
    return new StorageVolume(this.procedures, vol);
  }

  // ---- networks ----

  async lookupNetworkByName(name: string): Promise<Network> {
    const { net } = await this.procedures.networkLookupByName({ name });
    return new Network(this.procedures, net);
  }

  async defineNetwork(xml: string): Promise<Network> {
    const { net } = await this.procedures.networkDefineXml({ xml });
    return new Network(this.procedures, net);
  }

  /** Creates and starts a transient network. */
  async createNetwork(xml: string): Promise<Network> {
    const { net } = await this.procedures.networkCreateXml({ xml });
    return new Network(this.procedures, net);
  }

  async listAllNetworks(flags = 0): Promise<Network[]> {
    const { nets } = await this.procedures.connectListAllNetworks({ need_results: 1, flags });
    return nets.map((net) => new Network(this.procedures, net));
  }

  // ---- events ----

  /**
   * Registers for domain events of the given kinds (of one domain, or all) and returns a
   * subscription: an async iterator with `waitFor(predicate, timeoutMs)` and `close()`.
   * Every event is also emitted as 'domainEvent' on the client.
   */
  async subscribeDomainEvents(kinds: readonly DomainEventKind[], domain?: Domain): Promise<DomainEventSubscription> {
    const ids: number[] = [];
    const subscription = new DomainEventSubscription(ids, async () => {
      for (const id of ids) {
        this.subscriptions.delete(id);
        if (this.isOpen) await this.deregisterDomainEvent(id).catch(() => undefined);
      }
    });
    try {
      for (const kind of [...new Set(kinds)]) {
        const id = await this.registerDomainEvent(kind, domain);
        ids.push(id);
        this.subscriptions.set(id, subscription);
        for (const event of this.unclaimed.filter((e) => e.callbackId === id)) subscription.push(event);
      }
    } catch (error) {
      await subscription.close();
      throw error;
    }
    return subscription;
  }

  /** Registers one event kind; returns the daemon's callback id. Events arrive as 'domainEvent'. */
  async registerDomainEvent(kind: DomainEventKind, domain?: Domain): Promise<number> {
    const { callbackID } = await this.procedures.connectDomainEventCallbackRegisterAny({
      eventID: DOMAIN_EVENT_IDS[kind],
      dom: domain?.remote ?? null,
    });
    return callbackID;
  }

  async deregisterDomainEvent(callbackId: number): Promise<void> {
    await this.procedures.connectDomainEventCallbackDeregisterAny({ callbackID: callbackId });
  }

  private onEvent(message: RpcEventMessage): void {
    const event = toDomainEvent(message);
    if (!event) return;
    const subscription = this.subscriptions.get(event.callbackId);
    if (subscription) subscription.push(event);
    else {
      this.unclaimed.push(event);
      if (this.unclaimed.length > 100) this.unclaimed.shift();
    }
    this.emit('domainEvent', event satisfies DomainEvent);
  }
}
