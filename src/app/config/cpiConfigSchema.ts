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

/**
 * cpi.json, as a schema that builds the sections `built` (the others must be absent). Every
 * section given is validated; the configured driver's is filled in with its defaults when the
 * file leaves it out (every key of a section has one, so `{}` is a valid section); a section of
 * another driver that the file leaves out stays out: nothing reads it, and building a schema
 * costs a one-call process time (docs/design.md D12). Unknown keys are refused (typos).
 */
function cpiConfigSchemaBuilding(built: readonly DriverName[]) {
  const sections = Object.fromEntries(
    DRIVER_NAMES.map((name) => [
      name,
      built.includes(name) ? z.optional(DRIVER_CONFIG_SCHEMAS[name]() as z.ZodMiniType) : z.optional(z.never()),
    ]),
  );
  return z.pipe(
    z.strictObject({
      driver: z.enum(DRIVER_NAMES),
      agent: z.prefault(agentConfigSchema, {}),
      locks: z.prefault(locksConfigSchema, {}),
      ...sections,
    }),
    z.transform((config): CpiConfig => {
      // The sections' types are not one type; the declared CpiConfig is what this makes.
      const sections = config as unknown as Partial<Record<DriverName, unknown>>;
      if (sections[config.driver] !== undefined) return config as unknown as CpiConfig;
      return { ...config, [config.driver]: DRIVER_CONFIG_SCHEMAS[config.driver]().parse({}, { jitless: true }) } as unknown as CpiConfig;
    }),
  );
}
type CpiConfigSchema = ReturnType<typeof cpiConfigSchemaBuilding>;

const schemasBuilding = new Map<string, CpiConfigSchema>();
/** The schema for a file that gives the sections `given` and configures `driver`, built once per such pair. */
export function cpiConfigSchemaFor(given: readonly DriverName[], driver?: DriverName): CpiConfigSchema {
  const built = DRIVER_NAMES.filter((name) => given.includes(name) || name === driver);
  const key = built.join(',');
  let schema = schemasBuilding.get(key);
  if (!schema) {
    schema = cpiConfigSchemaBuilding(built);
    schemasBuilding.set(key, schema);
  }
  return schema;
}

/** cpi.json, every driver's section built: the schema the package exports. The smallest valid file is {"driver":"memory"}. */
export function cpiConfigSchema(): CpiConfigSchema {
  return cpiConfigSchemaFor(DRIVER_NAMES);
}

/**
 * A validated cpi.json, one type per driver (`config.driver` tells them apart): the configured
 * driver's section is always there, another driver's only when the file gives it.
 */
export type CpiConfig<D extends DriverName = DriverName> = D extends DriverName
  ? { readonly driver: D; readonly agent: AgentConfig; readonly locks: LocksConfig } & { readonly [K in D]: DriverConfigs[K] } & {
      readonly [K in Exclude<DriverName, D>]?: DriverConfigs[K];
    }
  : never;

/** The section of the configured driver, defaults filled in. */
export function configuredSection<D extends DriverName>(config: CpiConfig<D>): DriverConfigs[D] {
  return (config as unknown as Record<DriverName, DriverConfigs[D]>)[config.driver];
}

/** What a library user may pass to createCpi: cpi.json as written, defaults not yet applied. */
export type CpiConfigInput = {
  readonly driver: DriverName;
  readonly agent?: z.input<typeof agentConfigSchema>;
  readonly locks?: z.input<typeof locksConfigSchema>;
} & { readonly [K in DriverName]?: DriverConfigInputs[K] };

/** The top-level keys; the director's request context may override any of them. */
export const CPI_CONFIG_KEYS: readonly string[] = ['driver', 'agent', 'locks', ...DRIVER_NAMES];
