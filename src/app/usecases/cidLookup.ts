import { type Cid, type CidKind, isCid } from '../../domain/cid/Cid.js';
import { type ErrorKind, failure } from '../../domain/errors/DomainError.js';

/**
 * A string that is not one of our CIDs names nothing this CPI made (it may come from another
 * CPI the deployment used before), so it is "not found" rather than a malformed request, and it
 * never reaches a driver, a path or XML.
 */
export function existingCid<K extends CidKind>(kind: K, value: string, notFound: ErrorKind): Cid<K> {
  if (isCid(kind, value)) return value;
  throw failure(notFound, `${kind} ${show(value)} does not exist: it is not a CID this CPI makes`);
}

export function cidOrUndefined<K extends CidKind>(kind: K, value: string | null | undefined): Cid<K> | undefined {
  return isCid(kind, value) ? value : undefined;
}

export function show(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}
