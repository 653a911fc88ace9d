import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOurMac, macFromHex } from '../../../../src/domain/network/macAddress.js';
import { planNics } from '../../../../src/domain/network/planNics.js';
import { hex6, hexSource, networks } from '../../../support/arbitraries.js';

describe('planNics', () => {
  it('gives every manual and dynamic network exactly one NIC and vip networks none', () => {
    fc.assert(
      fc.property(networks, fc.array(hex6, { minLength: 1 }), (specs, hexes) => {
        const nics = planNics(specs, hexSource([...new Set(hexes), 'abcdef', '012345', 'fedcba', '999999', '000000', '111111', '222222']));
        const placed = nics.flatMap((nic) => nic.networkNames);
        const needing = Object.keys(specs).filter((name) => specs[name]?.type !== 'vip');
        expect([...placed].sort()).toEqual([...needing].sort());
        expect(new Set(placed).size).toBe(placed.length);
      }),
    );
  });

  it('makes MACs unique, lowercase, colon-separated, under 52:54:00, even when randomness repeats', () => {
    fc.assert(
      fc.property(networks, fc.array(hex6, { minLength: 1, maxLength: 3 }), (specs, hexes) => {
        // Fewer distinct values than NICs would be unsatisfiable; keep enough of them.
        const source = hexSource([...hexes, ...hexes, 'aaaaaa', 'bbbbbb', 'cccccc', 'dddddd', 'eeeeee', 'ffffff']);
        const macs = planNics(specs, source).map((nic) => nic.mac);
        expect(new Set(macs).size).toBe(macs.length);
        for (const mac of macs) {
          expect(isOurMac(mac)).toBe(true);
          expect(mac).toMatch(/^52:54:00:[0-9a-f]{2}:[0-9a-f]{2}:[0-9a-f]{2}$/);
        }
      }),
    );
  });

  it('orders NICs by network name, whatever the order of the map', () => {
    fc.assert(
      fc.property(networks, (specs) => {
        const reversed = Object.fromEntries(Object.entries(specs).reverse());
        const names = (plan: ReturnType<typeof planNics>) => plan.map((nic) => nic.networkNames);
        const counter = () => {
          let n = 0;
          return () => (n++).toString(16).padStart(6, '0');
        };
        expect(names(planNics(reversed, counter()))).toEqual(names(planNics(specs, counter())));
        const firsts = planNics(specs, counter()).map((nic) => nic.networkNames[0] as string);
        expect(firsts).toEqual([...firsts].sort());
      }),
    );
  });

  it("puts networks of one nic_group on one NIC, with the first network's cloud properties", () => {
    const nics = planNics(
      {
        v6: { type: 'manual', nic_group: 'g', cloud_properties: { name: 'second' } },
        alpha: { type: 'manual', nic_group: 'g', cloud_properties: { name: 'first' } },
        beta: { type: 'dynamic' },
        public: { type: 'vip' },
      },
      hexSource(['000001', '000002']),
    );
    expect(nics).toEqual([
      { index: 0, mac: '52:54:00:00:00:01', networkNames: ['alpha', 'v6'], cloudProperties: { name: 'first' } },
      { index: 1, mac: '52:54:00:00:00:02', networkNames: ['beta'], cloudProperties: {} },
    ]);
  });

  it('gives up with an error instead of looping when randomness never changes', () => {
    expect(() => planNics({ a: { type: 'manual' }, b: { type: 'manual' } }, () => 'aaaaaa')).toThrow(/unique MAC/);
  });

  it('refuses randomness that is not six lowercase hex digits', () => {
    expect(() => macFromHex('ABCDEF')).toThrow();
    expect(() => macFromHex('12345')).toThrow();
  });
});
