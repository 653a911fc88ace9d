import { IsoImageError } from './IsoImageError.js';

/** One file of an image: a slash-separated path (directories are implied) and its bytes. */
export interface IsoFile {
  readonly path: string;
  readonly content: Uint8Array;
}

export interface IsoFileNode {
  readonly kind: 'file';
  readonly name: string;
  readonly content: Uint8Array;
}

export interface IsoDirectoryNode {
  readonly kind: 'directory';
  readonly name: string;
  readonly children: IsoNode[];
}

export type IsoNode = IsoFileNode | IsoDirectoryNode;

/** Joliet names end at 64 UCS-2 characters; the same bound keeps Rock Ridge names in one record. */
export const MAX_NAME_LENGTH = 64;
/** ECMA-119 §6.8.2.1: at most 8 directory levels, the root being the first. */
export const MAX_DIRECTORY_DEPTH = 7;

// Characters every naming scheme carries unchanged (Joliet forbids * / : ; ? \, Linux's Joliet
// reader drops trailing dots, and a settings medium has no use for anything exotic).
const NAME_PATTERN = /^[A-Za-z0-9._+=,@~-]+$/;

/**
 * Turns a flat list of files into a directory tree, rejecting anything the three naming schemes
 * (plain ISO 9660, Rock Ridge, Joliet) could not all represent.
 */
export function buildIsoTree(files: readonly IsoFile[]): IsoDirectoryNode {
  const root: IsoDirectoryNode = { kind: 'directory', name: '', children: [] };
  for (const file of files) {
    const names = splitPath(file.path);
    const directory = names.slice(0, -1).reduce((parent, name) => childDirectory(parent, name, file.path), root);
    const fileName = names[names.length - 1]!;
    if (directory.children.some((child) => child.name === fileName)) {
      throw new IsoImageError(`ISO image: path "${file.path}" is given twice or is also a directory`);
    }
    directory.children.push({ kind: 'file', name: fileName, content: file.content });
  }
  return root;
}

function splitPath(path: string): string[] {
  const names = path.split('/');
  if (names.length - 1 > MAX_DIRECTORY_DEPTH) {
    throw new IsoImageError(`ISO image: path "${path}" is deeper than ${MAX_DIRECTORY_DEPTH} directories`);
  }
  for (const name of names) {
    if (!NAME_PATTERN.test(name) || name === '.' || name === '..' || name.endsWith('.')) {
      throw new IsoImageError(`ISO image: "${name}" in path "${path}" is not a valid name (${NAME_PATTERN.source}, no trailing dot)`);
    }
    if (name.length > MAX_NAME_LENGTH) {
      throw new IsoImageError(`ISO image: "${name}" in path "${path}" is longer than ${MAX_NAME_LENGTH} characters`);
    }
  }
  return names;
}

function childDirectory(parent: IsoDirectoryNode, name: string, path: string): IsoDirectoryNode {
  const existing = parent.children.find((child) => child.name === name);
  if (existing === undefined) {
    const created: IsoDirectoryNode = { kind: 'directory', name, children: [] };
    parent.children.push(created);
    return created;
  }
  if (existing.kind === 'file') throw new IsoImageError(`ISO image: "${name}" in path "${path}" is also a file`);
  return existing;
}
