import { EventEmitter } from 'node:events';
import type { Duplex } from 'node:stream';
import { LibvirtConnectionError, LibvirtError, type LibvirtErrorFields } from './LibvirtError.js';
import {
  KEEPALIVE_PROGRAM,
  KeepaliveProcedure,
  MessageStatus,
  MessageType,
  PACKET_PREFIX,
  REMOTE_PROGRAM,
  packetPrefix,
  writePacketPrefix,
  type Packet,
  type PacketHeader,
} from './Packet.js';
import { PacketReassembler } from './PacketReassembler.js';
import type { CallOptions, ProcedureInvoker } from './ProcedureInvoker.js';
import { RpcStream, type StreamHost } from './RpcStream.js';
import {
  REMOTE_PROTOCOL_VERSION,
  VIR_NET_MESSAGE_PAYLOAD_MAX,
  remoteProcedures,
  remoteTypes,
  type ProcedureInfo,
  type RemoteMessageTypes,
  type RemoteProcedureName,
  type RemoteProcedureTypes,
} from './generated/remoteProtocol.js';
import { XdrCodec } from './xdr/XdrCodec.js';
import { XdrReader } from './xdr/XdrReader.js';
import { XdrWriter } from './xdr/XdrWriter.js';

export interface RpcConnectionOptions {
  /** Default bound on every call, in milliseconds (D9: no wait is unbounded). Default 60 s. */
  readonly callTimeoutMs?: number;
  /** A stream that neither sends nor receives for this long fails. Default: callTimeoutMs. */
  readonly streamIdleTimeoutMs?: number;
  /**
   * Data bytes per stream packet we send. Default 1 MiB: libvirtd accepts packets up to 32 MiB
   * and fewer, larger packets upload faster. libvirt's own client sends 262120 (the limit of
   * daemons older than libvirt 1.x); set that for very old daemons.
   */
  readonly streamChunkSize?: number;
  /**
   * Send a keepalive PING this often (ms) and drop the connection after `keepaliveCount`
   * unanswered ones; 0 disables (the default). The daemon's own PINGs are always answered.
   */
  readonly keepaliveIntervalMs?: number;
  readonly keepaliveCount?: number;
}

/** An event message pushed by the daemon, decoded. */
export interface RpcEventMessage<K extends keyof RemoteMessageTypes = keyof RemoteMessageTypes> {
  readonly procedure: K;
  readonly body: RemoteMessageTypes[K];
}

interface PendingCall {
  readonly name: string;
  readonly resolve: (payload: Buffer) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

const byNumber = new Map<number, [RemoteProcedureName, ProcedureInfo]>(
  Object.entries(remoteProcedures).map(([name, info]) => [info.number, [name as RemoteProcedureName, info]]),
);

const DEFAULT_STREAM_CHUNK = 1024 * 1024;

/** Serial numbers are 32-bit and must not be 0 for calls (libvirt's own client starts at 1). */
const SERIAL_LIMIT = 0xffffffff;

/**
 * One connection to a libvirt daemon over any byte stream: framing, serial-matched concurrent
 * calls, event messages, streams and keepalive. Emits `event` (RpcEventMessage) and `close`
 * (the error that ended it, or undefined for a requested close).
 */
export class RpcConnection extends EventEmitter implements ProcedureInvoker {
  readonly codec = new XdrCodec(remoteTypes);
  private readonly reassembler = new PacketReassembler();
  private readonly pending = new Map<number, PendingCall>();
  private readonly streams = new Map<number, RpcStream>();
  private readonly callTimeoutMs: number;
  private readonly streamHost: StreamHost;
  private lastSerial = 0;
  private closedWith: Error | null = null;
  private pauses = 0;
  private keepaliveTimer: NodeJS.Timeout | null = null;
  private unansweredPings = 0;

  constructor(
    private readonly socket: Duplex,
    options: RpcConnectionOptions = {},
  ) {
    super();
    this.callTimeoutMs = options.callTimeoutMs ?? 60_000;
    const chunk = options.streamChunkSize ?? DEFAULT_STREAM_CHUNK;
    if (!Number.isInteger(chunk) || chunk < 1 || chunk > VIR_NET_MESSAGE_PAYLOAD_MAX) {
      throw new RangeError(`streamChunkSize must be 1..${VIR_NET_MESSAGE_PAYLOAD_MAX}`);
    }
    this.streamHost = this.makeStreamHost(
      options.streamIdleTimeoutMs ?? this.callTimeoutMs,
      options.streamChunkSize ?? DEFAULT_STREAM_CHUNK,
    );
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (error: Error) =>
      this.shutdown(new LibvirtConnectionError('connection-lost', `libvirt connection failed: ${error.message}`, { cause: error })),
    );
    socket.on('close', () => this.shutdown(new LibvirtConnectionError('connection-lost', 'libvirt connection closed by the other side')));
    if (options.keepaliveIntervalMs) this.startKeepalive(options.keepaliveIntervalMs, options.keepaliveCount ?? 5);
  }

