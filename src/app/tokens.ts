import type { ServiceIdentifier } from 'inversify';
import type { AgentDefaults as AgentDefaultsType } from '../domain/settings/buildAgentSettings.js';

/** What the request says about the call itself, beyond its arguments. */
export interface CallContext {
  readonly requestId?: string;
  /** The CPI API version the caller asked for (absent in the request: 1); not the stemcell's, below. */
  readonly cpiApiVersion: number;
  /**
   * `context.vm.stemcell.api_version`, when the caller sent it. Below 2, or unknown, the agent
   * may read persistent disks from its settings, so attach and detach keep them up to date.
   */
  readonly stemcellApiVersion?: number;
}
export const CallContext: ServiceIdentifier<CallContext> = Symbol.for('bosh-libvirt-cpi.app.CallContext');

/** The `agent` section of cpi.json, copied into every VM's settings. */
export type AgentDefaults = AgentDefaultsType;
export const AgentDefaults: ServiceIdentifier<AgentDefaults> = Symbol.for('bosh-libvirt-cpi.app.AgentDefaults');

/**
 * Loads the configured driver's container module, once; openDriverCalls awaits it before the
 * first use case. Until then no driver code has run.
 */
export type DriverLoader = () => Promise<void>;
export const DriverLoader: ServiceIdentifier<DriverLoader> = Symbol.for('bosh-libvirt-cpi.app.DriverLoader');
