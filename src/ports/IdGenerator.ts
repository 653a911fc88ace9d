import type { ServiceIdentifier } from 'inversify';

/** Randomness for CIDs and MACs, injectable for deterministic tests. */
export interface IdGenerator {
  /** `length` lowercase hex digits. */
  hex(length: number): string;
}
export const IdGenerator: ServiceIdentifier<IdGenerator> = Symbol.for('bosh-libvirt-cpi.IdGenerator');
