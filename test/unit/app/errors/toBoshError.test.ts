import { describe, expect, it } from 'vitest';
import { BOSH_ERROR_TYPE_OF_KIND, toBoshError } from '../../../../src/app/errors/toBoshError.js';
import { DomainError, type ErrorKind } from '../../../../src/domain/errors/DomainError.js';
import { DIRECTOR_ERROR_TYPES } from '../../../support/directorErrorTypes.js';

const DIRECTOR_TYPES = new Set(DIRECTOR_ERROR_TYPES);

describe('toBoshError', () => {
  it('maps every kind to a type the director knows, retrying only where the director reads ok_to_retry', () => {
    for (const kind of Object.keys(BOSH_ERROR_TYPE_OF_KIND) as ErrorKind[]) {
      const error = toBoshError(new DomainError(kind, `a ${kind}`, true));
      expect(DIRECTOR_TYPES.has(error.type), kind).toBe(true);
      expect(error.message).toBe(`a ${kind}`);
      const retriable = [
        'Bosh::Clouds::NoDiskSpace',
        'Bosh::Clouds::DiskNotAttached',
        'Bosh::Clouds::DiskNotFound',
        'Bosh::Clouds::VMCreationFailed',
      ];
      expect(error.ok_to_retry, kind).toBe(retriable.includes(error.type));
      expect(toBoshError(new DomainError(kind, 'x', false)).ok_to_retry).toBe(false);
    }
    expect(BOSH_ERROR_TYPE_OF_KIND.stemcell_not_found).toBe('Bosh::Clouds::CloudError');
    expect(BOSH_ERROR_TYPE_OF_KIND.invalid_request).toBe('Bosh::Clouds::CpiError');
    expect(BOSH_ERROR_TYPE_OF_KIND.not_implemented).toBe('Bosh::Clouds::NotImplemented');
  });

  it('turns anything else into a CloudError that says it was unexpected', () => {
    expect(toBoshError(new TypeError('x is undefined'))).toEqual({
      type: 'Bosh::Clouds::CloudError',
      message: 'unexpected failure: x is undefined',
      ok_to_retry: false,
    });
    expect(toBoshError('a string')).toMatchObject({ type: 'Bosh::Clouds::CloudError' });
  });
});
