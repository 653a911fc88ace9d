import { describe, expect, it } from 'vitest';
import { DRIVER_CONFIG_SCHEMAS, DRIVER_NAMES } from '../../../../src/app/container/driverConfigSchemas.js';
import { DRIVERS } from '../../../../src/app/container/drivers.js';

describe('DRIVER_CONFIG_SCHEMAS', () => {
  it('names exactly the drivers of DRIVERS', () => {
    expect(Object.keys(DRIVER_CONFIG_SCHEMAS).sort()).toEqual(Object.keys(DRIVERS).sort());
    expect([...DRIVER_NAMES].sort()).toEqual(Object.keys(DRIVERS).sort());
  });
});
