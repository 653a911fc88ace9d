/** How the client reaches the daemon. */
export type LibvirtTransport = 'unix' | 'tcp' | 'ssh';

/** A parsed libvirt connection URI: `driver[+transport]://[user@][host][:port]/path[?query]`. */
export interface LibvirtUri {
  /** The URI as given. */
  readonly uri: string;
  /** e.g. qemu, test, lxc */
  readonly driver: string;
  readonly transport: LibvirtTransport;
  readonly user?: string;
  readonly host?: string;
  readonly port?: number;
  /** e.g. /system, /session, /default */
  readonly path: string;
  /** Query parameters the client itself understands (socket, keyfile, known_hosts...). */
  readonly params: Readonly<Record<string, string>>;
  /** The name the daemon is asked to open: the URI without transport, user, host and our params. */
  readonly daemonUri: string;
}

/** Query parameters consumed by the client (libvirt's own names), never sent to the daemon. */
const CLIENT_PARAMS = new Set(['socket', 'keyfile', 'known_hosts', 'netcat', 'command', 'proxy', 'no_tty', 'no_verify', 'mode']);

export class LibvirtUriError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LibvirtUriError';
  }
}

/**
 * Parses a libvirt URI. Without a host the transport defaults to the local unix socket; with a
 * host, a transport must be named (libvirt's default there is TLS, which this client lacks).
 */
export function parseLibvirtUri(uri: string): LibvirtUri {
  const match = /^([a-z][a-z0-9]*)(?:\+([a-z0-9]+))?:\/\/([^/?#]*)(\/[^?#]*)?(?:\?([^#]*))?$/i.exec(uri);
  if (!match) throw new LibvirtUriError(`not a libvirt URI: ${uri}`);
  const driver = match[1]!.toLowerCase();
  const transportName = match[2]?.toLowerCase();
  const authority = match[3] ?? '';
  const path = match[4] ?? '/';
  const query = match[5] ?? '';

  let user: string | undefined;
  let hostPort = authority;
  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    user = decodeURIComponent(authority.slice(0, at));
    hostPort = authority.slice(at + 1);
  }
  let host: string | undefined;
  let port: number | undefined;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(hostPort);
  const plain = /^([^:]*)(?::(\d+))?$/.exec(hostPort);
  const hostMatch = bracketed ?? plain;
  if (!hostMatch) throw new LibvirtUriError(`bad host in libvirt URI: ${uri}`);
  host = hostMatch[1] === '' ? undefined : hostMatch[1];
  if (hostMatch[2] !== undefined) {
    port = Number(hostMatch[2]);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new LibvirtUriError(`bad port in ${uri}`);
  }

  const params: Record<string, string> = {};
  const forwarded: string[] = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decodeURIComponent(eq < 0 ? part : part.slice(0, eq));
    const value = decodeURIComponent(eq < 0 ? '' : part.slice(eq + 1).replace(/\+/g, ' '));
    if (CLIENT_PARAMS.has(key)) params[key] = value;
    else forwarded.push(part);
  }

  let transport: LibvirtTransport;
  if (transportName === undefined) {
    if (host !== undefined) {
      throw new LibvirtUriError(`${uri}: name a transport (+ssh, +tcp or +unix); TLS is not supported`);
    }
    transport = 'unix';
  } else if (transportName === 'unix' || transportName === 'tcp' || transportName === 'ssh') {
    transport = transportName;
  } else {
    throw new LibvirtUriError(`${uri}: transport '${transportName}' is not supported (unix, tcp, ssh are)`);
  }
  if ((transport === 'tcp' || transport === 'ssh') && host === undefined) {
    throw new LibvirtUriError(`${uri}: the ${transport} transport needs a host`);
  }
  if (params['no_verify'] !== undefined && params['no_verify'] !== '0') {
    throw new LibvirtUriError(`${uri}: no_verify is refused: host keys are always verified`);
  }

  const daemonUri = `${driver}://${path}${forwarded.length > 0 ? `?${forwarded.join('&')}` : ''}`;
  return {
    uri,
    driver,
    transport,
    ...(user !== undefined ? { user } : {}),
    ...(host !== undefined ? { host } : {}),
    ...(port !== undefined ? { port } : {}),
    path,
    params,
    daemonUri,
  };
}
