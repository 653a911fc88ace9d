import type { StemcellFormat } from '../../domain/stemcell/StemcellFormat.js';

export interface CpiInfo {
  readonly api_version: 2;
  readonly stemcell_formats: StemcellFormat[];
}

/**
 * The answer to `info` for a driver's formats. The one definition both the Info use case and
 * the executable's quick path (answerInfoQuickly) answer with; it imports nothing, so the
 * quick path stays light.
 */
export function cpiInfo(formats: readonly StemcellFormat[]): CpiInfo {
  return { api_version: 2, stemcell_formats: [...formats] };
}
