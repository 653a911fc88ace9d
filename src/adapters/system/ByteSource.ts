/**
 * Pulls bytes from an async stream of chunks in the amounts a parser asks for, without
 * copying where it can: a body is handed on as the chunks (or parts of them) it arrived in.
 */
export class ByteSource {
  private readonly iterator: AsyncIterator<Uint8Array>;
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private done = false;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** Exactly `n` bytes, or fewer only at the end of the stream. */
  async read(n: number): Promise<Buffer> {
    while (this.bufferedBytes < n && (await this.pull()));
    const take = Math.min(n, this.bufferedBytes);
    const joined = this.buffered.length === 1 ? this.buffered[0]! : Buffer.concat(this.buffered, this.bufferedBytes);
    this.buffered = joined.length > take ? [joined.subarray(take)] : [];
    this.bufferedBytes -= take;
    return joined.subarray(0, take);
  }

  /** The next `n` bytes as they come; throws when the stream ends first. */
  async *stream(n: number): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      if (this.bufferedBytes === 0 && !(await this.pull())) throw new TruncatedError(`stream ended ${left} bytes early`);
      const chunk = this.buffered.shift()!;
      if (chunk.length <= left) {
        this.bufferedBytes -= chunk.length;
        left -= chunk.length;
        yield chunk;
      } else {
        this.buffered.unshift(chunk.subarray(left));
        this.bufferedBytes -= left;
        const part = chunk.subarray(0, left);
        left = 0;
        yield part;
      }
    }
  }

  async skip(n: number): Promise<void> {
    for await (const _ of this.stream(n));
  }

  /** Stops the underlying stream early (closes the file). */
  async close(): Promise<void> {
    this.buffered = [];
    this.bufferedBytes = 0;
    if (!this.done) {
      this.done = true;
      await this.iterator.return?.();
    }
  }

  private async pull(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.iterator.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    if (chunk.length > 0) {
      this.buffered.push(chunk);
      this.bufferedBytes += chunk.length;
    }
    return true;
  }
}

export class TruncatedError extends Error {
  override readonly name = 'TruncatedError';
}
