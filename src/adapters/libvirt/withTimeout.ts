import { failure } from '../../domain/errors/DomainError.js';

/**
 * Bounds a call (docs/design.md D9). The call itself may still finish later; callers make sure that
 * is harmless (create_vm destroys and undefines the domain whose start ran out of time).
 */
export async function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(failure('timeout', `${what} took longer than ${timeoutMs / 1000} s`, { okToRetry: true })), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
