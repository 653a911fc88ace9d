import type { ServiceIdentifier } from 'inversify';

/**
 * Locks shared between CPI processes (each call is its own process, docs/design.md D7).
 * `name` is a short identifier such as `stemcell-sc_…` or `network-default`.
 */
export interface Locks {
  withLock<T>(name: string, work: () => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
}
export const Locks: ServiceIdentifier<Locks> = Symbol.for('bosh-libvirt-cpi.Locks');
