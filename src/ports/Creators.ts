import type { ServiceIdentifier } from 'inversify';

/**
 * What a later call can know about the process that began a creation: `alive` and `dead` come
 * from a record on this host (the creator's process); `unknown` means there is no such record
 * here (a creator on another host, or a lock folder that was wiped), and the caller falls back
 * to the creation's lease.
 */
export type CreatorState = 'alive' | 'dead' | 'unknown';

/**
 * Creators of hypervisor objects, recognisable after a crash. `begin` records this process as
 * the creator of a new creation and returns its id; the record lasts until `end`. A process
 * killed on the way never calls `end`: its record stays and says `dead`, and a later call
 * removes what it was creating.
 */
export interface Creators {
  /** A new creation id, `<start epoch seconds>-<random hex>`, recorded as created by this process. */
  begin(): Promise<string>;
  /** Forgets the record of a creation; missing is fine. */
  end(creationId: string): Promise<void>;
  state(creationId: string): Promise<CreatorState>;
  /** Creation ids recorded on this host whose creator is dead, at most `limit`. */
  deadRecords(limit: number): Promise<string[]>;
}
export const Creators: ServiceIdentifier<Creators> = Symbol.for('bosh-libvirt-cpi.Creators');

/** When the creation began, from its id (seconds since the epoch); undefined for a malformed id. */
export function creationStartSeconds(creationId: string): number | undefined {
  const match = /^(\d{1,12})-[0-9a-f]{8,32}$/.exec(creationId);
  return match ? Number(match[1]) : undefined;
}
