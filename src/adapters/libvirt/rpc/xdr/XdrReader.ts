import { XdrError } from './XdrError.js';

/** Reads XDR primitives from a buffer, checking every read against its end. */
export class XdrReader {
  private offset: number;

  constructor(
    private readonly buffer: Buffer,
    startOffset = 0,
  ) {
    this.offset = startOffset;
  }

  get position(): number {
    return this.offset;
  }

  get remaining(): number {
    return this.buffer.length - this.offset;
  }

  int(): number {
    this.need(4);
    const value = this.buffer.readInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  uint(): number {
    this.need(4);
    const value = this.buffer.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  hyper(): bigint {
    this.need(8);
    const value = this.buffer.readBigInt64BE(this.offset);
    this.offset += 8;
    return value;
  }

  uhyper(): bigint {
    this.need(8);
    const value = this.buffer.readBigUInt64BE(this.offset);
    this.offset += 8;
    return value;
  }

  float(): number {
    this.need(4);
    const value = this.buffer.readFloatBE(this.offset);
    this.offset += 4;
    return value;
  }

  double(): number {
    this.need(8);
    const value = this.buffer.readDoubleBE(this.offset);
    this.offset += 8;
    return value;
  }

  bool(): boolean {
    const value = this.uint();
    if (value > 1) throw new XdrError(`bad boolean ${value}`);
    return value === 1;
  }

  /** A copy of `length` bytes, skipping the padding after them. */
  fixedOpaque(length: number): Buffer {
    const padded = length + ((4 - (length % 4)) % 4);
    this.need(padded);
    const data = Buffer.from(this.buffer.subarray(this.offset, this.offset + length));
    this.offset += padded;
    return data;
  }

  varOpaque(max?: number): Buffer {
    return this.fixedOpaque(this.length(max));
  }

  string(max?: number): string {
    const length = this.length(max);
    const padded = length + ((4 - (length % 4)) % 4);
    this.need(padded);
    const value = this.buffer.toString('utf8', this.offset, this.offset + length);
    this.offset += padded;
    return value;
  }

  /** A length prefix, checked against the declared bound and the bytes left. */
  length(max?: number): number {
    const length = this.uint();
    if (max !== undefined && length > max) throw new XdrError(`length ${length} exceeds bound ${max}`);
    if (length > this.remaining) throw new XdrError(`length ${length} exceeds the ${this.remaining} bytes left`);
    return length;
  }

  private need(bytes: number): void {
    if (this.offset + bytes > this.buffer.length) {
      throw new XdrError(`truncated data: need ${bytes} bytes at offset ${this.offset} of ${this.buffer.length}`);
    }
  }
}
