import type { IsoNode } from './buildIsoTree.js';
import { concatBytes } from './isoFields.js';
import {
  RockRidgeFlag,
  alternateName,
  continuationArea,
  posixAttributes,
  rockRidgeFlags,
  sharingProtocolIndicator,
} from './suspEntries.js';

// Read-only for everyone: the medium is read-only anyway, and the agent reads it as root.
const DIRECTORY_MODE = 0o040555;
const FILE_MODE = 0o100444;

/** Where the root's continuation area (holding the "ER" entry) lives. */
export interface ContinuationArea {
  readonly extent: number;
  readonly length: number;
}

/** System Use field of an entry named in its directory: mode and its real name. */
export function namedEntrySystemUse(node: IsoNode): Uint8Array {
  return concatBytes([
    rockRidgeFlags(RockRidgeFlag.posixAttributes | RockRidgeFlag.alternateName),
    posixEntry(node),
    alternateName(node.name),
  ]);
}

/**
 * System Use field of a "." or ".." record: its mode only. The root's "." record must also open
 * with "SP" (SUSP §5.3) and point, through "CE", to the "ER" that declares Rock Ridge.
 */
export function selfOrParentSystemUse(directory: IsoNode, rootContinuation?: ContinuationArea): Uint8Array {
  const attributes = [rockRidgeFlags(RockRidgeFlag.posixAttributes), posixEntry(directory)];
  if (rootContinuation === undefined) return concatBytes(attributes);
  return concatBytes([sharingProtocolIndicator(), ...attributes, continuationArea(rootContinuation.extent, 0, rootContinuation.length)]);
}

function posixEntry(node: IsoNode): Uint8Array {
  if (node.kind === 'file') return posixAttributes(FILE_MODE, 1);
  // A directory is linked from its parent, from its own ".", and from each subdirectory's "..".
  const subdirectories = node.children.filter((child) => child.kind === 'directory').length;
  return posixAttributes(DIRECTORY_MODE, 2 + subdirectories);
}
