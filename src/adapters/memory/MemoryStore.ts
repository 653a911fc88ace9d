import type { ServiceIdentifier } from 'inversify';
import type { MemoryState } from './MemoryState.js';

/**
 * Where the in-memory hypervisor keeps its state. `update` is atomic: the change is kept only
 * when `change` returns normally, so a call that throws leaves the state as it was.
 */
export interface MemoryStore {
  read<T>(query: (state: Readonly<MemoryState>) => T): Promise<T>;
  update<T>(change: (state: MemoryState) => T): Promise<T>;
}
export const MemoryStore: ServiceIdentifier<MemoryStore> = Symbol.for('bosh-libvirt-cpi.memory.MemoryStore');
