import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { ROLES } from "@/lib/auth/permissions";

export const setUserActiveSchema = z.object({
  userId: z.string().min(1),
  active: z.boolean(),
  version: z.number().int().positive(),
});

export const userListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(["active", "inactive"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

/** The administrator sets a password for someone (a new, imported or locked-out account). */
export const setUserPasswordSchema = z
  .object({
    userId: z.string().min(1),
    version: z.number().int().positive(),
    newPassword: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `Пароль должен быть не короче ${PASSWORD_MIN_LENGTH} символов`)
      .max(PASSWORD_MAX_LENGTH, `Пароль должен быть не длиннее ${PASSWORD_MAX_LENGTH} символов`),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "Пароли не совпадают" });
