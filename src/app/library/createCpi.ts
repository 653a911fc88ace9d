import type { CpiIdGenerator } from './CpiIdGenerator.js';
import type { CpiLogger } from './CpiLogger.js';
import type { CpiConfigInput } from '../config/cpiConfigSchema.js';
import { assembleCpi } from './assembleCpi.js';
import type { Cpi } from './Cpi.js';

export interface CreateCpiOptions {
  /** Where logs go. Default: nowhere (a library should not write to the host's stderr). */
  readonly logger?: CpiLogger;
  /** Starts every message the CPI logs with `[requestId]`. */
  readonly requestId?: string;
  /** The CPI API version whose semantics apply. Default 2. */
  readonly apiVersion?: number;
  /**
   * The API version of the stemcell the VMs run (stemcell.MF `api_version`). Below 2, or
   * unknown, attach and detach also rewrite the VM's settings medium. Default: unknown.
   */
  readonly stemcellApiVersion?: number;
  /** For tests: predictable CIDs and MACs. */
  readonly idGenerator?: CpiIdGenerator;
}

/**
 * The library's entry point: a Cpi for the given cpi.json content. Throws a DomainError of
 * kind `invalid_config` listing every problem of the config. No hypervisor is contacted
 * before the first call that needs one.
 */
export function createCpi(config: CpiConfigInput, options: CreateCpiOptions = {}): Cpi {
  return assembleCpi(config, options);
}
