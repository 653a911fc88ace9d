import { STEMCELL_FORMATS, type StemcellFormat } from '../../domain/stemcell/StemcellFormat.js';

/** The memory driver pretends to run every image the project understands. */
export const MEMORY_STEMCELL_FORMATS: readonly StemcellFormat[] = STEMCELL_FORMATS;
