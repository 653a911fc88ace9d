import { LIBVIRT_STEMCELL_FORMATS } from '../../adapters/libvirt/stemcell/libvirtStemcellFormats.js';
import { MEMORY_STEMCELL_FORMATS } from '../../adapters/memory/memoryStemcellFormats.js';
import { VIRTUALBOX_STEMCELL_FORMATS } from '../../adapters/virtualbox/virtualboxStemcellFormats.js';
import type { StemcellFormat } from '../../domain/stemcell/StemcellFormat.js';

/**
 * What `info` answers for each driver. Its own table, importing nothing but constants, so the
 * executable answers `info` without loading zod, the container or any driver (main.ts); a test
 * holds it equal to the formats of DRIVERS.
 */
export const STEMCELL_FORMATS_BY_DRIVER: Readonly<Record<string, readonly StemcellFormat[]>> = {
  libvirt: LIBVIRT_STEMCELL_FORMATS,
  virtualbox: VIRTUALBOX_STEMCELL_FORMATS,
  memory: MEMORY_STEMCELL_FORMATS,
};
