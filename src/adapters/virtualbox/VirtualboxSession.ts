import path from 'node:path';
import { inject, injectable, type ServiceIdentifier } from 'inversify';
import { failure } from '../../domain/errors/DomainError.js';
import { Clock } from '../../ports/Clock.js';
import type { DriverSession } from '../../ports/DriverSession.js';
import { Logger } from '../../ports/Logger.js';
import type { VBoxHost } from './host/VBoxHost.js';
import { StoreLayout } from './layout.js';
import type { VirtualboxConfig } from './virtualboxConfig.js';
import { versionAtLeast, type VBoxVersion } from './vboxmanage/parseVersion.js';
import type { VBoxManage } from './vboxmanage/VBoxManage.js';

/** Host-only adapters (`vboxnetN`, `hostonlyif`) or host-only networks (`hostonlynet`, macOS with VirtualBox 7). */
export type HostOnlyKind = 'adapters' | 'networks';

export const VirtualboxConfigToken: ServiceIdentifier<VirtualboxConfig> = Symbol.for('bosh-libvirt-cpi.VirtualboxConfig');

/** Makes the host VBoxManage runs on (the module binds it: vboxHostFor). */
export type VBoxHostFactory = () => VBoxHost;
export const VBoxHostFactory: ServiceIdentifier<VBoxHostFactory> = Symbol.for('bosh-libvirt-cpi.virtualbox.VBoxHostFactory');

/** Makes the VBoxManage facade on a host, given how to read the version it answers with (the module binds it: vboxManageFor). */
export type VBoxManageFactory = (host: VBoxHost, versionOf: () => Promise<VBoxVersion>) => VBoxManage;
export const VBoxManageFactory: ServiceIdentifier<VBoxManageFactory> = Symbol.for('bosh-libvirt-cpi.virtualbox.VBoxManageFactory');

/**
 * Everything one CPI call shares: the host (local or SSH), the VBoxManage facade, the
 * VirtualBox version (read from the target host at most once per call) and the expanded store
 * directory. Nothing runs until a driver method needs it, so `info` never touches VirtualBox:
 * the host and VBoxManage are made through the module's factories on first use.
 */
@injectable()
export class VirtualboxSession implements DriverSession {
  private hostInstance?: VBoxHost;
  private vboxInstance?: VBoxManage;
  private versionPromise?: Promise<VBoxVersion>;
  private hostOnlyPromise?: Promise<HostOnlyKind>;
  private layoutPromise?: Promise<StoreLayout>;

  constructor(
    @inject(VirtualboxConfigToken) readonly config: VirtualboxConfig,
    @inject(VBoxHostFactory) private readonly makeHost: VBoxHostFactory,
    @inject(VBoxManageFactory) private readonly makeVBoxManage: VBoxManageFactory,
    @inject(Clock) readonly clock: Clock,
    @inject(Logger) readonly logger: Logger,
  ) {}

  get host(): VBoxHost {
    this.hostInstance ??= this.makeHost();
    return this.hostInstance;
  }

  get vbox(): VBoxManage {
    this.vboxInstance ??= this.makeVBoxManage(this.host, () => this.version());
    return this.vboxInstance;
  }

  /** VirtualBox 6.1 is the oldest release whose behaviour the driver knows (and was tested on, simulated). */
  version(): Promise<VBoxVersion> {
    this.versionPromise ??= this.vbox.version().then((v) => {
      if (!versionAtLeast(v, 6, 1)) {
        throw failure('not_supported', `VirtualBox ${v.text} on ${this.host.description} is older than 6.1, which this driver needs`);
      }
      this.logger.debug('VirtualBox version', { version: v.text, host: this.host.description });
      return v;
    });
    return this.versionPromise;
  }

  /**
   * What a `hostonly` network is on this host. VirtualBox 7 on macOS has no host-only adapters
   * (`hostonlyif create` fails on /dev/vboxnetctl): it has host-only networks (vmnet) instead, as
   * Vagrant's 7.0 driver decides by platform and version. Linux and Windows hosts, and 6.1
   * everywhere, keep host-only adapters. Read at most once per call, and only when needed.
   */
  hostOnlyKind(): Promise<HostOnlyKind> {
    this.hostOnlyPromise ??= (async () => {
      if (!versionAtLeast(await this.version(), 7, 0)) return 'adapters';
      const info = await this.vbox.hostInfo();
      this.logger.debug('VirtualBox host', { os: info.operatingSystem, host: this.host.description });
      return info.platform === 'macos' ? 'networks' : 'adapters';
    })();
    return this.hostOnlyPromise;
  }

  layout(): Promise<StoreLayout> {
    this.layoutPromise ??= (async () => {
      const dir = this.config.store_dir;
      if (dir === '~' || dir.startsWith('~/')) return new StoreLayout(path.posix.join(await this.host.homeDir(), dir.slice(1)));
      if (!dir.startsWith('/')) throw failure('invalid_config', `store_dir must be absolute or start with ~/, not ${JSON.stringify(dir)}`);
      return new StoreLayout(dir);
    })();
    return this.layoutPromise;
  }

  async close(): Promise<void> {
    await this.hostInstance?.close();
  }
}
