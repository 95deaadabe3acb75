/**
 * Password hashing: argon2id with OWASP's minimum parameters (19 MiB, t=2,
 * p=1). Unlike bcrypt it has no 72-byte limit, which matters for Cyrillic
 * passwords (2 bytes a letter).
 */
import { hash, verify } from "@node-rs/argon2";

const ARGON2ID = 2; // Algorithm.Argon2id (a const enum, not importable under isolatedModules)
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize("NFC"));
  } catch {
    return false;
  }
}

/**
 * A hash of a random password, verified against when the account does not
 * exist so that unknown users and wrong passwords take the same time.
 */
let dummyHash: Promise<string> | undefined;
export function timingDummyHash(): Promise<string> {
  dummyHash ??= hash(crypto.randomUUID(), OPTIONS);
  return dummyHash;
}
