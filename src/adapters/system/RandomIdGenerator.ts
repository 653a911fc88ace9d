import { randomBytes } from 'node:crypto';
import { injectable } from 'inversify';
import type { IdGenerator } from '../../ports/IdGenerator.js';

/** Cryptographic randomness: CIDs and MACs from concurrent processes must not collide. */
@injectable()
export class RandomIdGenerator implements IdGenerator {
  hex(length: number): string {
    return randomBytes(Math.ceil(length / 2)).toString('hex').slice(0, length);
  }
}
