import type { Writable } from 'node:stream';
import { LibvirtConnectionError } from './LibvirtError.js';
import { MessageStatus, MessageType, type Packet, type PacketHeader } from './Packet.js';

/** What a stream needs from its connection. */
export interface StreamHost {
  /**
   * Sends one packet; `onFlushed` runs once the payload has been handed to the kernel (so its
   * buffer may be reused). Returns false when the transport's buffer is above its mark.
   */
  writePacket(header: PacketHeader, payload: Buffer | null, onFlushed?: () => void): boolean;
  /** Bytes written but not yet handed to the kernel. */
  bufferedBytes(): number;
  /** Resolves when the transport can take more bytes; rejects when the connection is gone. */
  waitForDrain(): Promise<void>;
  pauseInput(): void;
  resumeInput(): void;
  forgetStream(serial: number): void;
  decodeError(payload: Buffer, procedure: string): Error;
  readonly program: number;
  readonly version: number;
  readonly idleTimeoutMs: number;
  readonly chunkSize: number;
}

type Waiter = { resolve: () => void; reject: (error: Error) => void };

/** Data packets allowed between the client and the kernel before the sender waits. */
const IN_FLIGHT_PACKETS = 4;

/**
 * The data phase of a stream procedure (volume upload/download, console...), after its reply.
 * Data packets carry status CONTINUE. The daemon ends its data with an empty CONTINUE packet;
 * the client ends the stream with an empty OK packet, which the daemon confirms with an empty
 * OK (or an ERROR carrying the daemon's error). An ERROR packet from the client aborts.
 */
export class RpcStream {
  private failure: Error | null = null;
  private finishSent = false;
  private remoteEof = false;
  private done = false;
  private readonly queued: Buffer[] = [];
  private queuedBytes = 0;
  private sink: Writable | null = null;
  private sinkPaused = false;
  private eofWaiter: Waiter | null = null;
  private confirmWaiter: Waiter | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private freeWaiter: Waiter | null = null;

  constructor(
    private readonly host: StreamHost,
    readonly procedureName: string,
    readonly procedure: number,
    readonly serial: number,
  ) {}

  /** Bytes of data received from the daemon so far. */
  received = 0;
  /** Bytes of data sent to the daemon so far. */
  sent = 0;

  /**
   * Sends everything `source` yields, cut into packets, waiting whenever the transport's buffer
   * is full; then finishes the stream and waits for the daemon to confirm. Memory stays bounded
   * by the chunk size and the transport's high-water mark, whatever the source's size.
   */
  async sendAll(source: AsyncIterable<Uint8Array>): Promise<number> {
    try {
      for await (const chunk of source) {
        const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        for (let offset = 0; offset < data.length; offset += this.host.chunkSize) {
          this.throwIfFailed();
          const slice = data.subarray(offset, Math.min(offset + this.host.chunkSize, data.length));
          this.host.writePacket(this.header(MessageStatus.CONTINUE), slice);
          this.sent += slice.length;
          // Keep a few packets in flight (the daemon reads while we write), never more.
          if (this.host.bufferedBytes() > IN_FLIGHT_PACKETS * this.host.chunkSize) await this.host.waitForDrain();
        }
      }
      this.throwIfFailed();
    } catch (error) {
      await this.abort().catch(() => undefined);
      throw this.failure ?? error;
    }
    await this.finish();
    return this.sent;
  }

  /**
   * Like sendAll, for a source that fills buffers (a file read with fs FileHandle.read):
   * a handful of buffers are reused for the whole transfer, so memory stays flat however
   * large the source. `read` returns the bytes it put in the buffer, 0 at the end.
   */
  async sendFrom(read: (buffer: Buffer) => Promise<number>): Promise<number> {
    const free: Buffer[] = Array.from({ length: IN_FLIGHT_PACKETS }, () => Buffer.allocUnsafe(this.host.chunkSize));
    let freed: Waiter | null = null;
    const release = (buffer: Buffer): void => {
      free.push(buffer);
      freed?.resolve();
      freed = null;
    };
    const nextFree = async (): Promise<Buffer> => {
      while (free.length === 0) {
        this.throwIfFailed();
        await new Promise<void>((resolve, reject) => {
          freed = { resolve, reject };
          this.freeWaiter = freed;
        });
      }
      return free.pop()!;
    };
    try {
      for (;;) {
        const buffer = await nextFree();
        const length = await read(buffer);
        if (length === 0) {
          free.push(buffer);
          break;
        }
        this.throwIfFailed();
        this.host.writePacket(this.header(MessageStatus.CONTINUE), buffer.subarray(0, length), () => release(buffer));
        this.sent += length;
      }
      this.throwIfFailed();
    } catch (error) {
      await this.abort().catch(() => undefined);
      throw this.failure ?? error;
    }
    await this.finish();
    return this.sent;
  }

