import { readFile } from 'node:fs/promises';
import { failure } from '../../../src/domain/errors/DomainError.js';
import type {
  DeviceScope,
  DomainJob,
  DomainState,
  LibvirtApi,
  ObjectState,
  RebootWatch,
  VolumeInfo,
} from '../../../src/adapters/libvirt/LibvirtApi.js';
import { parseXml } from '../../../src/adapters/libvirt/xml/parseXml.js';
import { renderXml } from '../../../src/adapters/libvirt/xml/renderXml.js';
import { childElements, firstChild, textOf, type XmlElement, type XmlNode } from '../../../src/adapters/libvirt/xml/XmlNode.js';

interface FakeVolume {
  name: string;
  capacity: number;
  format: string;
  backing?: string;
  content: Buffer;
}
interface FakeBackup {
  readonly xml: string;
  readonly pool: string;
  readonly volume: string;
  pollsLeft: number;
}
interface FakeDomain {
  config: XmlElement;
  live?: XmlElement;
  state: DomainState;
  /** What the fake guest does with ACPI requests. */
  acpi: 'obeys' | 'ignores';
}

/**
 * An in-memory libvirt with the behaviour the driver relies on: names are unique, volumes and
 * domains vanish on delete, attach/detach edit the live and stored XML, a network must exist.
 * `failNext` injects one failure into a named operation.
 */
export class FakeLibvirtApi implements LibvirtApi {
  readonly pools = new Map<string, { path: string; state: ObjectState; volumes: Map<string, FakeVolume> }>();
  readonly domains = new Map<string, FakeDomain>();
  readonly networks = new Map<string, ObjectState>([['default', 'active']]);
  readonly calls: string[] = [];
  guestAcpi: 'obeys' | 'ignores' = 'ignores';
  /** Operations that leave a live device change pending until `settle` (like a guest that never acks). */
  detachHangs = false;
  private readonly failures = new Map<string, Error>();
  closed = false;
  /**
   * How the next backup jobs end: after `polls` reads of the running job they complete (the
   * disk's content is copied at the job's start, like QEMU's point-in-time copy) or fail; `hangs`
   * never ends by itself.
   */
  backupBehaviour: { outcome: 'completes' | 'fails' | 'hangs'; polls: number } = { outcome: 'completes', polls: 2 };
  readonly backups = new Map<string, FakeBackup>();
  private readonly completedJobs = new Map<string, DomainJob>();

  failNext(operation: string, error: Error = failure('infrastructure', `injected failure in ${operation}`)): void {
    this.failures.set(operation, error);
  }

  /** The next call of `operation` never answers: the calling process is as good as killed there. */
  hangNext(operation: keyof LibvirtApi, when: (...args: string[]) => boolean = () => true): void {
    const self = this as unknown as Record<string, (...args: unknown[]) => unknown>;
    const original = self[operation]!;
    self[operation] = (...args: unknown[]) => {
      if (!when(...(args as string[]))) return original.apply(this, args);
      self[operation] = original;
      return new Promise(() => undefined);
    };
  }

  /** The daemon dies when `operation` is next called: that call and every later one fail until `down` is reset. */
  goesDownAt(operation: keyof LibvirtApi): void {
    const self = this as unknown as Record<string, unknown>;
    const original = self[operation];
    self[operation] = async () => {
      self[operation] = original;
      this.down = true;
      throw failure('unavailable', 'cannot reach the libvirt daemon: connection reset');
    };
  }

  down = false;

  private op(name: string): void {
    this.calls.push(name);
    if (this.down) throw failure('unavailable', 'cannot reach the libvirt daemon: connection refused');
    const error = this.failures.get(name);
    if (error) {
      this.failures.delete(name);
      throw error;
    }
  }

