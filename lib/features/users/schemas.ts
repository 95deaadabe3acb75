import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password-policy";
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
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "Пароли не совпадают" });
