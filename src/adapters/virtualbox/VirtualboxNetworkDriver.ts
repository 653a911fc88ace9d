import { inject, injectable } from 'inversify';
import { failure } from '../../domain/errors/DomainError.js';
import type { NicPlan } from '../../domain/network/NetworkSpec.js';
import { Locks } from '../../ports/Locks.js';
import type { NetworkDriver } from '../../ports/NetworkDriver.js';
import { hostNetworkOf, type HostNetwork } from './cloudProperties.js';
import { DEFAULT_HOST_IP, DEFAULT_NETMASK, hostOnlyNetworkRange } from './hostOnlyNetworkRange.js';
import { VirtualboxSession } from './VirtualboxSession.js';

/**
 * Checks that the host network behind every NIC exists. With `auto_create_networks`, a missing
 * host-only adapter (host-only network on macOS with VirtualBox 7) or NAT network is created
 * under a file lock (two create_vm calls must not both create one); a bridged adapter is the
 * host's own and never created. NAT needs nothing.
 */
@injectable()
export class VirtualboxNetworkDriver implements NetworkDriver {
  constructor(
    @inject(VirtualboxSession) private readonly session: VirtualboxSession,
    @inject(Locks) private readonly locks: Locks,
  ) {}

  async prepareNetworks(nics: readonly NicPlan[]): Promise<void> {
    const networks = nics.map(hostNetworkOf);
    const seen = new Set<string>();
    for (const network of networks) {
      if (network.type === 'nat') continue;
      const key = `${network.type}/${network.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      await this.prepare(network);
    }
  }

  private async prepare(network: Exclude<HostNetwork, { type: 'nat' }>): Promise<void> {
    const { vbox, config } = this.session;
    switch (network.type) {
      case 'bridged': {
        if ((await vbox.listBridgedIfs()).some((i) => i.name === network.name)) return;
        throw failure(
          'network_not_found',
          `bridged network: the host has no interface named ${JSON.stringify(network.name)} (see \`VBoxManage list bridgedifs\`)`,
        );
      }
      case 'hostonly': {
        if ((await this.session.hostOnlyKind()) === 'networks') return this.prepareHostOnlyNetwork(network);
        if ((await vbox.listHostOnlyIfs()).some((i) => i.name === network.name)) return;
        if (!config.auto_create_networks) throw this.missing('host-only adapter', network.name);
        // All host-only adapters share one lock: VirtualBox picks the next free vboxnetN itself.
        await this.locks.withLock('virtualbox-hostonlyifs', () => this.createHostOnly(network), {
          timeoutMs: config.timeouts.lock_s * 1000,
        });
        return;
      }
      case 'natnetwork': {
        if ((await vbox.listNatNetworks()).some((n) => n.name === network.name)) return;
        if (!config.auto_create_networks) throw this.missing('NAT network', network.name);
        await this.locks.withLock('virtualbox-natnetworks', () => this.createNatNetwork(network), {
          timeoutMs: config.timeouts.lock_s * 1000,
        });
        return;
      }
    }
  }

  private async prepareHostOnlyNetwork(network: Extract<HostNetwork, { type: 'hostonly' }>): Promise<void> {
    const { vbox, config } = this.session;
    if ((await vbox.listHostOnlyNets()).some((n) => n.name === network.name)) return;
    if (!config.auto_create_networks) throw this.missing('host-only network', network.name);
    await this.locks.withLock('virtualbox-hostonlynets', () => this.createHostOnlyNetwork(network), {
      timeoutMs: config.timeouts.lock_s * 1000,
    });
  }

  /** Unlike an adapter, a host-only network takes the name it is given. */
  private async createHostOnlyNetwork(network: Extract<HostNetwork, { type: 'hostonly' }>): Promise<void> {
    const { vbox, logger } = this.session;
    if ((await vbox.listHostOnlyNets()).some((n) => n.name === network.name)) return;
    const netmask = network.netmask ?? DEFAULT_NETMASK;
    const { lowerIp, upperIp } = hostOnlyNetworkRange(network.hostIp ?? DEFAULT_HOST_IP, netmask);
    await vbox.hostOnlyNetAdd(network.name, netmask, lowerIp, upperIp);
    // `hostonlynet add` prints nothing: only the listing says it worked.
    if (!(await vbox.listHostOnlyNets()).some((n) => n.name === network.name)) {
      throw failure(
        'network_not_found',
        `VBoxManage hostonlynet add ${JSON.stringify(network.name)} succeeded but the network is not listed`,
      );
    }
    logger.info('host-only network created', { name: network.name, netmask, lowerIp });
  }

  private missing(what: string, name: string) {
    return failure(
      'network_not_found',
      `the ${what} ${JSON.stringify(name)} does not exist on the VirtualBox host, and auto_create_networks is off`,
    );
  }

  private async createHostOnly(network: Extract<HostNetwork, { type: 'hostonly' }>): Promise<void> {
    const { vbox, logger } = this.session;
    if ((await vbox.listHostOnlyIfs()).some((i) => i.name === network.name)) return;
    const created = await vbox.hostOnlyIfCreate();
    if (created !== network.name) {
      await vbox.hostOnlyIfRemove(created);
      throw failure(
        'network_not_found',
        `VirtualBox names host-only adapters itself: it made ${JSON.stringify(created)}, not ${JSON.stringify(network.name)}; name ${JSON.stringify(created)} in the network's cloud_properties or create the adapter by hand`,
      );
    }
    if (network.hostIp) await vbox.hostOnlyIfIpConfig(created, network.hostIp, network.netmask ?? '255.255.255.0');
    logger.info('host-only adapter created', { name: created });
  }

  private async createNatNetwork(network: Extract<HostNetwork, { type: 'natnetwork' }>): Promise<void> {
    const { vbox, logger } = this.session;
    if ((await vbox.listNatNetworks()).some((n) => n.name === network.name)) return;
    await vbox.natNetworkAdd(network.name, network.cidr, true);
    logger.info('NAT network created', { name: network.name, cidr: network.cidr });
  }
}
