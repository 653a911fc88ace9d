import { failure } from '../errors/DomainError.js';

/**
 * CIDs are ours to choose, so they are chosen to be safe everywhere they travel: a prefix
 * naming the kind, an underscore and 24 lowercase hex digits. No character of a path, a shell,
 * XML or a libvirt name is special in them, and there is no dash: the agent's `scsi` rule globs
 * a hint's id with its dashes removed. A disk CID is at least 20 characters because the agent's
 * `virtio` rule finds `/dev/disk/by-id/*<first 20 characters of the CID>`; drivers therefore
 * give a persistent disk the serial `cid.slice(0, 20)` (see domain/disk/persistentDiskHint).
 */
export const CID_KINDS = { stemcell: 'sc', vm: 'vm', disk: 'disk', snapshot: 'snap' } as const;
export type CidKind = keyof typeof CID_KINDS;

declare const brand: unique symbol;
export type Cid<K extends CidKind> = string & { readonly [brand]: K };
export type StemcellCid = Cid<'stemcell'>;
export type VmCid = Cid<'vm'>;
export type DiskCid = Cid<'disk'>;
export type SnapshotCid = Cid<'snapshot'>;

export const CID_HEX_LENGTH = 24;
const PATTERNS: Record<CidKind, RegExp> = Object.fromEntries(
  Object.entries(CID_KINDS).map(([kind, prefix]) => [kind, new RegExp(`^${prefix}_[0-9a-f]{${CID_HEX_LENGTH}}$`)]),
) as Record<CidKind, RegExp>;

export function isCid<K extends CidKind>(kind: K, value: unknown): value is Cid<K> {
  return typeof value === 'string' && PATTERNS[kind].test(value);
}

/** Checks a CID that came from outside; the message names the bad value (shortened, printable). */
export function parseCid<K extends CidKind>(kind: K, value: unknown): Cid<K> {
  if (isCid(kind, value)) return value;
  const shown = JSON.stringify(typeof value === 'string' ? value.slice(0, 80) : value) ?? String(value);
  throw failure('invalid_request', `invalid ${kind} CID ${shown}: expected '${CID_KINDS[kind]}_' and ${CID_HEX_LENGTH} lowercase hex digits`);
}

/** Makes a CID from random hex digits supplied by the IdGenerator port. */
export function makeCid<K extends CidKind>(kind: K, hex: string): Cid<K> {
  return parseCid(kind, `${CID_KINDS[kind]}_${hex}`);
}
