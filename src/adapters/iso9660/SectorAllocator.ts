import { sectorsFor } from './isoFields.js';

/** Hands out consecutive sectors; everything on the volume starts at a sector boundary. */
export class SectorAllocator {
  #next: number;

  constructor(firstFreeSector: number) {
    this.#next = firstFreeSector;
  }

  /** Returns the first sector of a run long enough for `byteLength` (at least one sector). */
  allocate(byteLength: number): number {
    const first = this.#next;
    this.#next += Math.max(1, sectorsFor(byteLength));
    return first;
  }

  /** Sectors used so far, i.e. the volume size once everything is placed. */
  get used(): number {
    return this.#next;
  }
}