  get isOpen(): boolean {
    return this.closedWith === null;
  }

  /** Number of calls waiting for a reply. */
  get pendingCalls(): number {
    return this.pending.size;
  }

  async call<K extends RemoteProcedureName>(
    name: K,
    args: RemoteProcedureTypes[K]['args'],
    options?: CallOptions,
  ): Promise<RemoteProcedureTypes[K]['ret']> {
    const info: ProcedureInfo = remoteProcedures[name];
    const { payload } = await this.send(name, info, args, options);
    return this.decodeReturn(name, info, payload) as RemoteProcedureTypes[K]['ret'];
  }

  async callWithStream<K extends RemoteProcedureName>(
    name: K,
    args: RemoteProcedureTypes[K]['args'],
    options?: CallOptions,
  ): Promise<{ ret: RemoteProcedureTypes[K]['ret']; stream: RpcStream }> {
    const info: ProcedureInfo = remoteProcedures[name];
    const { payload, stream } = await this.send(name, info, args, options, true);
    return { ret: this.decodeReturn(name, info, payload) as RemoteProcedureTypes[K]['ret'], stream: stream! };
  }

  /** Sends CONNECT_CLOSE (bounded), then ends the transport. Pending calls fail as 'closed'. */
  async close(timeoutMs = 5_000): Promise<void> {
    if (!this.isOpen) return;
    try {
      await this.call('CONNECT_CLOSE', undefined, { timeoutMs });
    } catch {
      // The connection goes away either way.
    }
    this.shutdown(new LibvirtConnectionError('closed', 'libvirt connection closed'), true);
    this.socket.end();
    this.socket.destroy();
  }

  /** Drops the connection at once, without telling the daemon. */
  destroy(): void {
    this.shutdown(new LibvirtConnectionError('closed', 'libvirt connection closed'), true);
    this.socket.destroy();
  }

  private async send(
    name: string,
    info: ProcedureInfo,
    args: unknown,
    options: CallOptions | undefined,
    withStream = false,
  ): Promise<{ payload: Buffer; stream?: RpcStream }> {
    if (this.closedWith) throw this.closedWith;
    const serial = this.nextSerial();
    const writer = new XdrWriter(256, PACKET_PREFIX);
    if (info.args) this.codec.encode(info.args, args, writer);
    const packet = writer.bytes();
    const header: PacketHeader = {
      program: REMOTE_PROGRAM,
      version: REMOTE_PROTOCOL_VERSION,
      procedure: info.number,
      type: MessageType.CALL,
      serial,
      status: MessageStatus.OK,
    };
    writePacketPrefix(packet, packet.length, header);
    // Register the stream before the call leaves: its data may follow the reply in one chunk.
    const stream = withStream ? new RpcStream(this.streamHost, name, info.number, serial) : undefined;
    if (stream) this.streams.set(serial, stream);
    const timeoutMs = options?.timeoutMs ?? this.callTimeoutMs;
    try {
      const payload = await new Promise<Buffer>((resolve, reject) => {
        const timer = setTimeout(() => {
          this.pending.delete(serial);
          reject(new LibvirtConnectionError('timeout', `${name} got no reply within ${timeoutMs} ms`));
        }, timeoutMs);
        this.pending.set(serial, { name, resolve, reject, timer });
        this.socket.write(packet);
      });
      return stream ? { payload, stream } : { payload };
    } catch (error) {
      if (stream) stream.fail(error as Error);
      throw error;
    }
  }

  private decodeReturn(name: string, info: ProcedureInfo, payload: Buffer): unknown {
    if (!info.ret) {
      if (payload.length !== 0) throw new LibvirtConnectionError('protocol', `${name}: unexpected reply payload`);
      return undefined;
    }
    return this.codec.decodeAll(info.ret, payload);
  }

  private nextSerial(): number {
    this.lastSerial = this.lastSerial >= SERIAL_LIMIT ? 1 : this.lastSerial + 1;
    return this.lastSerial;
  }

  private onData(chunk: Buffer): void {
    // Any byte from the daemon proves it alive: keepalive counts only total silence.
    this.unansweredPings = 0;
    let packets: Packet[];
    try {
      packets = this.reassembler.push(chunk);
    } catch (error) {
      this.shutdown(error as Error);
      this.socket.destroy();
      return;
    }
    for (const packet of packets) {
      try {
        this.dispatch(packet);
      } catch (error) {
        this.emit('protocolError', error);
      }
    }
  }

  private dispatch(packet: Packet): void {
    const { header } = packet;
    if (header.program === KEEPALIVE_PROGRAM) return this.onKeepalive(header);
    if (header.program !== REMOTE_PROGRAM) return;
    switch (header.type) {
      case MessageType.REPLY:
        return this.onReply(packet);
      case MessageType.MESSAGE:
        return this.onMessage(packet);
      case MessageType.STREAM:
      case MessageType.STREAM_HOLE:
        this.streams.get(header.serial)?.handlePacket(packet);
        return;
      default:
        return;
    }
  }

