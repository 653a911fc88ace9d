import type { ContainerModule } from 'inversify';
import type { z } from 'zod';
import { LIBVIRT_STEMCELL_FORMATS, libvirtConfigSchema, libvirtModule } from '../../adapters/libvirt/libvirtModule.js';
import { MEMORY_STEMCELL_FORMATS, memoryConfigSchema, memoryModule } from '../../adapters/memory/memoryModule.js';
import { VIRTUALBOX_STEMCELL_FORMATS, virtualboxConfigSchema, virtualboxModule } from '../../adapters/virtualbox/virtualboxModule.js';
import type { StemcellFormat } from '../../domain/stemcell/StemcellFormat.js';
import type { DriverName } from './driverConfigSchemas.js';

/** What the app needs to know of a driver: its cpi.json section, its container module, its formats. */
export interface DriverEntry<S extends z.ZodType = z.ZodType> {
  readonly configSchema: S;
  readonly module: (config: z.output<S>) => ContainerModule;
  /** Answered by `info` without loading the module: info must never touch a hypervisor. */
  readonly formats: readonly StemcellFormat[];
}

function driver<S extends z.ZodType>(configSchema: S, module: (config: z.output<S>) => ContainerModule, formats: readonly StemcellFormat[]): DriverEntry<S> {
  return { configSchema, module, formats };
}

/**
 * Every driver the `driver` key of cpi.json can name. Adding a driver is one line here and one
 * in DRIVER_CONFIG_SCHEMAS, with the same schema (a test holds them equal), plus the imports;
 * the config schema's sections and the composition root follow from these tables.
 */
export const DRIVERS = {
  memory: driver(memoryConfigSchema, memoryModule, MEMORY_STEMCELL_FORMATS),
  libvirt: driver(libvirtConfigSchema, (config) => libvirtModule(config), LIBVIRT_STEMCELL_FORMATS),
  virtualbox: driver(virtualboxConfigSchema, virtualboxModule, VIRTUALBOX_STEMCELL_FORMATS),
} as const satisfies Record<DriverName, DriverEntry>;

export { DRIVER_NAMES, type DriverConfigInputs, type DriverConfigs, type DriverName } from './driverConfigSchemas.js';
