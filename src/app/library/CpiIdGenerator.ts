/**
 * Randomness for CIDs and MACs (createCpi's `idGenerator`), exported as `IdGenerator`; the
 * IdGenerator port's shape, declared apart from the port's inversify token (see CpiLogger).
 */
export interface CpiIdGenerator {
  /** `length` lowercase hex digits. */
  hex(length: number): string;
}
