import type { ServiceIdentifier } from 'inversify';

/** What a dead creator left behind (one creation, as `cpi doctor` and `cpi cleanup` show it). */
export interface Leftover {
  /** The CID the creation would have answered, and its kind: `vm vm_…`, `stemcell sc_…`. */
  readonly what: string;
  /** The hypervisor objects that remain, by name. */
  readonly objects: readonly string[];
  /** When the creation began (ISO 8601), when known. */
  readonly since?: string;
  /** Why it counts as abandoned: `creator dead`, `lease expired`. */
  readonly reason: string;
  /** Disk space its volumes take on the host. */
  readonly diskBytes: number;
  /** Memory of a guest that still runs; 0 when none does. */
  readonly memoryBytes: number;
}

/**
 * Leftovers of calls that died before they answered (SIGKILL, a daemon that went away during
 * the cleanup). Every create call removes a few by itself; these are for the operator.
 */
export interface Leftovers {
  find(): Promise<Leftover[]>;
  /** Removes every leftover found now; returns what it removed. */
  removeAll(): Promise<Leftover[]>;
}
export const Leftovers: ServiceIdentifier<Leftovers> = Symbol.for('bosh-libvirt-cpi.Leftovers');
