/**
 * bosh-libvirt-cpi as a library: `createCpi(config)` gives one typed async method per CPI call,
 * the same calls the `cpi` executable answers on stdin/stdout.
 */
export { createCpi, type CreateCpiOptions } from './app/library/createCpi.js';
export type { CloudProperties, Cpi, CreatedVm, Metadata } from './app/library/Cpi.js';
export type { CpiInfo } from './app/usecases/cpiInfo.js';
export {
  configuredSection,
  cpiConfigSchema,
  type AgentConfig,
  type CpiConfig,
  type CpiConfigInput,
  type LocksConfig,
} from './app/config/cpiConfigSchema.js';
export { parseCpiConfig } from './app/config/parseCpiConfig.js';
export { DRIVER_NAMES, type DriverName } from './app/container/driverConfigSchemas.js';
export { toBoshError, BOSH_ERROR_TYPE_OF_KIND, type BoshError, type BoshErrorType } from './app/errors/toBoshError.js';
export { runCli, type CpiResponse } from './app/cli/runCli.js';
export { DomainError, type ErrorKind } from './domain/errors/DomainError.js';
export { isCid, parseCid, type Cid, type CidKind, type DiskCid, type SnapshotCid, type StemcellCid, type VmCid } from './domain/cid/Cid.js';
export type { NetworkSpec, NicPlan } from './domain/network/NetworkSpec.js';
export type { AgentNetwork, AgentSettings, DiskHint } from './domain/settings/AgentSettings.js';
export type { VmResources } from './domain/vm/cloudPropertiesForResources.js';
export type { VmSpec } from './domain/vm/VmSpec.js';
export { STEMCELL_FORMATS, type StemcellFormat } from './domain/stemcell/StemcellFormat.js';
export type { CpiLogger as Logger } from './app/library/CpiLogger.js';
export type { CpiIdGenerator as IdGenerator } from './app/library/CpiIdGenerator.js';
export { StderrLogger, type StderrLoggerOptions } from './adapters/system/StderrLogger.js';
