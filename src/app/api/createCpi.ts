import type { IdGenerator } from '../../ports/IdGenerator.js';
import type { Logger } from '../../ports/Logger.js';
import type { CpiConfigInput } from '../config/cpiConfigSchema.js';
import { parseCpiConfig } from '../config/parseCpiConfig.js';
import { createContainer } from '../container/createContainer.js';
import type { DriverEntry } from '../container/drivers.js';
import { CpiFacade } from '../CpiFacade.js';
import type { Cpi } from './Cpi.js';

export interface CreateCpiOptions {
  /** Where logs go. Default: nowhere (a library should not write to the host's stderr). */
  readonly logger?: Logger;
  readonly requestId?: string;
  /** The CPI API version whose semantics apply. Default 2. */
  readonly apiVersion?: number;
  /**
   * The API version of the stemcell the VMs run (stemcell.MF `api_version`). Below 2, or
   * unknown, attach and detach also rewrite the VM's settings medium. Default: unknown.
   */
  readonly stemcellApiVersion?: number;
  /** For tests: predictable CIDs and MACs. */
  readonly idGenerator?: IdGenerator;
  /** For tests: a driver table other than the built-in one. */
  readonly drivers?: Readonly<Record<string, DriverEntry>>;
}

/**
 * The library's entry point: a Cpi for the given cpi.json content. Throws a DomainError of
 * kind `invalid_config` listing every problem of the config. No hypervisor is contacted
 * before the first call that needs one.
 */
export function createCpi(config: CpiConfigInput, options: CreateCpiOptions = {}): Cpi {
  const parsed = parseCpiConfig(config, 'CPI config');
  const container = createContainer(parsed, {
    logger: options.logger ?? SILENT_LOGGER,
    context: {
      apiVersion: options.apiVersion ?? 2,
      ...(options.requestId === undefined ? {} : { requestId: options.requestId }),
      ...(options.stemcellApiVersion === undefined ? {} : { stemcellApiVersion: options.stemcellApiVersion }),
    },
    ...(options.idGenerator ? { idGenerator: options.idGenerator } : {}),
    ...(options.drivers ? { drivers: options.drivers } : {}),
  });
  return container.get(CpiFacade);
}

const SILENT_LOGGER: Logger = { debug() {}, info() {}, warn() {}, error() {} };
