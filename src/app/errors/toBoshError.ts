import { DomainError, type ErrorKind } from '../../domain/errors/DomainError.js';

/** The ten error types the BOSH director knows (docs/design.md D8); any other name is "unknown CPI error". */
export type BoshErrorType =
  | 'Bosh::Clouds::CloudError'
  | 'Bosh::Clouds::CpiError'
  | 'Bosh::Clouds::NotImplemented'
  | 'Bosh::Clouds::NotSupported'
  | 'Bosh::Clouds::VMNotFound'
  | 'Bosh::Clouds::DiskNotFound'
  | 'Bosh::Clouds::DiskNotAttached'
  | 'Bosh::Clouds::NetworkNotFound'
  | 'Bosh::Clouds::NoDiskSpace'
  | 'Bosh::Clouds::VMCreationFailed';

export const BOSH_ERROR_TYPE_OF_KIND: Readonly<Record<ErrorKind, BoshErrorType>> = {
  invalid_request: 'Bosh::Clouds::CpiError',
  invalid_config: 'Bosh::Clouds::CpiError',
  not_implemented: 'Bosh::Clouds::NotImplemented',
  not_supported: 'Bosh::Clouds::NotSupported',
  vm_not_found: 'Bosh::Clouds::VMNotFound',
  disk_not_found: 'Bosh::Clouds::DiskNotFound',
  disk_not_attached: 'Bosh::Clouds::DiskNotAttached',
  stemcell_not_found: 'Bosh::Clouds::CloudError',
  network_not_found: 'Bosh::Clouds::NetworkNotFound',
  no_disk_space: 'Bosh::Clouds::NoDiskSpace',
  vm_creation_failed: 'Bosh::Clouds::VMCreationFailed',
  timeout: 'Bosh::Clouds::CloudError',
  unavailable: 'Bosh::Clouds::CloudError',
  infrastructure: 'Bosh::Clouds::CloudError',
};

/** The director reads ok_to_retry only for these (its RetriableCloudError subclasses). */
const RETRIABLE: ReadonlySet<BoshErrorType> = new Set([
  'Bosh::Clouds::NoDiskSpace',
  'Bosh::Clouds::DiskNotAttached',
  'Bosh::Clouds::DiskNotFound',
  'Bosh::Clouds::VMCreationFailed',
]);

/** The `error` object of a CPI response. */
export interface BoshError {
  readonly type: BoshErrorType;
  readonly message: string;
  readonly ok_to_retry: boolean;
}

/** The one place an error gets its wire type. Anything that is not a DomainError is a CloudError. */
export function toBoshError(error: unknown): BoshError {
  if (DomainError.is(error)) {
    const type = BOSH_ERROR_TYPE_OF_KIND[error.kind] ?? 'Bosh::Clouds::CloudError';
    return { type, message: error.message, ok_to_retry: RETRIABLE.has(type) && error.okToRetry === true };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { type: 'Bosh::Clouds::CloudError', message: `unexpected failure: ${message}`, ok_to_retry: false };
}
