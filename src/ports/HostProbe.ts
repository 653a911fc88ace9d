import type { ServiceIdentifier } from 'inversify';

/**
 * `ok`: nothing to do. `warn`: deploys work, but something is slow, missing for some stemcells
 * or close to running out. `fail`: a deploy would fail. `skip`: not checked, because an
 * earlier check failed or the thing is out of this machine's reach; the detail says which.
 */
export type HostFindingStatus = 'ok' | 'warn' | 'fail' | 'skip';

/** One line of `cpi doctor`'s report. */
export interface HostFinding {
  /** What was checked, short: `libvirt socket`, `storage pool folder`, `network default`. */
  readonly check: string;
  readonly status: HostFindingStatus;
  /** What was found, with the values that matter (paths, modes, versions, sizes). */
  readonly detail: string;
  /** What the operator should do; empty when the status is ok. */
  readonly fix: string;
}

/**
 * Checks the host the configured driver will use before the first deploy (`cpi doctor`).
 * Each driver module binds its own. A check that cannot be made is a finding, never an
 * exception: the operator wants every problem in one report.
 */
export interface HostProbe {
  probe(): Promise<HostFinding[]>;
}
export const HostProbe: ServiceIdentifier<HostProbe> = Symbol.for('bosh-libvirt-cpi.HostProbe');
