import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FREE_SPACE_FAIL_BYTES, FREE_SPACE_WARN_BYTES, freeSpaceFinding } from '../../../../src/adapters/libvirt/probe/freeSpaceFinding.js';
import { doctorVerdict } from '../../../../src/app/doctor/doctorVerdict.js';
import { renderFindingsTable, wrapText } from '../../../../src/app/doctor/renderFindingsTable.js';
import type { HostFinding } from '../../../../src/ports/HostProbe.js';

const finding = (status: HostFinding['status'], check = 'c'): HostFinding => ({
  check,
  status,
  detail: 'd',
  fix: status === 'ok' ? '' : 'f',
});

describe('doctorVerdict', () => {
  it('exits non-zero exactly when some check failed', () => {
    expect(doctorVerdict([finding('ok'), finding('warn')]).exitCode).toBe(0);
    expect(doctorVerdict([finding('ok'), finding('fail')]).exitCode).toBe(1);
    expect(doctorVerdict([finding('fail'), finding('fail'), finding('warn')]).summary).toMatch(/^2 check\(s\) failed, 1 warning/);
    expect(doctorVerdict([finding('ok')]).summary).toBe('All 1 checks passed.');
  });

  it('counts checks it could not make apart from warnings, and does not fail for them', () => {
    const skipped = doctorVerdict([finding('ok'), finding('skip'), finding('skip')]);
    expect(skipped).toEqual({ exitCode: 0, summary: '1 checks passed, 2 not checked: read the SKIP rows.' });
    expect(doctorVerdict([finding('fail'), finding('skip'), finding('skip')]).summary).toMatch(
      /^1 check\(s\) failed, 0 warning\(s\), 2 not checked:/,
    );
    expect(doctorVerdict([finding('warn'), finding('skip')]).summary).toMatch(/^No failures, 1 warning\(s\), 1 not checked:/);
    expect(renderFindingsTable([finding('skip')])).toMatch(/^SKIP {2}/m);
  });
});

describe('renderFindingsTable', () => {
  it('puts every finding on its own row with its fix, under a header', () => {
    const table = renderFindingsTable([
      { check: 'network z1', status: 'fail', detail: 'not defined', fix: 'virsh net-start z1' },
      { check: 'qemu-img', status: 'ok', detail: 'qemu-img 7.2.0', fix: '' },
    ]);
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^STATUS\s+CHECK\s+FINDING\s+FIX$/);
    expect(lines[2]).toMatch(/^FAIL\s+network z1\s+not defined\s+virsh net-start z1$/);
    expect(lines[3]).toMatch(/^ok\s+qemu-img\s+qemu-img 7\.2\.0\s+-$/);
  });

  it('wraps long cells inside their column and loses no word', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z/]{1,70}$/), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 8, max: 60 }),
        (words, width) => {
          const text = words.join(' ');
          const lines = wrapText(text, width);
          expect(lines.every((line) => line.length <= width)).toBe(true);
          expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
        },
      ),
    );
  });
});

describe('freeSpaceFinding', () => {
  it('fails below the stemcell threshold, warns below the comfortable one', () => {
    expect(freeSpaceFinding('pool p', FREE_SPACE_FAIL_BYTES - 1).status).toBe('fail');
    expect(freeSpaceFinding('pool p', FREE_SPACE_WARN_BYTES - 1).status).toBe('warn');
    expect(freeSpaceFinding('pool p', FREE_SPACE_WARN_BYTES).status).toBe('ok');
    expect(freeSpaceFinding('pool p', 3 * 1024 ** 3).detail).toMatch(/^3\.0 GiB free in pool p/);
  });
});
