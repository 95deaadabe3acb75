import { z } from "zod";
import "@/lib/validation";

export const API_TOKEN_NAME_MAX = 100;
/** A token may be valid for at most this many days ahead. */
export const API_TOKEN_MAX_DAYS = 3 * 366;
/** Active (not revoked, not expired) tokens per person. */
export const API_TOKEN_ACTIVE_LIMIT = 20;

const today = () => new Date().toISOString().slice(0, 10);
const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const apiTokenNameSchema = z
  .string({ error: "Укажите название токена" })
  .trim()
  .min(1, { error: "Укажите название токена, например «Выгрузка в ИС МЭДК»" })
  .max(API_TOKEN_NAME_MAX, { error: `Не длиннее ${API_TOKEN_NAME_MAX} символов` });

/** `YYYY-MM-DD` from `<input type="date">`, today or later (the token works through that day); empty = no expiry. */
export const apiTokenExpirySchema = z
  .union([z.literal(""), z.iso.date({ error: "Укажите дату в формате ДД.ММ.ГГГГ" })])
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => !v || v >= today(), { error: "Дата окончания не может быть в прошлом" })
  .refine((v) => !v || v <= daysAhead(API_TOKEN_MAX_DAYS), { error: "Срок действия — не больше трёх лет" });

export const createApiTokenSchema = z.object({ name: apiTokenNameSchema, expiresOn: apiTokenExpirySchema });
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: z.string().min(1).max(64) });
