import type { HostFinding } from '../../ports/HostProbe.js';

export interface DoctorVerdict {
  /** Non-zero exactly when a deploy would fail. */
  readonly exitCode: number;
  /** The report's last line: what the operator can expect from a deploy now. */
  readonly summary: string;
}

export function doctorVerdict(findings: readonly HostFinding[]): DoctorVerdict {
  const failed = findings.filter((f) => f.status === 'fail').length;
  const warned = findings.filter((f) => f.status === 'warn').length;
  // A check that was not made is neither a problem nor a pass: counted on its own.
  const skipped = findings.filter((f) => f.status === 'skip').length;
  const notChecked = skipped > 0 ? `, ${skipped} not checked` : '';
  if (failed > 0) {
    return {
      exitCode: 1,
      summary: `${failed} check(s) failed, ${warned} warning(s)${notChecked}: a deploy would fail until the FAIL rows are fixed.`,
    };
  }
  if (warned > 0)
    return { exitCode: 0, summary: `No failures, ${warned} warning(s)${notChecked}: deploys should work; read the WARN rows.` };
  if (skipped > 0)
    return { exitCode: 0, summary: `${findings.length - skipped} checks passed, ${skipped} not checked: read the SKIP rows.` };
  return { exitCode: 0, summary: `All ${findings.length} checks passed.` };
}
