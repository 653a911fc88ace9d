import type { ServiceIdentifier } from 'inversify';

/** Time, injectable so that retries and bounded waits are tested without sleeping. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}
export const Clock: ServiceIdentifier<Clock> = Symbol.for('bosh-libvirt-cpi.Clock');
