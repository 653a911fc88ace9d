import type { ServiceIdentifier } from 'inversify';
import * as z from 'zod/mini';

/**
 * The `memory` section of cpi.json; in a file of its own so that validating cpi.json does not
 * load the driver. Built on first use, once (docs/design.md D12).
 */
export function memoryConfigSchema() {
  built ??= buildMemoryConfigSchema();
  return built;
}
let built: ReturnType<typeof buildMemoryConfigSchema> | undefined;

const buildMemoryConfigSchema = () =>
  z.strictObject({
    /** Keep the state in this JSON file (one process per call); without it, state lives in the process. */
    state_file: z.optional(z.string().check(z.minLength(1))),
    /** Host networks that exist; without the list, every network exists. */
    networks: z.optional(z.array(z.string().check(z.minLength(1)))),
    /** Seconds a call waits for another process holding the state file. */
    lock_timeout_s: z._default(z.number().check(z.positive()), 60),
  });
export type MemoryConfig = z.output<ReturnType<typeof memoryConfigSchema>>;
/** The section, for the driver's classes that read it. */
export const MemoryConfigToken: ServiceIdentifier<MemoryConfig> = Symbol.for('bosh-libvirt-cpi.memory.Config');
