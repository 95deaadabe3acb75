import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import type { ApiTokenStatus } from "@/lib/auth/api-token";
import type { OwnApiToken } from "@/lib/features/api-tokens/queries";
import { formatDate, formatDateTime } from "@/lib/i18n/dates";
import { API_TOKEN_STATUS_LABELS } from "@/lib/i18n/labels";
import { RevokeApiTokenButton } from "./revoke-api-token-button";

const TONES: Record<ApiTokenStatus, BadgeTone> = { active: "success", expired: "neutral", revoked: "danger" };

/** The day a token still works: it expires at the midnight after it. */
const lastValidDay = (expiresAt: Date) => new Date(expiresAt.getTime() - 1);

export function ApiTokenList({ tokens }: { tokens: OwnApiToken[] }) {
  if (tokens.length === 0) return <EmptyState title="Токенов пока нет" />;
  return (
    <Table caption="Ваши токены доступа к API">
      <thead>
        <tr>
          <Th>Название</Th>
          <Th>Начало токена</Th>
          <Th>Создан</Th>
          <Th>Последнее использование</Th>
          <Th>Действует по</Th>
          <Th>Статус</Th>
          <Th>
            <span className="sr-only">Действия</span>
          </Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {tokens.map((t) => (
          <tr key={t.id} data-testid="api-token-row">
            <Td className="font-medium">{t.name}</Td>
            <Td>
              <code className="font-mono text-xs">{t.prefix}…</code>
            </Td>
            <Td>{formatDateTime(t.createdAt)}</Td>
            <Td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "не использовался"}</Td>
            <Td>{t.expiresAt ? formatDate(lastValidDay(t.expiresAt)) : "бессрочно"}</Td>
            <Td>
              <Badge tone={TONES[t.status]}>{API_TOKEN_STATUS_LABELS[t.status]}</Badge>
            </Td>
            <Td>{t.status === "active" ? <RevokeApiTokenButton token={t} /> : null}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