  // --- domains ---
  async defineDomain(xml: string): Promise<void> {
    this.op('defineDomain');
    const config = parseXml(xml);
    const name = textOf(firstChild(config, 'name'));
    const existing = this.domains.get(name);
    if (existing) throw failure('infrastructure', `domain '${name}' already exists`);
    this.domains.set(name, { config, state: 'shutoff', acpi: this.guestAcpi });
  }
  async domainState(name: string): Promise<DomainState | undefined> {
    this.op('domainState');
    return this.domains.get(name)?.state;
  }
  async startDomain(name: string): Promise<void> {
    this.op('startDomain');
    const d = this.domain(name);
    if (d.state === 'running') throw failure('infrastructure', 'Requested operation is not valid: domain is already running');
    for (const iface of childElements(firstChild(d.config, 'devices')!, 'interface')) {
      const network = firstChild(iface, 'source')?.attrs.network ?? '';
      if (this.networks.get(network) !== 'active')
        throw failure('infrastructure', `Network not found: no network with matching name '${network}'`);
    }
    for (const disk of childElements(firstChild(d.config, 'devices')!, 'disk')) {
      const source = firstChild(disk, 'source')!;
      if (!this.pools.get(source.attrs.pool!)?.volumes.has(source.attrs.volume!)) {
        throw failure('infrastructure', `Storage volume not found: ${source.attrs.volume}`);
      }
    }
    d.state = 'running';
    d.live = d.config;
  }
  async destroyDomain(name: string): Promise<void> {
    this.op('destroyDomain');
    const d = this.domain(name);
    // QEMU ends with the domain, and its job with it, unfinished
    this.backups.delete(name);
    d.state = 'shutoff';
    delete d.live;
  }
  async shutdownDomain(name: string): Promise<void> {
    this.op('shutdownDomain');
    const d = this.domain(name);
    if (d.state !== 'running') throw failure('infrastructure', 'domain is not running');
    if (d.acpi === 'obeys') {
      d.state = 'shutoff';
      delete d.live;
    }
  }
  readonly rebootWatchers = new Map<string, (() => void)[]>();
  async rebootDomain(name: string): Promise<void> {
    this.op('rebootDomain');
    const d = this.domain(name);
    if (d.acpi === 'obeys') for (const notify of this.rebootWatchers.get(name) ?? []) notify();
  }
  async resetDomain(name: string): Promise<void> {
    this.op('resetDomain');
    this.domain(name);
    for (const notify of this.rebootWatchers.get(name) ?? []) notify();
  }
  async watchDomainReboot(name: string): Promise<RebootWatch> {
    this.op('watchDomainReboot');
    let rebooted = false;
    let wake: (() => void) | undefined;
    const notify = () => {
      rebooted = true;
      wake?.();
    };
    this.rebootWatchers.set(name, [...(this.rebootWatchers.get(name) ?? []), notify]);
    return {
      wait: (timeoutMs) =>
        rebooted
          ? Promise.resolve(true)
          : new Promise<boolean>((resolve) => {
              const timer = setTimeout(() => resolve(rebooted), timeoutMs);
              wake = () => {
                clearTimeout(timer);
                resolve(true);
              };
            }),
      close: async () => {
        this.rebootWatchers.set(
          name,
          (this.rebootWatchers.get(name) ?? []).filter((n) => n !== notify),
        );
      },
    };
  }
  async undefineDomain(name: string): Promise<void> {
    this.op('undefineDomain');
    const d = this.domains.get(name);
    if (!d) return;
    if (d.state === 'running') {
      // libvirt turns a running persistent domain transient; the fake keeps it simple
      throw failure('infrastructure', 'fake: undefine a running domain');
    }
    this.domains.delete(name);
  }
  async domainXml(name: string, options?: { inactive?: boolean }): Promise<string | undefined> {
    this.op('domainXml');
    const d = this.domains.get(name);
    if (!d) return undefined;
    return renderXml(options?.inactive || !d.live ? d.config : d.live);
  }
  async attachDevice(name: string, xml: string, scope: DeviceScope): Promise<void> {
    this.op('attachDevice');
    const d = this.domain(name);
    const device = parseXml(xml);
    if (scope.live && d.state !== 'running') throw failure('infrastructure', 'Requested operation is not valid: domain is not running');
    const source = firstChild(device, 'source');
    if (source && !this.pools.get(source.attrs.pool!)?.volumes.has(source.attrs.volume!))
      throw failure('infrastructure', 'Storage volume not found');
    const dev = firstChild(device, 'target')?.attrs.dev;
    const add = (domain: XmlElement) => {
      if (devices(domain).some((disk) => firstChild(disk, 'target')?.attrs.dev === dev))
        throw failure('infrastructure', `target ${dev} already exists`);
      return withDevices(domain, [...firstChild(domain, 'devices')!.children, device]);
    };
    const live = scope.live ? add(d.live!) : undefined;
    const config = scope.config ? add(d.config) : undefined;
    if (live) d.live = live;
    if (config) d.config = config;
  }
  async detachDevice(name: string, xml: string, scope: DeviceScope): Promise<void> {
    this.op('detachDevice');
    const d = this.domain(name);
    const dev = firstChild(parseXml(xml), 'target')?.attrs.dev;
    const remove = (domain: XmlElement) => {
      const kept = firstChild(domain, 'devices')!.children.filter(
        (c) => typeof c === 'string' || c.name !== 'disk' || firstChild(c, 'target')?.attrs.dev !== dev,
      );
      if (kept.length === firstChild(domain, 'devices')!.children.length) throw failure('infrastructure', `disk ${dev} not found`);
      return withDevices(domain, kept);
    };
    if (scope.live) {
      const removed = remove(d.live!);
      if (!this.detachHangs) d.live = removed;
    }
    if (scope.config) d.config = remove(d.config);
  }
  async setDomainMetadata(name: string, element: { xml: string; key: string; uri: string }, scope: DeviceScope): Promise<void> {
    this.op('setDomainMetadata');
    const d = this.domain(name);
    const given = parseXml(element.xml);
    // like libvirt: it declares the namespace itself and refuses an element that already does
    if (`xmlns:${element.key}` in given.attrs) throw failure('infrastructure', 'internal error: failed to create a new XML namespace');
    const parsed: XmlElement = {
      ...given,
      name: `${element.key}:${given.name}`,
      attrs: { ...given.attrs, [`xmlns:${element.key}`]: element.uri },
    };
    const replace = (domain: XmlElement): XmlElement => {
      const metadata = firstChild(domain, 'metadata');
      const others = metadata ? childElements(metadata).filter((c) => !Object.values(c.attrs).includes(element.uri)) : [];
      const newMetadata: XmlElement = { name: 'metadata', attrs: {}, children: [...others, parsed] };
      const children = domain.children.filter((c) => typeof c === 'string' || c.name !== 'metadata');
      return { ...domain, children: [...children, newMetadata] };
    };
    if (scope.config) d.config = replace(d.config);
    if (scope.live && d.live) d.live = replace(d.live);
  }
  async setDomainTitle(name: string, title: string, scope: DeviceScope): Promise<void> {
    this.op('setDomainTitle');
    const d = this.domain(name);
    if (/[\r\n]/.test(title)) throw failure('infrastructure', 'title can not contain newlines');
    const set = (domain: XmlElement): XmlElement => ({
      ...domain,
      children: [
        ...domain.children.filter((c) => typeof c === 'string' || c.name !== 'title'),
        { name: 'title', attrs: {}, children: [title] },
      ],
    });
    if (scope.config) d.config = set(d.config);
    if (scope.live && d.live) d.live = set(d.live);
  }
  async listDomainNames(): Promise<string[]> {
    this.op('listDomainNames');
    return [...this.domains.keys()];
  }

