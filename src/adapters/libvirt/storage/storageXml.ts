import { renderXml } from '../xml/renderXml.js';
import { el } from '../xml/XmlNode.js';

/** A volume of `capacityBytes` (sparse: nothing is allocated up front). */
export function volumeXml(name: string, capacityBytes: number, format: 'qcow2' | 'raw'): string {
  return renderXml(
    el(
      'volume',
      {},
      el('name', {}, name),
      el('capacity', { unit: 'bytes' }, String(capacityBytes)),
      el('allocation', { unit: 'bytes' }, '0'),
      el('target', {}, el('format', { type: format }), format === 'qcow2' && el('compat', {}, '1.1')),
    ),
  );
}

/**
 * A copy-on-write qcow2 overlay whose backing file is `backingPath` (docs/design.md D4): created in
 * constant time whatever the size of the stemcell. The backing format is always stated, so
 * QEMU never probes it (a probed raw image could claim to be anything).
 */
export function overlayVolumeXml(name: string, capacityBytes: number, backingPath: string, backingFormat: 'qcow2' | 'raw'): string {
  return renderXml(
    el(
      'volume',
      {},
      el('name', {}, name),
      el('capacity', { unit: 'bytes' }, String(capacityBytes)),
      el('allocation', { unit: 'bytes' }, '0'),
      el('target', {}, el('format', { type: 'qcow2' }), el('compat', {}, '1.1')),
      el('backingStore', {}, el('path', {}, backingPath), el('format', { type: backingFormat })),
    ),
  );
}

/** A directory pool: the simplest kind that holds files of any format, local or remote. */
export function dirPoolXml(name: string, targetPath: string): string {
  return renderXml(el('pool', { type: 'dir' }, el('name', {}, name), el('target', {}, el('path', {}, targetPath))));
}
