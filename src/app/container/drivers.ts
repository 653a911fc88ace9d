import type { ContainerModule } from 'inversify';
import type * as z from 'zod/mini';
import { libvirtConfigSchema } from '../../adapters/libvirt/LibvirtConfig.js';
import { LIBVIRT_STEMCELL_FORMATS } from '../../adapters/libvirt/stemcell/libvirtStemcellFormats.js';
import { memoryConfigSchema } from '../../adapters/memory/memoryConfig.js';
import { MEMORY_STEMCELL_FORMATS } from '../../adapters/memory/memoryStemcellFormats.js';
import { virtualboxConfigSchema } from '../../adapters/virtualbox/virtualboxConfig.js';
import { VIRTUALBOX_STEMCELL_FORMATS } from '../../adapters/virtualbox/virtualboxStemcellFormats.js';
import type { StemcellFormat } from '../../domain/stemcell/StemcellFormat.js';
import type { DriverName } from './driverConfigSchemas.js';

/** What the app needs to know of a driver: its cpi.json section, its container module, its formats. */
export interface DriverEntry<S extends z.ZodMiniType = z.ZodMiniType> {
  readonly configSchema: S;
  /**
   * The driver's container module. A driver with much code imports it here, so that a call
   * that needs no driver (info, calculate_vm_cloud_properties) neither loads nor runs it.
   */
  readonly module: (config: z.output<S>) => ContainerModule | Promise<ContainerModule>;
  /** Answered by `info` without loading the module: info must never touch a hypervisor. */
  readonly formats: readonly StemcellFormat[];
}

function driver<S extends z.ZodMiniType>(
  configSchema: S,
  module: (config: z.output<S>) => ContainerModule | Promise<ContainerModule>,
  formats: readonly StemcellFormat[]): DriverEntry<S> {
  return { configSchema, module, formats };
}

/**
 * Every driver the `driver` key of cpi.json can name. Adding a driver is one line here and one
 * in DRIVER_CONFIG_SCHEMAS, with the same schema (a test holds them equal), plus the imports;
 * the config schema's sections and the composition root follow from these tables.
 */
export const DRIVERS = {
  memory: driver(memoryConfigSchema, async (config) => (await import('../../adapters/memory/memoryModule.js')).memoryModule(config), MEMORY_STEMCELL_FORMATS),
  libvirt: driver(libvirtConfigSchema, async (config) => (await import('../../adapters/libvirt/libvirtModule.js')).libvirtModule(config), LIBVIRT_STEMCELL_FORMATS),
  virtualbox: driver(virtualboxConfigSchema, async (config) => (await import('../../adapters/virtualbox/virtualboxModule.js')).virtualboxModule(config), VIRTUALBOX_STEMCELL_FORMATS),
} as const satisfies Record<DriverName, DriverEntry>;

export { DRIVER_NAMES, type DriverConfigInputs, type DriverConfigs, type DriverName } from './driverConfigSchemas.js';
