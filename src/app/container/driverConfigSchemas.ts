import type * as z from 'zod/mini';
import { libvirtConfigSchema } from '../../adapters/libvirt/LibvirtConfig.js';
import { memoryConfigSchema } from '../../adapters/memory/memoryConfig.js';
import { virtualboxConfigSchema } from '../../adapters/virtualbox/virtualboxConfig.js';

/**
 * The `cpi.json` section of every driver, by driver name, as the function that builds its schema
 * on first use (a call builds only the sections it needs): the one place the driver names are
 * listed with a value; DRIVERS (drivers.ts), the rest of what the app knows of a driver, is
 * typed over them. The sections are not in DRIVERS because that table must not load zod (the
 * executable answers `info` from it), and the config's types are derived from here because
 * DRIVERS names inversify's types, which the package's public types (src/index.ts) must not.
 */
export const DRIVER_CONFIG_SCHEMAS = {
  memory: memoryConfigSchema,
  libvirt: libvirtConfigSchema,
  virtualbox: virtualboxConfigSchema,
} as const;

export type DriverName = keyof typeof DRIVER_CONFIG_SCHEMAS;
export const DRIVER_NAMES = Object.keys(DRIVER_CONFIG_SCHEMAS) as [DriverName, ...DriverName[]];
export type DriverConfigs = { [K in DriverName]: z.output<ReturnType<(typeof DRIVER_CONFIG_SCHEMAS)[K]>> };
export type DriverConfigInputs = { [K in DriverName]: z.input<ReturnType<(typeof DRIVER_CONFIG_SCHEMAS)[K]>> };
