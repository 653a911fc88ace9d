import { describe, expect, it } from 'vitest';
import {
  LibvirtConnectionError,
  LibvirtError,
  isDomainExists,
  isNoDomain,
  isNoNetwork,
  isNoStoragePool,
  isNoStorageVol,
  isNoSupport,
  isNotFound,
  isOperationInvalid,
  isRetryable,
  isXmlError,
} from '../../../../../src/adapters/libvirt/rpc/LibvirtError.js';
import { VirErrorCode } from '../../../../../src/adapters/libvirt/rpc/VirErrorCode.js';

const error = (code: number, message = 'whatever the text says') => new LibvirtError({ code, domain: 10, message, level: 2 });

describe('LibvirtError classification', () => {
  it('uses the numbers of virerror.h', () => {
    expect(VirErrorCode).toMatchObject({
      NO_SUPPORT: 3,
      XML_ERROR: 27,
      DOM_EXIST: 28,
      NO_DOMAIN: 42,
      NO_NETWORK: 43,
      NO_STORAGE_POOL: 49,
      NO_STORAGE_VOL: 50,
      OPERATION_INVALID: 55,
      STORAGE_VOL_EXIST: 90,
    });
  });

  it('classifies by code, never by message text', () => {
    expect(isNoDomain(error(42))).toBe(true);
    expect(isNoDomain(error(43, 'Domain not found'))).toBe(false);
    expect(isNoNetwork(error(43))).toBe(true);
    expect(isNoStoragePool(error(49))).toBe(true);
    expect(isNoStorageVol(error(50))).toBe(true);
    expect(isOperationInvalid(error(55))).toBe(true);
    expect(isDomainExists(error(28))).toBe(true);
    expect(isXmlError(error(27))).toBe(true);
    expect(isNoSupport(error(3))).toBe(true);
    expect(isNoSupport(error(84))).toBe(true);
    for (const code of [42, 43, 49, 50, 72]) expect(isNotFound(error(code))).toBe(true);
    expect(isNotFound(error(55))).toBe(false);
    expect(isNoDomain(new Error('Domain not found'))).toBe(false);
  });

  it('marks transport failures retryable and daemon answers not', () => {
    expect(isRetryable(error(42))).toBe(false);
    expect(isRetryable(new LibvirtConnectionError('connection-lost', 'x'))).toBe(true);
    expect(isRetryable(new LibvirtConnectionError('timeout', 'x'))).toBe(true);
    expect(isRetryable(new LibvirtConnectionError('protocol', 'x'))).toBe(false);
  });

  it('keeps the daemon message and extra fields', () => {
    const e = new LibvirtError(
      { code: 55, domain: 20, message: 'domain is not running', level: 2, str1: 'a', int1: 4 },
      'DOMAIN_DESTROY_FLAGS',
    );
    expect(e).toMatchObject({
      name: 'LibvirtError',
      message: 'domain is not running',
      str1: 'a',
      str2: null,
      int1: 4,
      procedure: 'DOMAIN_DESTROY_FLAGS',
    });
  });
});
