import type { Newable, ServiceIdentifier } from 'inversify';
import type { AgentDefaults as AgentDefaultsType } from '../domain/settings/buildAgentSettings.js';
import type { StemcellFormat } from '../domain/stemcell/StemcellFormat.js';
import type { DriverSession } from '../ports/DriverSession.js';
import type { UseCase } from './protocol/CpiMethod.js';

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

/** The configured driver's formats, bound from the driver table so that `info` loads no driver. */
export const StemcellFormats: ServiceIdentifier<readonly StemcellFormat[]> = Symbol.for('bosh-libvirt-cpi.app.StemcellFormats');

/**
 * Builds a method's use case on first use (an inversify factory binding), so that a call
 * constructs only what it needs: `info` builds no driver at all.
 */
export type UseCaseFactory = <Args extends readonly unknown[], R>(useCase: Newable<UseCase<Args, R>>) => UseCase<Args, R>;
export const UseCaseFactory: ServiceIdentifier<UseCaseFactory> = Symbol.for('bosh-libvirt-cpi.app.UseCaseFactory');

/** The driver's session, built on first use; asked for only once the driver module is loaded. */
export type DriverSessionFactory = () => DriverSession;
export const DriverSessionFactory: ServiceIdentifier<DriverSessionFactory> = Symbol.for('bosh-libvirt-cpi.app.DriverSessionFactory');

/**
 * Loads the configured driver's container module, once; the facade awaits it before the first
 * use case that needs the driver. Until then no driver code has run: a call that needs none
 * (info, calculate_vm_cloud_properties) does not pay for loading one.
 */
export type DriverLoader = () => Promise<void>;
export const DriverLoader: ServiceIdentifier<DriverLoader> = Symbol.for('bosh-libvirt-cpi.app.DriverLoader');
