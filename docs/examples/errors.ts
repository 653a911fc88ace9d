import { createCpi, DomainError, toBoshError } from '../../src/index.js';

/**
 * Failures reject with a DomainError; its `kind` is stable, and toBoshError gives the error
 * type the director knows. Deletes of what is not there succeed; has* calls answer false.
 */
export async function errors() {
  const cpi = createCpi({ driver: 'memory' });
  try {
    const missing = 'vm_0123456789abcdef01234567';
    const exists = await cpi.hasVm(missing); // false, not an error
    await cpi.deleteVm(missing); // idempotent: success
    try {
      await cpi.rebootVm(missing);
      throw new Error('unreachable: rebooting a VM that does not exist fails');
    } catch (error) {
      if (!DomainError.is(error)) throw error;
      const bosh = toBoshError(error);
      return { exists, kind: error.kind, type: bosh.type, okToRetry: bosh.ok_to_retry };
    }
  } finally {
    await cpi.close();
  }
}