  /**
   * Writes every data packet into `sink` until the daemon signals the end, pausing the
   * connection's input while the sink is full. Ends the sink, then waits for it to flush.
   */
  async receiveAll(sink: Writable): Promise<number> {
    this.sink = sink;
    const sinkError = new Promise<never>((_, reject) => sink.once('error', reject));
    sinkError.catch(() => undefined);
    for (const chunk of this.queued.splice(0)) this.deliver(chunk);
    this.queuedBytes = 0;
    if (!this.sinkPaused) this.host.resumeInput();
    try {
      await Promise.race([this.waitForEof(), sinkError]);
      await this.finish();
      await Promise.race([new Promise<void>((resolve) => sink.end(resolve)), sinkError]);
    } catch (error) {
      if (!this.done) await this.abort().catch(() => undefined);
      throw error;
    } finally {
      this.resumeIfPaused();
    }
    return this.received;
  }

  /** Tells the daemon to drop the stream; resolves when it confirms. */
  async abort(): Promise<void> {
    if (this.done || this.finishSent) return;
    this.finishSent = true;
    this.host.writePacket(this.header(MessageStatus.ERROR), null);
    await this.waitForConfirmation().catch(() => undefined);
  }

  /** A packet of this stream arrived. */
  handlePacket(packet: Packet): void {
    const { status } = packet.header;
    if (packet.header.type === MessageType.STREAM_HOLE) {
      this.fail(new LibvirtConnectionError('protocol', 'sparse stream holes were not requested'));
      return;
    }
    if (status === MessageStatus.CONTINUE) {
      this.touch();
      if (packet.payload.length === 0) {
        // The daemon marks the end of its data with an empty data packet.
        this.remoteEof = true;
        this.eofWaiter?.resolve();
        return;
      }
      if (this.sink) this.deliver(packet.payload);
      else {
        // Nobody reads yet: keep the bytes, but stop the daemon from sending many more.
        this.queued.push(Buffer.from(packet.payload));
        this.queuedBytes += packet.payload.length;
        if (this.queuedBytes > 4 * this.host.chunkSize) this.host.pauseInput();
      }
      return;
    }
    if (status === MessageStatus.OK) {
      if (this.finishSent) {
        this.complete();
      } else {
        this.remoteEof = true;
        this.eofWaiter?.resolve();
      }
      return;
    }
    this.fail(this.host.decodeError(packet.payload, this.procedureName));
  }

  /** The connection is gone or the stream failed: every waiter learns why. */
  fail(error: Error): void {
    if (this.done) return;
    this.failure = error;
    this.done = true;
    this.clearIdle();
    this.host.forgetStream(this.serial);
    this.eofWaiter?.reject(error);
    this.confirmWaiter?.reject(error);
    this.freeWaiter?.reject(error);
    this.resumeIfPaused();
  }

  private async finish(): Promise<void> {
    this.throwIfFailed();
    if (!this.finishSent) {
      this.finishSent = true;
      this.host.writePacket(this.header(MessageStatus.OK), null);
    }
    await this.waitForConfirmation();
  }

  private complete(): void {
    if (this.done) return;
    this.done = true;
    this.clearIdle();
    this.host.forgetStream(this.serial);
    this.confirmWaiter?.resolve();
  }

  private waitForEof(): Promise<void> {
    if (this.remoteEof) return Promise.resolve();
    if (this.failure) return Promise.reject(this.failure);
    this.touch();
    return new Promise((resolve, reject) => {
      this.eofWaiter = { resolve, reject };
    });
  }

  private waitForConfirmation(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.done) return Promise.resolve();
    this.touch();
    return new Promise((resolve, reject) => {
      this.confirmWaiter = { resolve, reject };
    });
  }

  private deliver(data: Buffer): void {
    this.received += data.length;
    const more = this.sink!.write(data);
    if (!more && !this.sinkPaused) {
      this.sinkPaused = true;
      this.clearIdle();
      this.host.pauseInput();
      this.sink!.once('drain', () => this.resumeIfPaused());
    }
  }

  private resumeIfPaused(): void {
    if (this.sinkPaused) {
      this.sinkPaused = false;
      this.host.resumeInput();
      if (!this.done) this.touch();
    }
  }

  /** Restarts the idle timer: a stream that hears nothing for too long fails. */
  private touch(): void {
    if (this.done || this.sinkPaused) return;
    this.clearIdle();
    this.idleTimer = setTimeout(() => {
      this.fail(new LibvirtConnectionError('timeout', `stream of ${this.procedureName} idle for ${this.host.idleTimeoutMs} ms`));
    }, this.host.idleTimeoutMs);
    this.idleTimer.unref?.();
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  private header(status: number): PacketHeader {
    return {
      program: this.host.program,
      version: this.host.version,
      procedure: this.procedure,
      type: MessageType.STREAM,
      serial: this.serial,
      status,
    };
  }
}
