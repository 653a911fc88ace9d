import * as z from 'zod/mini';
import {
  DRIVER_CONFIG_SCHEMAS,
  DRIVER_NAMES,
  type DriverConfigInputs,
  type DriverConfigs,
  type DriverName,
} from '../container/driverConfigSchemas.js';

/** What every VM's agent settings get from the CPI (docs/cpi-protocol.md §7.1). */
export const agentConfigSchema = z.strictObject({
  /** The agent's message bus: nats://… for a director, https://mbus:…@0.0.0.0:6868 for create-env. */
  mbus: z._default(z.string(), ''),
  ntp: z._default(z.array(z.string()), []),
  blobstore: z.optional(
    z.strictObject({ provider: z.string().check(z.minLength(1)), options: z._default(z.record(z.string(), z.unknown()), {}) }),
  ),
});
export type AgentConfig = z.output<typeof agentConfigSchema>;

/** Cross-process file locks (docs/design.md D7). */
export const locksConfigSchema = z.strictObject({
  /** Default: <os tmpdir>/bosh-libvirt-cpi-locks. */
  dir: z.optional(z.string().check(z.minLength(1))),
  /** Seconds a call waits for a lock held by another call. */
  timeout_s: z._default(z.number().check(z.positive()), 300),
});
export type LocksConfig = z.output<typeof locksConfigSchema>;

/** Each driver's section, `{}` when absent (every key of a section has a default). */
function sectionsWithDefaults<T extends Readonly<Record<string, z.ZodMiniType>>>(schemas: T): { [K in keyof T]: z.ZodMiniPrefault<T[K]> } {
  // Widened to ZodMiniType inside: the union of the sections' input types is not one type.
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, z.prefault(schema as z.ZodMiniType, {} as never)])) as {
    [K in keyof T]: z.ZodMiniPrefault<T[K]>;
  };
}
const driverSections = sectionsWithDefaults(DRIVER_CONFIG_SCHEMAS);

/** cpi.json. The smallest valid file is {"driver":"memory"}; unknown keys are refused (typos). */
export const cpiConfigSchema = z.strictObject({
  driver: z.enum(DRIVER_NAMES),
  agent: z.prefault(agentConfigSchema, {}),
  locks: z.prefault(locksConfigSchema, {}),
  ...driverSections,
});

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
