import { XdrError } from './XdrError.js';

const PADDING = Buffer.alloc(4);

/** Appends XDR primitives to a growing buffer (big-endian, 4-byte aligned). */
export class XdrWriter {
  private buffer: Buffer;
  private offset: number;

  constructor(initialSize = 256, startOffset = 0) {
    this.buffer = Buffer.allocUnsafe(Math.max(initialSize, startOffset + 16));
    this.offset = startOffset;
  }

  get length(): number {
    return this.offset;
  }

  /** The bytes written so far (a view, not a copy). */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.offset);
  }

  int(value: number): void {
    if (!Number.isInteger(value) || value < -0x80000000 || value > 0x7fffffff) {
      throw new XdrError(`not a 32-bit signed integer: ${value}`);
    }
    this.ensure(4);
    this.buffer.writeInt32BE(value, this.offset);
    this.offset += 4;
  }

  uint(value: number): void {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
      throw new XdrError(`not a 32-bit unsigned integer: ${value}`);
    }
    this.ensure(4);
    this.buffer.writeUInt32BE(value, this.offset);
    this.offset += 4;
  }

  hyper(value: bigint): void {
    if (typeof value !== 'bigint' || value < -(2n ** 63n) || value >= 2n ** 63n) {
      throw new XdrError(`not a 64-bit signed integer (bigint): ${String(value)}`);
    }
    this.ensure(8);
    this.buffer.writeBigInt64BE(value, this.offset);
    this.offset += 8;
  }

  uhyper(value: bigint): void {
    if (typeof value !== 'bigint' || value < 0n || value >= 2n ** 64n) {
      throw new XdrError(`not a 64-bit unsigned integer (bigint): ${String(value)}`);
    }
    this.ensure(8);
    this.buffer.writeBigUInt64BE(value, this.offset);
    this.offset += 8;
  }

  float(value: number): void {
    this.ensure(4);
    this.buffer.writeFloatBE(value, this.offset);
    this.offset += 4;
  }

  double(value: number): void {
    this.ensure(8);
    this.buffer.writeDoubleBE(value, this.offset);
    this.offset += 8;
  }

  bool(value: boolean): void {
    if (typeof value !== 'boolean') throw new XdrError(`not a boolean: ${String(value)}`);
    this.uint(value ? 1 : 0);
  }

  /** Bytes followed by zero padding to a multiple of four; no length prefix. */
  fixedOpaque(data: Uint8Array): void {
    const pad = (4 - (data.length % 4)) % 4;
    this.ensure(data.length + pad);
    this.buffer.set(data, this.offset);
    this.offset += data.length;
    if (pad > 0) {
      PADDING.copy(this.buffer, this.offset, 0, pad);
      this.offset += pad;
    }
  }

  varOpaque(data: Uint8Array): void {
    this.uint(data.length);
    this.fixedOpaque(data);
  }

  string(value: string): void {
    if (typeof value !== 'string') throw new XdrError(`not a string: ${String(value)}`);
    const length = Buffer.byteLength(value, 'utf8');
    this.uint(length);
    const pad = (4 - (length % 4)) % 4;
    this.ensure(length + pad);
    this.buffer.write(value, this.offset, 'utf8');
    this.offset += length;
    if (pad > 0) {
      PADDING.copy(this.buffer, this.offset, 0, pad);
      this.offset += pad;
    }
  }

  private ensure(extra: number): void {
    const needed = this.offset + extra;
    if (needed <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < needed) size *= 2;
    const grown = Buffer.allocUnsafe(size);
    this.buffer.copy(grown, 0, 0, this.offset);
    this.buffer = grown;
  }
}
