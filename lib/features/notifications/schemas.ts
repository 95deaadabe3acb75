import { z } from "zod";
import "@/lib/validation";

export const markReadSchema = z.object({ notificationId: z.string().min(1) });
export const markAllReadSchema = z.object({});

export const notificationListQuerySchema = z.object({
  filter: z.enum(["unread"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;
