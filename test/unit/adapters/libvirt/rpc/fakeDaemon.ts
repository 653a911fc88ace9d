import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { remoteTypes } from '../../../../../src/adapters/libvirt/rpc/generated/remoteProtocol.js';
import {
  MessageStatus,
  MessageType,
  packetPrefix,
  type Packet,
  type PacketHeader,
} from '../../../../../src/adapters/libvirt/rpc/Packet.js';
import { PacketReassembler } from '../../../../../src/adapters/libvirt/rpc/PacketReassembler.js';
import { XdrCodec } from '../../../../../src/adapters/libvirt/rpc/xdr/XdrCodec.js';

export const codec = new XdrCodec(remoteTypes);

export type Responder = (packet: Packet, peer: FakePeer) => void;

/** The daemon side of one client connection. */
export class FakePeer {
  readonly received: Packet[] = [];
  constructor(readonly socket: Socket) {}

  send(header: PacketHeader, payload: Buffer = Buffer.alloc(0)): void {
    this.socket.write(Buffer.concat([packetPrefix(header, payload.length), payload]));
  }

  reply(call: Packet, retType: string | null, value?: unknown): void {
    const payload = retType ? Buffer.from(codec.encode(retType, value).bytes()) : Buffer.alloc(0);
    this.send({ ...call.header, type: MessageType.REPLY, status: MessageStatus.OK }, payload);
  }

  replyError(call: Packet, code: number, message: string, domain = 10, type: number = MessageType.REPLY): void {
    const error = {
      code,
      domain,
      message,
      level: 2,
      dom: null,
      str1: 'fmt',
      str2: null,
      str3: null,
      int1: -1,
      int2: -1,
      net: null,
    };
    const payload = Buffer.from(codec.encode('remote_error', error).bytes());
    this.send({ ...call.header, type, status: MessageStatus.ERROR }, payload);
  }
}

/** A unix-socket server that speaks the packet layer of libvirtd, driven by a test's responder. */
export class FakeDaemon {
  readonly path: string;
  /** The TCP port, when started with `tcp`. */
  port = 0;
  readonly peers: FakePeer[] = [];
  private readonly dir: string;
  private readonly server: Server;

  private constructor(private readonly responder: Responder) {
    this.dir = mkdtempSync(join(tmpdir(), 'fake-libvirtd-'));
    this.path = join(this.dir, 'sock');
    this.server = createServer((socket) => this.accept(socket));
  }

  static async start(responder: Responder, transport: 'unix' | 'tcp' = 'unix'): Promise<FakeDaemon> {
    const daemon = new FakeDaemon(responder);
    if (transport === 'unix') await new Promise<void>((resolve) => daemon.server.listen(daemon.path, resolve));
    else {
      await new Promise<void>((resolve) => daemon.server.listen(0, '127.0.0.1', resolve));
      daemon.port = (daemon.server.address() as { port: number }).port;
    }
    return daemon;
  }

  async stop(): Promise<void> {
    for (const peer of this.peers) peer.socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    rmSync(this.dir, { recursive: true, force: true });
  }

  private accept(socket: Socket): void {
    const peer = new FakePeer(socket);
    this.peers.push(peer);
    const reassembler = new PacketReassembler();
    socket.on('data', (chunk) => {
      for (const packet of reassembler.push(chunk)) {
        peer.received.push(packet);
        this.responder(packet, peer);
      }
    });
    socket.on('error', () => undefined);
  }
}

/** Answers the open handshake (AUTH_LIST, CONNECT_OPEN, CONNECT_CLOSE) and defers the rest. */
export function handshake(rest: Responder): Responder {
  return (packet, peer) => {
    if (packet.header.type !== MessageType.CALL) return rest(packet, peer);
    switch (packet.header.procedure) {
      case 66:
        return peer.reply(packet, 'remote_auth_list_ret', { types: [0] });
      case 1:
      case 2:
        return peer.reply(packet, null);
      default:
        return rest(packet, peer);
    }
  };
}
