import type { ServiceIdentifier } from 'inversify';
import type { NicPlan } from '../domain/network/NetworkSpec.js';

export interface NetworkDriver {
  /**
   * Makes sure the host network behind every NIC exists and is usable (creating it where the
   * config allows, under a file lock), or throws network_not_found naming it.
   */
  prepareNetworks(nics: readonly NicPlan[]): Promise<void>;
}
export const NetworkDriver: ServiceIdentifier<NetworkDriver> = Symbol.for('bosh-libvirt-cpi.NetworkDriver');
