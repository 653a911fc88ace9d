import { DomainError, type ErrorKind } from '../../../domain/errors/DomainError.js';
import type { VBoxFailureClass } from './classifyVBoxOutput.js';

/** A VBoxManage call that failed, with its classification; callers turn `not_found` into their kind. */
export class VBoxManageFailure extends DomainError {
  constructor(
    readonly failureClass: VBoxFailureClass,
    readonly subcommand: string,
    readonly exitCode: number,
    readonly summary: string,
    kind: ErrorKind = 'infrastructure',
    okToRetry = false,
  ) {
    super(kind, `VBoxManage ${subcommand} failed (exit ${exitCode}): ${summary}`, okToRetry);
  }

  static isClass(error: unknown, failureClass: VBoxFailureClass): error is VBoxManageFailure {
    return error instanceof VBoxManageFailure && error.failureClass === failureClass;
  }
}
