import { DomainError, type ErrorKind, failure } from './DomainError.js';

export interface VmCreationFailureOptions {
  /** Kinds that reach the director as they are, besides vm_creation_failed itself. */
  readonly keep?: readonly ErrorKind[];
  /** Kinds the director may try again after, whatever the error says of itself. */
  readonly retryable?: readonly ErrorKind[];
}

/**
 * What create_vm reports when creating a VM failed: a vm_creation_failed (the director's
 * VMCreationFailed, after which it makes another VM) saying what failed and why. An error that
 * is one already, or of a kind in `keep`, is returned as it is. A retry may help where the
 * error says so, or where its kind is `retryable`.
 */
export function vmCreationFailure(error: unknown, subject: string, options: VmCreationFailureOptions = {}): DomainError {
  if (DomainError.is(error) && (error.kind === 'vm_creation_failed' || options.keep?.includes(error.kind))) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return failure('vm_creation_failed', `${subject} failed: ${reason}`, {
    okToRetry: DomainError.is(error) && (error.okToRetry || (options.retryable?.includes(error.kind) ?? false)),
    cause: error,
  });
}
