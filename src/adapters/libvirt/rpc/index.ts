/**
 * A pure TypeScript client of libvirt's RPC protocol (XDR over a unix socket, TCP or ssh).
 * Depends on node built-ins only.
 */
export { LibvirtClient, type LibvirtClientOptions, type DomainCapabilitiesQuery } from './LibvirtClient.js';
export { Domain, type DomainInfo, type DomainJobStats, type DomainStateInfo } from './api/Domain.js';
export { DomainSnapshot } from './api/DomainSnapshot.js';
export { StoragePool, type StoragePoolInfo } from './api/StoragePool.js';
export { StorageVolume, type StorageVolumeInfo, type TransferRange } from './api/StorageVolume.js';
export { Network } from './api/Network.js';
export { DomainEventSubscription } from './api/DomainEventSubscription.js';
export {
  DOMAIN_EVENT_IDS,
  toDomainEvent,
  type DomainEvent,
  type DomainEventKind,
  type DomainLifecycleEvent,
  type DomainRebootEvent,
  type DomainDeviceEvent,
} from './api/DomainEvents.js';
export * from './api/constants.js';
export { formatUuid, parseUuid } from './api/uuid.js';
export * from './LibvirtError.js';
export { VirErrorCode, VirErrorDomain, VirErrorLevel } from './VirErrorCode.js';
export { parseLibvirtUri, LibvirtUriError, type LibvirtUri, type LibvirtTransport } from './LibvirtUri.js';
export { RpcConnection, type RpcConnectionOptions, type RpcEventMessage } from './RpcConnection.js';
export { RpcStream } from './RpcStream.js';
export type { CallOptions, ProcedureInvoker } from './ProcedureInvoker.js';
export { PacketReassembler } from './PacketReassembler.js';
export { MessageStatus, MessageType, parsePacket, packetPrefix, type Packet, type PacketHeader } from './Packet.js';
export { openTransport, DEFAULT_SOCKET, DEFAULT_TCP_PORT } from './transport/openTransport.js';
export { sshCommandLine, remoteProxyCommand } from './transport/sshCommandLine.js';
export { RemoteProcedures } from './generated/RemoteProcedures.js';
export {
  remoteProcedures,
  remoteTypes,
  REMOTE_PROCEDURE_COUNT,
  type RemoteProcedureName,
  type RemoteProcedureTypes,
  type RemoteMessageTypes,
  type ProcedureInfo,
} from './generated/remoteProtocol.js';
export type * as RemoteProtocol from './generated/remoteProtocol.js';
export { XdrCodec } from './xdr/XdrCodec.js';
export { XdrReader } from './xdr/XdrReader.js';
export { XdrWriter } from './xdr/XdrWriter.js';
export { XdrError } from './xdr/XdrError.js';
export type { XdrType, XdrTypeTable, XdrField, XdrUnionArm } from './xdr/XdrType.js';
