import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password";
import { newPasswordSchema } from "@/lib/auth/password-policy";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const SIGN_IN_MESSAGES = {
  invalid: "Неверный адрес электронной почты или пароль.",
  rate_limited: "Слишком много неудачных попыток входа. Подождите минуту и попробуйте снова.",
} as const;

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Введите адрес электронной почты")
    .max(254, "Слишком длинный адрес")
    .pipe(z.email("Введите адрес электронной почты, например ivanova@school.ru")),
  // Generous: the policy counts letters after NFC, a decomposed input can be twice as long in code units.
  password: z.string().min(1, "Введите пароль").max(PASSWORD_MAX_LENGTH * 8, "Слишком длинный пароль"),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Введите текущий пароль"),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "Пароли не совпадают",
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "Новый пароль совпадает с текущим",
  });
