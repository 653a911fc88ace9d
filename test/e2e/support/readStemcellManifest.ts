import { readFile } from 'node:fs/promises';

export interface StemcellManifest {
  readonly name: string;
  readonly version: string;
  readonly apiVersion: number | undefined;
  readonly formats: readonly string[];
  /** What the director passes to create_stemcell as its second argument. */
  readonly cloudProperties: Readonly<Record<string, string | number | boolean>>;
}

/**
 * Reads the fields of a stemcell.MF the director uses. The file is YAML, but of the plain shape
 * stemcell builders write (top-level scalars, one list, one map of scalars), so a line reader
 * does; anything else in it is refused rather than misread.
 */
export async function readStemcellManifest(path: string): Promise<StemcellManifest> {
  const top: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  const maps: Record<string, Record<string, string | number | boolean>> = {};
  let section: string | undefined;
  for (const raw of (await readFile(path, 'utf8')).split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line === '' || line === '---' || line.startsWith('#')) continue;
    const item = /^\s*- (.+)$/.exec(line);
    const nested = /^\s+([\w.-]+):\s*(.*)$/.exec(line);
    const topLevel = /^([\w.-]+):\s*(.*)$/.exec(line);
    if (item && section) (lists[section] ??= []).push(scalarText(item[1] as string));
    else if (nested && section) (maps[section] ??= {})[nested[1] as string] = scalar(nested[2] as string);
    else if (topLevel) {
      const [, key, value] = topLevel as unknown as [string, string, string];
      section = value === '' ? key : undefined;
      if (value !== '') top[key] = scalarText(value);
    } else throw new Error(`${path}: cannot read line ${JSON.stringify(line)}`);
  }
  const name = top['name'];
  const version = top['version'];
  if (!name || !version) throw new Error(`${path}: name and version are required`);
  return {
    name,
    version,
    apiVersion: top['api_version'] === undefined ? undefined : Number(top['api_version']),
    formats: lists['stemcell_formats'] ?? [],
    cloudProperties: maps['cloud_properties'] ?? {},
  };
}

function scalarText(value: string): string {
  return value.replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1');
}

/** YAML's plain scalars: numbers and booleans unquoted, everything else a string. */
function scalar(value: string): string | number | boolean {
  if (/^'.*'$|^".*"$/.test(value)) return scalarText(value);
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}
