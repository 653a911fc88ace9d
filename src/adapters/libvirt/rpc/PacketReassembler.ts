import { LibvirtConnectionError } from './LibvirtError.js';
import { PACKET_MAX, PACKET_PREFIX, parsePacket, type Packet } from './Packet.js';

/**
 * Cuts a byte stream into packets. Chunks from the socket may hold part of a packet, several
 * packets, or both; bytes are only copied when a packet spans chunks.
 */
export class PacketReassembler {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private expected = -1;

  /** Feeds received bytes; returns the packets they complete, in order. */
  push(chunk: Buffer): Packet[] {
    const packets: Packet[] = [];
    if (chunk.length > 0) {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
    }
    for (;;) {
      if (this.expected < 0) {
        if (this.buffered < 4) break;
        this.expected = this.peekLength();
        if (this.expected < PACKET_PREFIX || this.expected > PACKET_MAX) {
          throw new LibvirtConnectionError('protocol', `bad packet length ${this.expected}`);
        }
      }
      if (this.buffered < this.expected) break;
      const bytes = this.take(this.expected);
      this.expected = -1;
      packets.push(parsePacket(bytes.subarray(4)));
    }
    return packets;
  }

  /** Bytes received but not yet part of a whole packet. */
  get pendingBytes(): number {
    return this.buffered;
  }

  private peekLength(): number {
    const first = this.chunks[0]!;
    if (first.length >= 4) return first.readUInt32BE(0);
    const head = Buffer.concat(this.chunks, Math.min(this.buffered, 8));
    return head.readUInt32BE(0);
  }

  private take(length: number): Buffer {
    const first = this.chunks[0]!;
    this.buffered -= length;
    if (first.length >= length) {
      if (first.length === length) this.chunks.shift();
      else this.chunks[0] = first.subarray(length);
      return first.subarray(0, length);
    }
    const out = Buffer.allocUnsafe(length);
    let filled = 0;
    while (filled < length) {
      const chunk = this.chunks[0]!;
      const want = length - filled;
      if (chunk.length <= want) {
        chunk.copy(out, filled);
        filled += chunk.length;
        this.chunks.shift();
      } else {
        chunk.copy(out, filled, 0, want);
        this.chunks[0] = chunk.subarray(want);
        filled += want;
      }
    }
    return out;
  }
}
