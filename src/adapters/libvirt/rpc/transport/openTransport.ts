import { spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { Duplex } from 'node:stream';
import { LibvirtConnectionError } from '../LibvirtError.js';
import type { LibvirtUri } from '../LibvirtUri.js';
import { sshCommandLine } from './sshCommandLine.js';

/** libvirt's system socket (remote_sockets.c: RUNSTATEDIR "/libvirt/libvirt-sock"). */
export const DEFAULT_SOCKET = '/run/libvirt/libvirt-sock';
/** libvirtd's TCP port when listen_tcp is on. */
export const DEFAULT_TCP_PORT = 16509;

export interface TransportOptions {
  /** Bound on establishing the transport, in milliseconds. */
  readonly connectTimeoutMs: number;
  /** The ssh client to run (default `ssh` from PATH). */
  readonly sshBinary?: string;
}

/** Opens the byte stream a libvirt URI names: a unix socket, a TCP socket, or an ssh tunnel. */
export function openTransport(uri: LibvirtUri, options: TransportOptions): Promise<Duplex> {
  switch (uri.transport) {
    case 'unix':
      return connectSocket(() => connect(uri.params['socket'] ?? DEFAULT_SOCKET), uri, options);
    case 'tcp':
      return connectSocket(() => connect(uri.port ?? DEFAULT_TCP_PORT, uri.host!), uri, options);
    case 'ssh':
      return openSsh(uri, options);
  }
}

function connectSocket(open: () => Socket, uri: LibvirtUri, options: TransportOptions): Promise<Duplex> {
  return new Promise((resolve, reject) => {
    const socket = open();
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new LibvirtConnectionError('connect-failed', `no answer from ${where(uri)} within ${options.connectTimeoutMs} ms`));
    }, options.connectTimeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      socket.setNoDelay?.(true);
      resolve(socket);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new LibvirtConnectionError('connect-failed', describeConnectError(uri, error), { cause: error }));
    });
  });
}

/** The socket or host:port a URI connects to. */
function where(uri: LibvirtUri): string {
  return uri.transport === 'unix' ? (uri.params['socket'] ?? DEFAULT_SOCKET) : `${uri.host}:${uri.port ?? DEFAULT_TCP_PORT}`;
}

/**
 * What went wrong, said once and in words: callers put the URI in front, so the message does
 * not repeat it, and the system's error code says which of the usual causes it is.
 */
export function describeConnectError(uri: LibvirtUri, error: NodeJS.ErrnoException): string {
  const target = where(uri);
  switch (error.code) {
    case 'ENOENT':
      return `no socket at ${target}`;
    case 'ECONNREFUSED':
      return uri.transport === 'unix'
        ? `nothing is listening on the socket ${target} (connection refused)`
        : `nothing is listening on ${target} (connection refused)`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied on the socket ${target}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host ${uri.host} is not known (DNS: ${error.code})`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${target} is unreachable (${error.code})`;
    default:
      return `${target}: ${error.message}`;
  }
}

/**
 * Runs the system ssh client the way libvirt's own ssh transport does (virnetsocket.c,
 * virnetclient.c): `ssh [-p port] [-l user] [-i key] -T -e none -o BatchMode=yes -- host
 * "sh -c '<virt-ssh-helper or nc -U socket>'"`, and speaks the protocol over its stdin/stdout.
 * Host keys are verified by ssh itself; nothing here turns that off.
 */
function openSsh(uri: LibvirtUri, options: TransportOptions): Promise<Duplex> {
  const argv = sshCommandLine(uri);
  const child = spawn(options.sshBinary ?? uri.params['command'] ?? 'ssh', argv, {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    stderr = (stderr + text).slice(-4096);
  });
  const duplex = Duplex.from({ readable: child.stdout, writable: child.stdin });
  // Until the connection takes over (it listens too), a broken pipe must not crash the process.
  duplex.on('error', () => undefined);
  const describeExit = (code: number | null, signal: NodeJS.Signals | null): string =>
    `ssh to ${uri.host} ended (${signal ?? `exit ${code}`})${stderr.trim() ? `: ${stderr.trim()}` : ''}`;
  child.once('exit', (code, signal) => {
    // Let the last bytes of stdout reach the reader before the stream is torn down.
    setImmediate(() => duplex.destroy(new Error(describeExit(code, signal))));
  });
  duplex.once('close', () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new LibvirtConnectionError('connect-failed', `ssh to ${uri.host} did not start within ${options.connectTimeoutMs} ms`));
    }, options.connectTimeoutMs);
    child.once('spawn', () => {
      clearTimeout(timer);
      resolve(duplex);
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new LibvirtConnectionError('connect-failed', `cannot run ssh: ${error.message}`, { cause: error }));
    });
  });
}
