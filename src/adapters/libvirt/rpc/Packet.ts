import {
  KEEPALIVE_PROGRAM,
  REMOTE_PROGRAM,
  VIR_NET_MESSAGE_HEADER_MAX,
  VIR_NET_MESSAGE_LEN_MAX,
  VIR_NET_MESSAGE_MAX,
} from './generated/remoteProtocol.js';

export { KEEPALIVE_PROGRAM, REMOTE_PROGRAM };

/** virNetMessageType */
export const MessageType = {
  CALL: 0,
  REPLY: 1,
  MESSAGE: 2,
  STREAM: 3,
  CALL_WITH_FDS: 4,
  REPLY_WITH_FDS: 5,
  STREAM_HOLE: 6,
} as const;

/** virNetMessageStatus */
export const MessageStatus = { OK: 0, ERROR: 1, CONTINUE: 2 } as const;

export const KeepaliveProcedure = { PING: 1, PONG: 2 } as const;

/** Bytes of the length word plus the header, before any payload. */
export const PACKET_PREFIX = VIR_NET_MESSAGE_LEN_MAX + VIR_NET_MESSAGE_HEADER_MAX;

/** The largest packet the daemon accepts or sends, length word included. */
export const PACKET_MAX = VIR_NET_MESSAGE_MAX + VIR_NET_MESSAGE_LEN_MAX;

/** virNetMessageHeader */
export interface PacketHeader {
  readonly program: number;
  readonly version: number;
  readonly procedure: number;
  readonly type: number;
  readonly serial: number;
  readonly status: number;
}

/** A whole packet: header plus payload (a view into the received bytes). */
export interface Packet {
  readonly header: PacketHeader;
  readonly payload: Buffer;
}

/** Writes the length word and header into the first 28 bytes of `target`. */
export function writePacketPrefix(target: Buffer, totalLength: number, header: PacketHeader): void {
  target.writeUInt32BE(totalLength, 0);
  target.writeUInt32BE(header.program, 4);
  target.writeUInt32BE(header.version, 8);
  target.writeInt32BE(header.procedure, 12);
  target.writeUInt32BE(header.type, 16);
  target.writeUInt32BE(header.serial, 20);
  target.writeUInt32BE(header.status, 24);
}

/** A packet prefix alone, for payloads written separately (stream data, without a copy). */
export function packetPrefix(header: PacketHeader, payloadLength: number): Buffer {
  const prefix = Buffer.allocUnsafe(PACKET_PREFIX);
  writePacketPrefix(prefix, PACKET_PREFIX + payloadLength, header);
  return prefix;
}

/** Decodes a packet given its bytes after the length word. */
export function parsePacket(body: Buffer): Packet {
  return {
    header: {
      program: body.readUInt32BE(0),
      version: body.readUInt32BE(4),
      procedure: body.readInt32BE(8),
      type: body.readUInt32BE(12),
      serial: body.readUInt32BE(16),
      status: body.readUInt32BE(20),
    },
    payload: body.subarray(VIR_NET_MESSAGE_HEADER_MAX),
  };
}