  async beginBackup(name: string, backupXml: string): Promise<void> {
    this.op('beginBackup');
    const d = this.domain(name);
    if (d.state !== 'running' || !d.live) throw failure('infrastructure', 'Requested operation is not valid: domain is not running');
    if (this.backups.has(name)) throw failure('infrastructure', 'Operation not supported: another job is already running');
    const doc = parseXml(backupXml);
    const disks = childElements(firstChild(doc, 'disks')!, 'disk');
    const live = devices(d.live);
    for (const disk of disks) {
      if (!live.some((l) => firstChild(l, 'target')?.attrs.dev === disk.attrs.name))
        throw failure('infrastructure', `invalid argument: no disk named '${disk.attrs.name}'`);
    }
    // stricter than libvirt, which has a default for a disk left out: the driver must name every disk
    if (live.some((l) => !disks.some((b) => b.attrs.name === firstChild(l, 'target')?.attrs.dev)))
      throw failure('infrastructure', 'fake: a disk left out of the backup XML');
    const chosen = disks.filter((b) => b.attrs.backup === 'yes');
    if (chosen.length !== 1) throw failure('infrastructure', 'fake: expects exactly one disk to back up');
    const file = firstChild(chosen[0]!, 'target')?.attrs.file ?? '';
    const found = this.volumeByPath(file);
    if (!found) throw failure('infrastructure', `fake: REUSE_EXTERNAL needs the existing file ${file}`);
    const source = firstChild(live.find((l) => firstChild(l, 'target')?.attrs.dev === chosen[0]!.attrs.name)!, 'source')!;
    const from = this.pool(source.attrs.pool!).volumes.get(source.attrs.volume!)!;
    found.volume.content = Buffer.from(from.content);
    this.backups.set(name, { xml: backupXml, pool: found.pool, volume: found.volume.name, pollsLeft: this.backupBehaviour.polls });
  }
  async backupXml(name: string): Promise<string | undefined> {
    this.op('backupXml');
    return this.backups.get(name)?.xml;
  }
  async domainJob(name: string, options?: { completed?: boolean }): Promise<DomainJob | undefined> {
    this.op('domainJob');
    if (!this.domains.has(name)) return undefined;
    if (options?.completed) {
      const done = this.completedJobs.get(name) ?? { state: 'none' };
      this.completedJobs.delete(name);
      return done;
    }
    const job = this.backups.get(name);
    if (!job) return { state: 'none' };
    if (this.backupBehaviour.outcome !== 'hangs' && --job.pollsLeft < 0) {
      this.backups.delete(name);
      const failed = this.backupBehaviour.outcome === 'fails';
      this.completedJobs.set(
        name,
        failed ? { state: 'failed', operation: 9, error: 'injected: No space left on device' } : { state: 'completed', operation: 9 },
      );
      return { state: 'none' };
    }
    return { state: 'running', operation: 9 };
  }
  async abortDomainJob(name: string): Promise<void> {
    this.op('abortDomainJob');
    if (!this.backups.delete(name)) return;
    this.completedJobs.set(name, { state: 'cancelled', operation: 9 });
  }

