/** Input an ISO 9660 image cannot hold (bad name, too deep, too big). A programming error upstream. */
export class IsoImageError extends Error {
  override readonly name = 'IsoImageError';
}
