import { injectable } from 'inversify';
import type { IdGenerator } from '../../ports/IdGenerator.js';
import { randomHex } from './randomHex.js';

/** Cryptographic randomness: CIDs and MACs from concurrent processes must not collide. */
@injectable()
export class RandomIdGenerator implements IdGenerator {
  hex(length: number): string {
    return randomHex(Math.ceil(length / 2)).slice(0, length);
  }
}
