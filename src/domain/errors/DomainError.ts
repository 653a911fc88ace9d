/**
 * Every failure the CPI can report carries one of these kinds. The CPI boundary
 * (app/cli) maps a kind to exactly one of the error types the BOSH director knows
 * (docs/design.md D8); nothing else decides an error's wire type.
 */
export type ErrorKind =
  | 'invalid_request' // Bosh::Clouds::CpiError: malformed request, bad argument, bad CID
  | 'invalid_config' // Bosh::Clouds::CpiError: cpi.json unreadable or invalid
  | 'not_implemented' // Bosh::Clouds::NotImplemented
  | 'not_supported' // Bosh::Clouds::NotSupported
  | 'vm_not_found' // Bosh::Clouds::VMNotFound
  | 'disk_not_found' // Bosh::Clouds::DiskNotFound
  | 'disk_not_attached' // Bosh::Clouds::DiskNotAttached
  | 'stemcell_not_found' // Bosh::Clouds::CloudError (the director knows no StemcellNotFound)
  | 'network_not_found' // Bosh::Clouds::NetworkNotFound (inside create_vm: VMCreationFailed)
  | 'no_disk_space' // Bosh::Clouds::NoDiskSpace
  | 'vm_creation_failed' // Bosh::Clouds::VMCreationFailed
  | 'timeout' // Bosh::Clouds::CloudError: a bounded wait ran out
  | 'unavailable' // Bosh::Clouds::CloudError: hypervisor unreachable or connection lost
  | 'infrastructure'; // Bosh::Clouds::CloudError: any other hypervisor failure

const BRAND = Symbol.for('bosh-libvirt-cpi.DomainError');

export class DomainError extends Error {
  readonly [BRAND] = true;
  override readonly name = 'DomainError';

  constructor(
    readonly kind: ErrorKind,
    message: string,
    /** True only where repeating the same call can succeed (docs/cpi-protocol.md §3.2). */
    readonly okToRetry = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** Works across copies of this module (bundled library + app), unlike instanceof. */
  static is(value: unknown): value is DomainError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}

export const failure = (kind: ErrorKind, message: string, options?: { okToRetry?: boolean; cause?: unknown }) =>
  new DomainError(kind, message, options?.okToRetry ?? false, options);
