import { type ErrorKind, failure } from '../errors/DomainError.js';
import { type Cid, type CidKind, isCid } from './Cid.js';

/**
 * A string a caller gave where a CID belongs that is no CID this CPI makes. It names nothing
 * this CPI made (it may come from another CPI the deployment used before), so it is "not
 * found" rather than a malformed request, and it never reaches a driver, a path or XML: it
 * is kept only to be named in messages.
 */
export class ForeignCid<K extends CidKind> {
  constructor(
    readonly kind: K,
    readonly text: string,
  ) {}
}

/** A CID argument as it arrived: one of ours, or a foreign string. Told apart once, at the boundary. */
export type GivenCid<K extends CidKind> = Cid<K> | ForeignCid<K>;

export function givenCid<K extends CidKind>(kind: K, value: string): GivenCid<K> {
  return isCid(kind, value) ? value : new ForeignCid(kind, value);
}

/** Ours, or `undefined` for a foreign one. */
export function ourCidOrUndefined<K extends CidKind>(given: GivenCid<K> | null | undefined): Cid<K> | undefined {
  return given instanceof ForeignCid || given === null ? undefined : given;
}

/** Ours, or the `notFound` failure that names the foreign string. */
export function ourCid<K extends CidKind>(given: GivenCid<K>, notFound: ErrorKind): Cid<K> {
  if (!(given instanceof ForeignCid)) return given;
  throw failure(notFound, `${given.kind} ${showCid(given)} does not exist: it is not a CID this CPI makes`);
}

/** The CID as the caller wrote it, quoted and shortened, for messages. */
export function showCid(given: GivenCid<CidKind>): string {
  const text = given instanceof ForeignCid ? given.text : given;
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}
