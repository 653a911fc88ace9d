import type * as z from 'zod/mini';
import { libvirtConfigSchema } from '../../adapters/libvirt/LibvirtConfig.js';
import { memoryConfigSchema } from '../../adapters/memory/memoryConfig.js';
import { virtualboxConfigSchema } from '../../adapters/virtualbox/virtualboxConfig.js';

/**
 * The `cpi.json` section of every driver, by driver name. The config's types are derived from
 * this table rather than from DRIVERS, whose container modules are inversify's types: the
 * package's public types (src/index.ts) must name nothing but the project's own and zod's.
 */
export const DRIVER_CONFIG_SCHEMAS = {
  memory: memoryConfigSchema,
  libvirt: libvirtConfigSchema,
  virtualbox: virtualboxConfigSchema,
} as const;

export type DriverName = keyof typeof DRIVER_CONFIG_SCHEMAS;
export const DRIVER_NAMES = Object.keys(DRIVER_CONFIG_SCHEMAS) as [DriverName, ...DriverName[]];
export type DriverConfigs = { [K in DriverName]: z.output<(typeof DRIVER_CONFIG_SCHEMAS)[K]> };
export type DriverConfigInputs = { [K in DriverName]: z.input<(typeof DRIVER_CONFIG_SCHEMAS)[K]> };
