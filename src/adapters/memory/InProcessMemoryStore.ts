import { emptyMemoryState, type MemoryState } from './MemoryState.js';
import type { MemoryStore } from './MemoryStore.js';

/** State held by this process only: the default, for tests that drive the library API. */
export class InProcessMemoryStore implements MemoryStore {
  private state: MemoryState = emptyMemoryState();

  async read<T>(query: (state: Readonly<MemoryState>) => T): Promise<T> {
    return query(structuredClone(this.state));
  }

  async update<T>(change: (state: MemoryState) => T): Promise<T> {
    const draft = structuredClone(this.state);
    const result = change(draft);
    this.state = draft;
    return result;
  }
}
