import type { IsoNode } from './buildIsoTree.js';

/**
 * Gives each entry of one directory a plain ISO 9660 level-1 identifier: upper-case d-characters
 * (A-Z, 0-9, _), 8 characters of name and 3 of extension, and ";1" after files (§7.5, §10.1).
 * These are the names a reader without Rock Ridge or Joliet sees (Linux shows them lower-cased).
 * Mapping loses information, so clashes between siblings are resolved by ending the name part in
 * a counter. Siblings are taken in name order, so the result does not depend on input order.
 */
export function assignLevel1Identifiers(siblings: readonly IsoNode[]): Map<IsoNode, string> {
  const identifiers = new Map<IsoNode, string>();
  const taken = new Set<string>();
  const inNameOrder = [...siblings].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const node of inNameOrder) {
    let attempt = 0;
    let identifier = level1Identifier(node, attempt);
    while (taken.has(identifier)) identifier = level1Identifier(node, ++attempt);
    taken.add(identifier);
    identifiers.set(node, identifier);
  }
  return identifiers;
}

const NAME_WIDTH = 8;
const EXTENSION_WIDTH = 3;

function level1Identifier(node: IsoNode, attempt: number): string {
  // Directory identifiers have no extension (§7.6.1); a dot in a directory name becomes '_'.
  const dot = node.kind === 'file' ? node.name.lastIndexOf('.') : -1;
  const rawName = dot > 0 ? node.name.slice(0, dot) : node.name;
  const rawExtension = dot > 0 ? node.name.slice(dot + 1) : '';
  let name = toDCharacters(rawName).slice(0, NAME_WIDTH) || '_';
  if (attempt > 0) {
    const counter = String(attempt);
    name = name.slice(0, NAME_WIDTH - counter.length) + counter;
  }
  if (node.kind === 'directory') return name;
  // The '.' separator stays even without an extension: "ENV.;1" (§7.5.1).
  return `${name}.${toDCharacters(rawExtension).slice(0, EXTENSION_WIDTH)};1`;
}

function toDCharacters(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}
