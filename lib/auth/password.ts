import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's `Algorithm.Argon2id`, a const enum that isolated modules cannot import) with
// OWASP's suggested minimums (19 MiB, 2 passes).
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
