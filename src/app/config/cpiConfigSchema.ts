import { z } from 'zod';
import { DRIVER_CONFIG_SCHEMAS, DRIVER_NAMES, type DriverConfigInputs, type DriverConfigs, type DriverName } from '../container/driverConfigSchemas.js';

/** What every VM's agent settings get from the CPI (cpi-protocol §7.1). */
export const agentConfigSchema = z
  .object({
    /** The agent's message bus: nats://… for a director, https://mbus:…@0.0.0.0:6868 for create-env. */
    mbus: z.string().default(''),
    ntp: z.array(z.string()).default([]),
    blobstore: z.object({ provider: z.string().min(1), options: z.record(z.string(), z.unknown()).default({}) }).strict().optional(),
  })
  .strict();
export type AgentConfig = z.output<typeof agentConfigSchema>;

/** Cross-process file locks (DESIGN.md D7). */
export const locksConfigSchema = z
  .object({
    /** Default: <os tmpdir>/bosh-libvirt-cpi-locks. */
    dir: z.string().min(1).optional(),
    /** Seconds a call waits for a lock held by another call. */
    timeout_s: z.number().positive().default(300),
  })
  .strict();
export type LocksConfig = z.output<typeof locksConfigSchema>;

/** Each driver's section, `{}` when absent (every key of a section has a default). */
function sectionsWithDefaults<T extends Readonly<Record<string, z.ZodType>>>(schemas: T): { [K in keyof T]: z.ZodPrefault<T[K]> } {
  // Widened to ZodType inside: the union of the sections' prefault signatures is not callable.
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, (schema as z.ZodType).prefault({} as never)])) as {
    [K in keyof T]: z.ZodPrefault<T[K]>;
  };
}
const driverSections = sectionsWithDefaults(DRIVER_CONFIG_SCHEMAS);

/** cpi.json. The smallest valid file is {"driver":"memory"}; unknown keys are refused (typos). */
export const cpiConfigSchema = z
  .object({
    driver: z.enum(DRIVER_NAMES),
    agent: agentConfigSchema.prefault({}),
    locks: locksConfigSchema.prefault({}),
    ...driverSections,
  })
  .strict();

export type CpiConfig = { readonly driver: DriverName; readonly agent: AgentConfig; readonly locks: LocksConfig } & {
  readonly [K in DriverName]: DriverConfigs[K];
};

/** What a library user may pass to createCpi: cpi.json as written, defaults not yet applied. */
export type CpiConfigInput = {
  readonly driver: DriverName;
  readonly agent?: z.input<typeof agentConfigSchema>;
  readonly locks?: z.input<typeof locksConfigSchema>;
} & { readonly [K in DriverName]?: DriverConfigInputs[K] };

/** The top-level keys; the director's request context may override any of them. */
export const CPI_CONFIG_KEYS: readonly string[] = Object.keys(cpiConfigSchema.shape);
