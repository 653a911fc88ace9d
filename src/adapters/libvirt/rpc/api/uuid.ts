/** libvirt's 16-byte UUID as the usual 8-4-4-4-12 hex text. */
export function formatUuid(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Accepts the text form (dashes optional) or the 16 raw bytes. */
export function parseUuid(uuid: string | Buffer): Buffer {
  if (Buffer.isBuffer(uuid)) {
    if (uuid.length !== 16) throw new Error(`a UUID has 16 bytes, got ${uuid.length}`);
    return uuid;
  }
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  return Buffer.from(hex, 'hex');
}
