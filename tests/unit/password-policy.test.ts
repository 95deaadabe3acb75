/** Issue 7, point 5: the password hash and the one password policy (decision 080). */
import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS } from "@/lib/auth/common-passwords";
import { hashPassword, timingDummyHash, verifyPassword } from "@/lib/auth/password";
import { asLatinLayout, isCommonPassword, PASSWORD_MESSAGES, passwordLength, passwordProblem } from "@/lib/auth/password-policy";
import { changePasswordSchema } from "@/lib/features/auth/schemas";
import { setUserPasswordSchema } from "@/lib/features/users/schemas";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-data";

/** The parameters written into a PHC string: `$argon2id$v=19$m=19456,t=2,p=1$salt$hash`. */
function argon2Params(hash: string) {
  const match = /^\$(argon2(?:id|i|d))\$v=(\d+)\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(hash);
  if (!match) throw new Error(`not an argon2 PHC string: ${hash}`);
  return { algorithm: match[1], version: Number(match[2]), memoryKiB: Number(match[3]), time: Number(match[4]), lanes: Number(match[5]) };
}

describe("the password hash", () => {
  it("is argon2id with at least 19 MiB and two passes, read out of a produced hash", async () => {
    const params = argon2Params(await hashPassword("длинная фраза для проверки"));
    expect(params.algorithm).toBe("argon2id");
    expect(params.version).toBe(19);
    expect(params.memoryKiB).toBeGreaterThanOrEqual(19 * 1024);
    expect(params.time).toBeGreaterThanOrEqual(2);
  });

  it("the dummy hash checked for unknown users costs the same as a real one", async () => {
    const { algorithm, memoryKiB, time, lanes } = argon2Params(await hashPassword("x".repeat(12)));
    expect(argon2Params(await timingDummyHash())).toMatchObject({ algorithm, memoryKiB, time, lanes });
  });

  it("salts every hash", async () => {
    expect(await hashPassword("одинаковый пароль")).not.toBe(await hashPassword("одинаковый пароль"));
  });

  it("normalises to NFC for hashing and verifying alike", async () => {
    const composed = "пароль-йод-ёлка".normalize("NFC");
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed); // й and ё decompose
    expect(await verifyPassword(await hashPassword(decomposed), composed)).toBe(true);
    expect(await verifyPassword(await hashPassword(composed), decomposed)).toBe(true);
    expect(passwordLength(decomposed)).toBe(passwordLength(composed));
  });

  it("tells 40-letter Cyrillic passwords apart by their last letter, both ways", async () => {
    const stem = "широкаяэлектрификацияюжныхгубернийдастм";
    const a = `${stem}ощь`.slice(0, 40);
    const b = `${a.slice(0, 39)}ъ`;
    expect([...a]).toHaveLength(40);
    expect([...b]).toHaveLength(40);
    expect(a).not.toBe(b);
    const [hashA, hashB] = [await hashPassword(a), await hashPassword(b)];
    expect(await verifyPassword(hashA, b)).toBe(false);
    expect(await verifyPassword(hashB, a)).toBe(false);
    expect(await verifyPassword(hashA, a)).toBe(true);
  });
});

describe("the password policy", () => {
  it("bundles at least the 10,000 most common passwords", () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThanOrEqual(10_000);
    expect(COMMON_PASSWORDS.slice(0, 3)).toEqual(["password", "12345678", "123456789"]);
  });

  it("asks for at least 8 characters, counted as letters, not bytes", () => {
    expect(passwordProblem("корова7")).toBe(PASSWORD_MESSAGES.tooShort);
    expect(passwordProblem("корова7!")).toBeNull();
    expect(passwordProblem("й".normalize("NFD").repeat(7))).toBe(PASSWORD_MESSAGES.tooShort); // 7 letters, 14 code units
  });

  it("accepts 64 and 128 characters and refuses 129", () => {
    const phrase = (n: number) => "мой кот любит спать на тёплом подоконнике ".repeat(4).slice(0, n);
    expect(passwordProblem(phrase(64))).toBeNull();
    expect(passwordProblem(phrase(128))).toBeNull();
    expect(passwordProblem(phrase(129))).toBe(PASSWORD_MESSAGES.tooLong);
  });

  it("has no composition rules: lowercase letters only, or digits only, are fine when not common", () => {
    expect(passwordProblem("всеголишьбуквы")).toBeNull();
    expect(passwordProblem("onlylowercaseletters")).toBeNull();
    expect(passwordProblem("40981736")).toBeNull();
  });

  it("refuses the common passwords, in any case and typed on the Russian layout", () => {
    for (const word of ["password", "12345678", "qwertyuiop", "1qaz2wsx", "iloveyou1", COMMON_PASSWORDS[9_999]]) {
      expect(passwordProblem(word), word).toBe(PASSWORD_MESSAGES.common);
    }
    expect(isCommonPassword("PassWord")).toBe(true);
    expect(isCommonPassword("QWERTYUIOP")).toBe(true);
    expect(asLatinLayout("йцукенгшщз")).toBe("qwertyuiop");
    expect(isCommonPassword("йцукенгшщз")).toBe(true); // qwertyuiop on the Russian layout
    expect(isCommonPassword("пароль123")).toBe(true); // «gfhjkm123» on the Latin layout
    expect(isCommonPassword("пароль для отчётов 2025")).toBe(false);
  });

  it("the demo password obeys it", () => {
    expect(passwordProblem(DEMO_PASSWORD)).toBeNull();
  });

  it("is the one rule of both forms that set a password, with the Russian message on the field", () => {
    const own = changePasswordSchema.safeParse({ currentPassword: "старый-пароль", newPassword: "Password1", confirmPassword: "Password1" });
    expect(own.success).toBe(false);
    expect(own.error?.issues).toContainEqual(expect.objectContaining({ path: ["newPassword"], message: PASSWORD_MESSAGES.common }));

    const admin = setUserPasswordSchema.safeParse({ userId: "u1", version: 1, newPassword: "короткий".slice(0, 5), confirmPassword: "корот" });
    expect(admin.success).toBe(false);
    expect(admin.error?.issues).toContainEqual(expect.objectContaining({ path: ["newPassword"], message: PASSWORD_MESSAGES.tooShort }));

    const fine = "тёплый подоконник у окна";
    expect(setUserPasswordSchema.safeParse({ userId: "u1", version: 1, newPassword: fine, confirmPassword: fine }).success).toBe(true);
  });
});
