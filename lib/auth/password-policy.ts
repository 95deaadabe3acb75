/**
 * The one password policy (decision 080), used wherever a password is set:
 * the profile (own password), the administrator setting someone's password,
 * and the seed. NIST SP 800-63B / ASVS 5.0 style: 8 to 128 characters
 * counted as Unicode code points after NFC normalisation, no composition
 * rules, and the most common leaked passwords refused — compared in lower
 * case and also as typed on the Russian keyboard layout («йцукенгш» is
 * «qwertyui», «пароль» is «gfhjkm»).
 */
import { z } from "zod";
import { COMMON_PASSWORDS } from "./common-passwords";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password";

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

export const PASSWORD_MESSAGES = {
  tooShort: `Пароль должен быть не короче ${PASSWORD_MIN_LENGTH} символов`,
  tooLong: `Пароль должен быть не длиннее ${PASSWORD_MAX_LENGTH} символов`,
  common: "Это один из самых распространённых паролей, его подбирают первым. Придумайте другой — например, фразу из нескольких слов.",
} as const;

let common: Set<string> | undefined;
function commonSet(): Set<string> {
  common ??= new Set(COMMON_PASSWORDS);
  return common;
}

// The same keys on the ЙЦУКЕН and QWERTY layouts.
const CYRILLIC_KEYS = "ёйцукенгшщзхъфывапролджэячсмитьбю";
const LATIN_KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,.";
const TO_LATIN = new Map([...CYRILLIC_KEYS].map((c, i) => [c, LATIN_KEYS[i]]));

/** What a string typed on the Russian layout reads as on the Latin one. */
export function asLatinLayout(value: string): string {
  return [...value].map((c) => TO_LATIN.get(c) ?? c).join("");
}

/** Length as people count it: Unicode code points of the NFC form. */
export function passwordLength(password: string): number {
  return [...password.normalize("NFC")].length;
}

export function isCommonPassword(password: string): boolean {
  const lower = password.normalize("NFC").toLowerCase();
  const set = commonSet();
  return set.has(lower) || set.has(asLatinLayout(lower));
}

/** The Russian message for a password that may not be set, or null when it may. */
export function passwordProblem(password: string): string | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return PASSWORD_MESSAGES.tooShort;
  if (length > PASSWORD_MAX_LENGTH) return PASSWORD_MESSAGES.tooLong;
  if (isCommonPassword(password)) return PASSWORD_MESSAGES.common;
  return null;
}

/** For scripts (the seed): throws the policy's message. */
export function assertPasswordAllowed(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new Error(problem);
}

/** The field schema of every new password; the message appears next to the field. */
export const newPasswordSchema = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
