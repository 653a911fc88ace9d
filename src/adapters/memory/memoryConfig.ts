import type { ServiceIdentifier } from 'inversify';
import { z } from 'zod';

/** The `memory` section of cpi.json; in a file of its own so that validating cpi.json does not load the driver. */
export const memoryConfigSchema = z
  .object({
    /** Keep the state in this JSON file (one process per call); without it, state lives in the process. */
    state_file: z.string().min(1).optional(),
    /** Host networks that exist; without the list, every network exists. */
    networks: z.array(z.string().min(1)).optional(),
    /** Seconds a call waits for another process holding the state file. */
    lock_timeout_s: z.number().positive().default(60),
  })
  .strict();
export type MemoryConfig = z.output<typeof memoryConfigSchema>;
/** The section, for the driver's classes that read it. */
export const MemoryConfigToken: ServiceIdentifier<MemoryConfig> = Symbol.for('bosh-libvirt-cpi.memory.Config');
