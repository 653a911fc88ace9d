import { inject, injectable } from 'inversify';
import { failure } from '../../domain/errors/DomainError.js';
import type { NicPlan } from '../../domain/network/NetworkSpec.js';
import type { NetworkDriver } from '../../ports/NetworkDriver.js';
import { type MemoryConfig, MemoryConfigToken } from './memoryConfig.js';

/**
 * Host networks are named by a network's `cloud_properties.name` ("default" when absent). With a
 * configured list only those exist, so tests can provoke create_vm's failure path.
 */
@injectable()
export class MemoryNetworkDriver implements NetworkDriver {
  private readonly hostNetworks: readonly string[] | undefined;

  constructor(@inject(MemoryConfigToken) config: MemoryConfig) {
    this.hostNetworks = config.networks;
  }

  async prepareNetworks(nics: readonly NicPlan[]): Promise<void> {
    if (this.hostNetworks === undefined) return;
    for (const nic of nics) {
      const name = typeof nic.cloudProperties['name'] === 'string' ? nic.cloudProperties['name'] : 'default';
      if (!this.hostNetworks.includes(name)) {
        throw failure(
          'network_not_found',
          `host network '${name}' (for ${nic.networkNames.join(', ')}) does not exist; known: ${this.hostNetworks.join(', ') || 'none'}`,
        );
      }
    }
  }
}