  // --- storage ---
  async poolState(pool: string): Promise<ObjectState | undefined> {
    this.op('poolState');
    return this.pools.get(pool)?.state;
  }
  async createPool(xml: string, name: string): Promise<void> {
    this.op('createPool');
    const path = textOf(firstChild(firstChild(parseXml(xml), 'target')!, 'path'));
    if (this.pools.has(name)) throw failure('infrastructure', `pool '${name}' already exists`);
    this.pools.set(name, { path, state: 'active', volumes: new Map() });
  }
  async startPool(pool: string): Promise<void> {
    this.op('startPool');
    this.pool(pool).state = 'active';
  }
  async volumeInfo(pool: string, name: string): Promise<VolumeInfo | undefined> {
    this.op('volumeInfo');
    const p = this.pool(pool);
    const v = p.volumes.get(name);
    return v && { name, path: `${p.path}/${name}`, capacity: v.capacity, allocation: v.content.length, format: v.format };
  }
  async createVolume(pool: string, xml: string): Promise<void> {
    this.op('createVolume');
    const p = this.pool(pool);
    const doc = parseXml(xml);
    const name = textOf(firstChild(doc, 'name'));
    if (p.volumes.has(name)) throw failure('infrastructure', `storage volume '${name}' exists already`);
    const backingPath = textOf(firstChild(firstChild(doc, 'backingStore') ?? { name: 'x', attrs: {}, children: [] }, 'path'));
    if (backingPath && ![...p.volumes.keys()].some((n) => `${p.path}/${n}` === backingPath))
      throw failure('infrastructure', `backing ${backingPath} missing`);
    p.volumes.set(name, {
      name,
      capacity: Number(textOf(firstChild(doc, 'capacity'))),
      format: firstChild(firstChild(doc, 'target')!, 'format')?.attrs.type ?? 'raw',
      ...(backingPath ? { backing: backingPath } : {}),
      content: Buffer.alloc(0),
    });
  }
  async cloneVolume(pool: string, xml: string, source: string): Promise<void> {
    this.op('cloneVolume');
    const p = this.pool(pool);
    const from = p.volumes.get(source);
    if (!from) throw failure('infrastructure', `no storage vol with matching name '${source}'`);
    await this.createVolume(pool, xml);
    const created = p.volumes.get(textOf(firstChild(parseXml(xml), 'name')))!;
    created.content = Buffer.from(from.content);
    created.capacity = Math.max(created.capacity, from.capacity);
  }
  async deleteVolume(pool: string, name: string): Promise<void> {
    this.op('deleteVolume');
    this.pools.get(pool)?.volumes.delete(name);
  }
  async uploadVolume(pool: string, name: string, data: AsyncIterable<Uint8Array>, length: number): Promise<void> {
    this.op('uploadVolume');
    const v = this.pool(pool).volumes.get(name);
    if (!v) throw failure('infrastructure', `no storage vol with matching name '${name}'`);
    const parts: Buffer[] = [];
    for await (const chunk of data) parts.push(Buffer.from(chunk));
    const content = Buffer.concat(parts);
    if (content.length !== length) throw failure('infrastructure', `upload of ${content.length} bytes, ${length} announced`);
    // like a file: the bytes overwrite the start, the rest of the capacity stays
    v.content = v.content.length > content.length ? Buffer.concat([content, v.content.subarray(content.length)]) : content;
    if (content.subarray(0, 4).toString('latin1') === 'QFI\xfb') {
      v.format = 'qcow2';
      v.capacity = Number(content.readBigUInt64BE(24));
    } else {
      v.capacity = Math.max(v.capacity, content.length);
    }
  }
  async uploadVolumeFile(pool: string, name: string, path: string, onBytes?: (count: number) => void): Promise<void> {
    const content = await readFile(path);
    // In 1 MiB pieces, as the protocol client reads a file, each one reported.
    await this.uploadVolume(
      pool,
      name,
      (async function* () {
        for (let offset = 0; offset < content.length; offset += 1024 * 1024) {
          const piece = content.subarray(offset, offset + 1024 * 1024);
          onBytes?.(piece.length);
          yield piece;
        }
      })(),
      content.length,
    );
  }
  async resizeVolume(pool: string, name: string, capacityBytes: number): Promise<void> {
    this.op('resizeVolume');
    const v = this.pool(pool).volumes.get(name);
    if (!v) throw failure('infrastructure', `no storage vol with matching name '${name}'`);
    if (capacityBytes < v.capacity) throw failure('infrastructure', 'shrinking needs the SHRINK flag');
    v.capacity = capacityBytes;
  }
  async listVolumeNames(pool: string): Promise<string[]> {
    this.op('listVolumeNames');
    return [...this.pool(pool).volumes.keys()];
  }

