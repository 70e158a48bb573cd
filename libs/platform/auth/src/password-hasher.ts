import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify, type Options } from '@node-rs/argon2';

/**
 * argon2id at OWASP's recommended minimum: 19 MiB of memory, 2 iterations, 1 lane.
 * (@node-rs/argon2 rather than `argon2`: the latter's prebuilt binary crashes Node 20 on load here.)
 */
export const ARGON2_OPTIONS: Options = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /**
   * Spends the same time as a real verification, for unknown emails, so the answer time
   * does not tell whether an account exists.
   */
  async verifyNothing(password: string): Promise<false> {
    await this.verify(await this.dummy, password);
    return false;
  }

  private readonly dummy = hash('not a real password', ARGON2_OPTIONS);
}
