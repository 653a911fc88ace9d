import { injectable } from 'inversify';
import { failure } from '../../domain/errors/DomainError.js';
import type { AgentSettingsMedium } from '../../ports/AgentSettingsMedium.js';

/** Stands in for the ISO 9660 writer until it is merged; see agentSettingsMediumImplementation.ts. */
@injectable()
export class SettingsMediumNotMerged implements AgentSettingsMedium {
  build(): Uint8Array {
    throw failure('not_implemented', 'this build has no ISO 9660 writer, so it cannot make the agent settings medium');
  }
}
