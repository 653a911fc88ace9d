import { failure } from '../errors/DomainError.js';
import type { StemcellImageKind } from './StemcellFormat.js';

/**
 * Decides what a stemcell's `image` holds from the names inside it (its tar listing), never
 * from stemcell.MF, which only says what the builder meant to produce:
 * - `root.img` at the top: an OpenStack image (qcow2 or raw);
 * - an `.ovf` descriptor and a `.vmdk` disk at the top: a vSphere OVF bundle.
 * Anything else is refused, naming what was found, so a wrong upload fails at create_stemcell
 * rather than as a VM that never boots.
 */
export function recogniseStemcellImage(entryNames: readonly string[], imageDescription = 'the stemcell image'): StemcellImageKind {
  const topLevel = entryNames.map(normaliseEntryName).filter((name) => name !== '' && !name.includes('/'));
  if (topLevel.includes('root.img')) return 'openstack';
  const hasOvf = topLevel.some((name) => name.toLowerCase().endsWith('.ovf'));
  const hasVmdk = topLevel.some((name) => name.toLowerCase().endsWith('.vmdk'));
  if (hasOvf && hasVmdk) return 'vsphere';
  throw failure(
    'invalid_request',
    `${imageDescription} is neither an OpenStack image (root.img) nor a vSphere OVF bundle (*.ovf and *.vmdk); it holds ${describe(entryNames)}`,
  );
}

/** Tar listings often say `./root.img`, and directories end with a slash. */
function normaliseEntryName(name: string): string {
  return name.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
}

function describe(entryNames: readonly string[]): string {
  if (entryNames.length === 0) return 'no files';
  const shown = entryNames.slice(0, 10).map((name) => JSON.stringify(name.slice(0, 100)));
  const more = entryNames.length > shown.length ? ` and ${entryNames.length - shown.length} more` : '';
  return `${shown.join(', ')}${more}`;
}
