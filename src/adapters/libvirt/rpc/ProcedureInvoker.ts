import type { RpcStream } from './RpcStream.js';
import type { RemoteProcedureName, RemoteProcedureTypes } from './generated/remoteProtocol.js';

export type { RpcStream } from './RpcStream.js';

export interface CallOptions {
  /** Milliseconds to wait for the reply; the connection's default when absent. */
  readonly timeoutMs?: number;
}

/** What the generated procedure methods need from a connection. */
export interface ProcedureInvoker {
  call<K extends RemoteProcedureName>(
    name: K,
    args: RemoteProcedureTypes[K]['args'],
    options?: CallOptions,
  ): Promise<RemoteProcedureTypes[K]['ret']>;

  /** Calls a procedure that opens a data stream; the stream follows the reply. */
  callWithStream<K extends RemoteProcedureName>(
    name: K,
    args: RemoteProcedureTypes[K]['args'],
    options?: CallOptions,
  ): Promise<{ ret: RemoteProcedureTypes[K]['ret']; stream: RpcStream }>;
}
