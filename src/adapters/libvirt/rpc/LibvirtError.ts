import { VirErrorCode } from './VirErrorCode.js';

/** The fields of libvirt's virError, as the daemon sends them (remote_error). */
export interface LibvirtErrorFields {
  readonly code: number;
  readonly domain: number;
  readonly message: string;
  readonly level: number;
  readonly str1?: string | null;
  readonly str2?: string | null;
  readonly str3?: string | null;
  readonly int1?: number;
  readonly int2?: number;
}

/**
 * An error reported by the libvirt daemon. Classify it by `code` (virErrorNumber), never by the
 * message text, which differs between drivers and versions.
 */
export class LibvirtError extends Error {
  readonly code: number;
  readonly domain: number;
  readonly level: number;
  readonly str1: string | null;
  readonly str2: string | null;
  readonly str3: string | null;
  readonly int1: number;
  readonly int2: number;
  /** The procedure that failed, when known (e.g. DOMAIN_LOOKUP_BY_NAME). */
  readonly procedure: string | undefined;
  /** A daemon error is an answer, not an accident of transport: repeating the call gives the same. */
  readonly retryable = false;

  constructor(fields: LibvirtErrorFields, procedure?: string) {
    super(fields.message || `libvirt error ${fields.code}`);
    this.name = 'LibvirtError';
    this.code = fields.code;
    this.domain = fields.domain;
    this.level = fields.level;
    this.str1 = fields.str1 ?? null;
    this.str2 = fields.str2 ?? null;
    this.str3 = fields.str3 ?? null;
    this.int1 = fields.int1 ?? 0;
    this.int2 = fields.int2 ?? 0;
    this.procedure = procedure;
  }
}

/** Why the client could not get an answer from the daemon. */
export type LibvirtTransportFailure = 'connect-failed' | 'connection-lost' | 'timeout' | 'protocol' | 'closed';

/**
 * The daemon could not be reached, the connection broke, a call timed out, or the bytes made no
 * sense. `retryable` says whether a new attempt (usually on a new connection) may succeed.
 */
export class LibvirtConnectionError extends Error {
  readonly retryable: boolean;

  constructor(
    readonly failure: LibvirtTransportFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LibvirtConnectionError';
    this.retryable = failure !== 'protocol';
  }
}

const hasCode =
  (code: number) =>
  (error: unknown): error is LibvirtError =>
    error instanceof LibvirtError && error.code === code;

export const isLibvirtError = (error: unknown): error is LibvirtError => error instanceof LibvirtError;
export const isNoDomain = hasCode(VirErrorCode.NO_DOMAIN);
export const isNoNetwork = hasCode(VirErrorCode.NO_NETWORK);
export const isNoStoragePool = hasCode(VirErrorCode.NO_STORAGE_POOL);
export const isNoStorageVol = hasCode(VirErrorCode.NO_STORAGE_VOL);
export const isNoDomainSnapshot = hasCode(VirErrorCode.NO_DOMAIN_SNAPSHOT);
export const isNoDomainMetadata = hasCode(VirErrorCode.NO_DOMAIN_METADATA);
export const isNoDomainBackup = hasCode(VirErrorCode.NO_DOMAIN_BACKUP);
export const isOperationInvalid = hasCode(VirErrorCode.OPERATION_INVALID);
export const isOperationFailed = hasCode(VirErrorCode.OPERATION_FAILED);
export const isOperationTimeout = hasCode(VirErrorCode.OPERATION_TIMEOUT);
export const isDomainExists = hasCode(VirErrorCode.DOM_EXIST);
export const isNetworkExists = hasCode(VirErrorCode.NETWORK_EXIST);
export const isStorageVolExists = hasCode(VirErrorCode.STORAGE_VOL_EXIST);
export const isXmlError = (error: unknown): error is LibvirtError =>
  error instanceof LibvirtError &&
  (error.code === VirErrorCode.XML_ERROR || error.code === VirErrorCode.XML_DETAIL || error.code === VirErrorCode.XML_INVALID_SCHEMA);
export const isInvalidArg = hasCode(VirErrorCode.INVALID_ARG);
export const isDeviceMissing = hasCode(VirErrorCode.DEVICE_MISSING);
export const isResourceBusy = hasCode(VirErrorCode.RESOURCE_BUSY);
export const isAuthFailed = hasCode(VirErrorCode.AUTH_FAILED);
/** The driver or the daemon does not implement this at all (NO_SUPPORT, OPERATION_UNSUPPORTED...). */
export const isNoSupport = (error: unknown): error is LibvirtError =>
  error instanceof LibvirtError &&
  (error.code === VirErrorCode.NO_SUPPORT ||
    error.code === VirErrorCode.OPERATION_UNSUPPORTED ||
    error.code === VirErrorCode.ARGUMENT_UNSUPPORTED ||
    error.code === VirErrorCode.CONFIG_UNSUPPORTED);
/** Any "not found" answer: domain, network, pool, volume, snapshot, node device, secret... */
export const isNotFound = (error: unknown): error is LibvirtError =>
  error instanceof LibvirtError &&
  (
    [
      VirErrorCode.NO_DOMAIN,
      VirErrorCode.NO_NETWORK,
      VirErrorCode.NO_STORAGE_POOL,
      VirErrorCode.NO_STORAGE_VOL,
      VirErrorCode.NO_DOMAIN_SNAPSHOT,
      VirErrorCode.NO_NODE_DEVICE,
      VirErrorCode.NO_SECRET,
      VirErrorCode.NO_INTERFACE,
      VirErrorCode.NO_NWFILTER,
      VirErrorCode.NO_DOMAIN_CHECKPOINT,
      VirErrorCode.NO_NETWORK_PORT,
    ] as number[]
  ).includes(error.code);
/** Worth another attempt: the connection failed or timed out (never a daemon's answer). */
export const isRetryable = (error: unknown): boolean => error instanceof LibvirtConnectionError && error.retryable;
