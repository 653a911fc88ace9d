import type { ServiceIdentifier } from 'inversify';

/**
 * The driver's connection to its hypervisor, opened lazily on first use (so `info` never
 * connects) and closed once when the call ends.
 */
export interface DriverSession {
  close(): Promise<void>;
}
export const DriverSession: ServiceIdentifier<DriverSession> = Symbol.for('bosh-libvirt-cpi.DriverSession');