  async refreshPool(pool: string): Promise<void> {
    this.op('refreshPool');
    this.pool(pool);
  }

  // --- networks ---
  async networkState(name: string): Promise<ObjectState | undefined> {
    this.op('networkState');
    return this.networks.get(name);
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  // --- helpers for tests ---
  volumeNames(pool: string): string[] {
    return [...(this.pools.get(pool)?.volumes.keys() ?? [])].sort();
  }
  setState(name: string, state: DomainState): void {
    this.domain(name).state = state;
  }
  /** Completes a detach the guest had not acknowledged (as a reset would). */
  settleDetach(name: string): void {
    const d = this.domain(name);
    d.live = d.config;
  }

  private volumeByPath(file: string): { pool: string; volume: FakeVolume } | undefined {
    for (const [pool, p] of this.pools) {
      for (const volume of p.volumes.values()) if (`${p.path}/${volume.name}` === file) return { pool, volume };
    }
    return undefined;
  }

  private domain(name: string): FakeDomain {
    const d = this.domains.get(name);
    if (!d) throw failure('infrastructure', `Domain not found: no domain with matching name '${name}'`);
    return d;
  }
  private pool(name: string) {
    const p = this.pools.get(name);
    if (!p) throw failure('infrastructure', `Storage pool not found: no storage pool with matching name '${name}'`);
    return p;
  }
}

function devices(domain: XmlElement): XmlElement[] {
  return childElements(firstChild(domain, 'devices')!, 'disk');
}

function withDevices(domain: XmlElement, children: readonly XmlNode[]): XmlElement {
  return {
    ...domain,
    children: domain.children.map((c) => (typeof c !== 'string' && c.name === 'devices' ? { ...c, children } : c)),
  };
}