  private onReply(packet: Packet): void {
    const call = this.pending.get(packet.header.serial);
    if (!call) {
      // libvirtd reports a failed stream finish as an error *reply* carrying the stream's serial.
      if (packet.header.status === MessageStatus.ERROR) this.streams.get(packet.header.serial)?.handlePacket(packet);
      return; // otherwise: timed out earlier, the late reply is dropped
    }
    this.pending.delete(packet.header.serial);
    clearTimeout(call.timer);
    if (packet.header.status === MessageStatus.OK) call.resolve(packet.payload);
    else call.reject(this.decodeError(packet.payload, call.name));
  }

  private onMessage(packet: Packet): void {
    const entry = byNumber.get(packet.header.procedure);
    if (!entry || !entry[1].message) return;
    const body = this.codec.decodeAll(entry[1].message, packet.payload);
    this.emit('event', { procedure: entry[0], body } as RpcEventMessage);
  }

  private onKeepalive(header: PacketHeader): void {
    if (header.procedure === KeepaliveProcedure.PING) {
      this.writePacket({ ...header, procedure: KeepaliveProcedure.PONG, type: MessageType.MESSAGE, serial: 0, status: 0 }, null);
    }
  }

  private startKeepalive(intervalMs: number, count: number): void {
    this.keepaliveTimer = setInterval(() => {
      if (this.unansweredPings >= count) {
        this.shutdown(new LibvirtConnectionError('connection-lost', `no keepalive answer after ${count} pings`));
        this.socket.destroy();
        return;
      }
      this.unansweredPings++;
      this.writePacket(
        { program: KEEPALIVE_PROGRAM, version: 1, procedure: KeepaliveProcedure.PING, type: MessageType.MESSAGE, serial: 0, status: 0 },
        null,
      );
    }, intervalMs);
    this.keepaliveTimer.unref();
  }

  private writePacket(header: PacketHeader, payload: Buffer | null, onFlushed?: () => void): boolean {
    if (this.closedWith) {
      onFlushed?.();
      return false;
    }
    const prefix = packetPrefix(header, payload?.length ?? 0);
    if (!payload || payload.length === 0) return this.socket.write(prefix, () => onFlushed?.());
    // Header and payload leave in one writev, and the payload is never copied.
    this.socket.cork();
    this.socket.write(prefix);
    const more = this.socket.write(payload, () => onFlushed?.());
    this.socket.uncork();
    return more;
  }

  decodeError(payload: Buffer, procedure: string): Error {
    try {
      const fields = this.codec.decode('remote_error', new XdrReader(payload)) as LibvirtErrorFields;
      return new LibvirtError(fields, procedure);
    } catch (error) {
      return new LibvirtConnectionError('protocol', `${procedure}: undecodable error reply`, { cause: error });
    }
  }

  private shutdown(error: Error, requested = false): void {
    if (this.closedWith) return;
    this.closedWith = error;
    if (this.keepaliveTimer) clearInterval(this.keepaliveTimer);
    for (const call of this.pending.values()) {
      clearTimeout(call.timer);
      call.reject(error);
    }
    this.pending.clear();
    for (const stream of [...this.streams.values()]) stream.fail(error);
    this.streams.clear();
    this.emit('close', requested ? undefined : error);
  }

  private makeStreamHost(idleTimeoutMs: number, chunkSize: number): StreamHost {
    return {
      program: REMOTE_PROGRAM,
      version: REMOTE_PROTOCOL_VERSION,
      idleTimeoutMs,
      chunkSize,
      writePacket: (header, payload, onFlushed) => this.writePacket(header, payload, onFlushed),
      bufferedBytes: () => this.socket.writableLength,
      waitForDrain: () => this.waitForDrain(idleTimeoutMs),
      pauseInput: () => {
        if (this.pauses++ === 0) this.socket.pause();
      },
      resumeInput: () => {
        if (this.pauses > 0 && --this.pauses === 0) this.socket.resume();
      },
      forgetStream: (serial) => {
        this.streams.delete(serial);
      },
      decodeError: (payload, procedure) => this.decodeError(payload, procedure),
    };
  }

  private waitForDrain(timeoutMs: number): Promise<void> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    return new Promise((resolve, reject) => {
      const done = (error?: Error): void => {
        clearTimeout(timer);
        this.socket.off('drain', onDrain);
        this.off('close', onClose);
        if (error) reject(error);
        else resolve();
      };
      const onDrain = (): void => done();
      const onClose = (): void => done(this.closedWith ?? new LibvirtConnectionError('closed', 'connection closed'));
      const timer = setTimeout(() => done(new LibvirtConnectionError('timeout', `the daemon took no data for ${timeoutMs} ms`)), timeoutMs);
      this.socket.once('drain', onDrain);
      this.once('close', onClose);
    });
  }
}
