import { failure } from '../../../domain/errors/DomainError.js';
import type { NicPlan } from '../../../domain/network/NetworkSpec.js';

/** The libvirt network behind a NIC: its network's `cloud_properties.name`, else the configured default. */
export function networkOf(nic: NicPlan, fallback: string): string {
  const name = nic.cloudProperties['name'];
  if (name === undefined || name === null) return fallback;
  if (typeof name !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_.+-]{0,99}$/.test(name)) {
    throw failure(
      'invalid_request',
      `network cloud_properties.name must be a libvirt network name, got ${JSON.stringify(name)?.slice(0, 80)}`,
    );
  }
  return name;
}
