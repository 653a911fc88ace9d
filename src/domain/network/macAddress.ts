import { failure } from '../errors/DomainError.js';

/**
 * QEMU's own locally administered prefix: libvirt and VirtualBox both accept it, and the agent
 * compares MACs with the lowercase, colon-separated form of /sys/class/net/<nic>/address.
 */
export const MAC_PREFIX = '52:54:00';
const MAC_PATTERN = /^52:54:00(:[0-9a-f]{2}){3}$/;

export function isOurMac(value: string): boolean {
  return MAC_PATTERN.test(value);
}

/** A MAC from six hex digits of randomness (IdGenerator.hex(6)). */
export function macFromHex(hex: string): string {
  if (!/^[0-9a-f]{6}$/.test(hex))
    throw failure('infrastructure', `MAC randomness must be 6 lowercase hex digits, got ${JSON.stringify(hex)}`);
  return `${MAC_PREFIX}:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}`;
}
