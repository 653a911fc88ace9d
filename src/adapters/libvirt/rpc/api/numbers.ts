/**
 * A 64-bit protocol value as a number, for quantities that fit (bytes of a disk, KiB of memory:
 * under 2^53 means under 8 PiB). Throws rather than silently losing precision.
 */
export function toSafeNumber(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`${what} ${value} does not fit a JavaScript number`);
  }
  return Number(value);
}

/** Accepts a number (a non-negative integer) or a bigint for a 64-bit unsigned argument. */
export function toUint64(value: number | bigint, what: string): bigint {
  if (typeof value === 'bigint') {
    if (value < 0n) throw new RangeError(`${what} must not be negative`);
    return value;
  }
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a non-negative integer`);
  return BigInt(value);
}
