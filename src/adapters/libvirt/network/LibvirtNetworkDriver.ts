import { inject, injectable } from 'inversify';
import { failure } from '../../../domain/errors/DomainError.js';
import type { NicPlan } from '../../../domain/network/NetworkSpec.js';
import type { NetworkDriver } from '../../../ports/NetworkDriver.js';
import type { LibvirtConfig } from '../LibvirtConfig.js';
import { LibvirtConfigToken, LibvirtSession } from '../LibvirtSession.js';
import { networkOf } from './networkOf.js';

/**
 * Every NIC's libvirt network must exist and be active before a domain uses it: QEMU would
 * only fail later, at start, with a less helpful message. The CPI does not create or start
 * networks it does not own.
 */
@injectable()
export class LibvirtNetworkDriver implements NetworkDriver {
  constructor(
    @inject(LibvirtConfigToken) private readonly config: LibvirtConfig,
    @inject(LibvirtSession) private readonly session: LibvirtSession,
  ) {}

  async prepareNetworks(nics: readonly NicPlan[]): Promise<void> {
    const names = [...new Set(nics.map((nic) => networkOf(nic, this.config.network)))];
    if (names.length === 0) return;
    const api = await this.session.api();
    const states = await Promise.all(names.map((name) => api.networkState(name)));
    names.forEach((name, i) => {
      if (states[i] === undefined) throw failure('network_not_found', `libvirt network '${name}' does not exist`);
      if (states[i] !== 'active')
        throw failure('network_not_found', `libvirt network '${name}' exists but is not active (virsh net-start ${name})`);
    });
  }
}
