/**
 * The two date formats of ISO 9660, both written in UTC (offset byte 0) so that an image built
 * from the same input is the same byte for byte wherever it is built.
 */

/** ECMA-119 §9.1.5: 7 bytes in directory records: years since 1900, month, day, h, min, s, offset. */
export function directoryRecordDate(date: Date): Uint8Array {
  return Uint8Array.of(
    date.getUTCFullYear() - 1900,
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    0,
  );
}

/** ECMA-119 §8.4.26.1: 17 bytes in volume descriptors: "YYYYMMDDHHMMSScc" in digits, then offset. */
export function volumeDescriptorDate(date: Date | undefined): Uint8Array {
  const bytes = new Uint8Array(17);
  // An unspecified date is sixteen '0' digits and a zero offset.
  const digits =
    date === undefined
      ? '0'.repeat(16)
      : [
          date.getUTCFullYear().toString().padStart(4, '0'),
          ...[date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()].map(twoDigits),
          twoDigits(date.getUTCSeconds()),
          twoDigits(Math.floor(date.getUTCMilliseconds() / 10)),
        ].join('');
  for (let i = 0; i < 16; i++) bytes[i] = digits.charCodeAt(i);
  return bytes;
}

function twoDigits(value: number): string {
  return value.toString().padStart(2, '0');
}
