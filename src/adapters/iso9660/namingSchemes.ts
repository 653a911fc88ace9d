import { assignLevel1Identifiers } from './assignLevel1Identifiers.js';
import type { NamingScheme } from './describeHierarchy.js';
import { encodeAscii, encodeUcs2BigEndian } from './isoFields.js';

/** The primary tree: level-1 names in d-characters (Rock Ridge adds the real names beside them). */
export const level1Naming: NamingScheme = {
  identifiersOf: assignLevel1Identifiers,
  encode: encodeAscii,
};

/**
 * The Joliet tree: real names in UCS-2, unique already (the tree builder saw to that). Without a
 * ";1" version suffix, as genisoimage writes them: isoinfo shows Joliet names raw, and Linux and
 * Windows read both forms.
 */
export const jolietNaming: NamingScheme = {
  identifiersOf: (siblings) => new Map(siblings.map((node) => [node, node.name])),
  encode: encodeUcs2BigEndian,
};
