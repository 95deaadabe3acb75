import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Detail, Details } from "@/components/ui/details";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { thresholdText } from "@/lib/domain/risk/indicator-value";
import type { RiskProfilePage, RiskProfilePageFactor } from "@/lib/features/risk-profile/queries";
import { formatDate } from "@/lib/i18n/dates";
import { RISK_PROFILE_STATUS_LABELS, SIGNIFICANCE_LABELS } from "@/lib/i18n/labels";
import { formatNumber, formatPercent, plural } from "@/lib/i18n/plural";
import { OverrideForm } from "./override-form";
import { ReviewPanel } from "./review-panel";
import { FlagMark, SignificanceWithConsequence } from "./risk-bits";
import { RiskValuesForm } from "./risk-values-form";
import { SignificanceLegend } from "./significance-legend";
import { HistoryList } from "@/components/history/history-list";

const STATUS_TONES = { draft: "neutral", submitted: "info", confirmed: "success", returned: "warning" } as const;

function formatValue(unit: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return "не заполнено";
  if (unit === "boolean") return value === 1 ? "да" : "нет";
  if (unit === "percent") return formatPercent(value);
  return `${formatNumber(value)} б.`;
}

export function RiskProfileView({ page }: { page: RiskProfilePage }) {
  const { cycleSchool: cs, profile, status, factors } = page;
  const school = cs.school;
  const documentsHref = `/schools/${school.code}/documents?cycle=${cs.cycleId}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Рисковый профиль: ${school.shortName}`}
        description={`Стартовая диагностика, ${cs.cycle.title}`}
        actions={<Badge tone={STATUS_TONES[status]}>{profile ? RISK_PROFILE_STATUS_LABELS[status] : "Не начат"}</Badge>}
      />

      <Card aria-labelledby="profile-info">
        <CardTitle id="profile-info">Сведения о профиле</CardTitle>
        <Details className="lg:grid-cols-3">
          <Detail label="Статус">{profile ? RISK_PROFILE_STATUS_LABELS[status] : "Диагностика не начата"}</Detail>
          <Detail label="Куратор">{page.curatorName ?? "Не назначен"}</Detail>
          <Detail label="Каталог факторов">{page.catalogYear ? `${page.catalogYear} год` : "—"}</Detail>
          {profile?.submittedAt ? <Detail label="Отправлен на проверку">{formatDate(profile.submittedAt)}</Detail> : null}
          {profile?.confirmedAt ? (
            <Detail label="Подтверждён">
              {formatDate(profile.confirmedAt)}
              {profile.confirmedBy ? `, ${profile.confirmedBy.name}` : ""}
            </Detail>
          ) : null}
        </Details>
      </Card>

      {status === "returned" && profile?.returnComment ? (
        <Alert tone="error">
          <p className="font-medium">Профиль возвращён куратором на доработку</p>
          <p className="mt-1 whitespace-pre-line">{profile.returnComment}</p>
        </Alert>
      ) : null}
      {status === "submitted" && !page.canReview ? <Alert>Профиль на проверке у куратора. Значения изменить нельзя.</Alert> : null}

      {status === "confirmed" ? <ConfirmedSummary factors={factors} documentsHref={documentsHref} /> : null}

      <SignificanceLegend rule={page.rule} />

      {factors.length === 0 ? (
        <EmptyState title={`Каталог факторов риска на ${cs.cycle.year} год не заполнен`}>Обратитесь к администратору.</EmptyState>
      ) : page.canFill ? (
        <RiskValuesForm
          cycleSchoolId={cs.id}
          profileId={profile?.id ?? null}
          version={profile?.version ?? null}
          factors={factors.map(({ id, code, title, indicators }) => ({ id, code, title, indicators }))}
          values={page.values}
          rule={page.rule}
        />
      ) : (
        <div className="space-y-6">
          {factors.map((factor) => (
            <FactorCard key={factor.id} factor={factor} values={page.values} review={page.canReview} />
          ))}
        </div>
      )}

      {page.canReview && profile ? <ReviewPanel profileId={profile.id} version={profile.version} /> : null}

      {profile ? <HistoryList entityType="RiskProfile" entityId={profile.id} /> : null}
    </div>
  );
}

function FactorCard({ factor, values, review }: { factor: RiskProfilePageFactor; values: Record<string, number | null>; review: boolean }) {
  const headingId = `factor-${factor.code}`;
  return (
    <Card aria-labelledby={headingId}>
      <CardTitle id={headingId}>
        {factor.code}. {factor.title}
      </CardTitle>
      <Table caption={`Показатели фактора «${factor.title}»`}>
        <thead>
          <tr>
            <Th>Показатель</Th>
            <Th>Значение</Th>
            <Th>Порог</Th>
            <Th>Фиксация риска</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {factor.indicators.map((ind) => (
            <tr key={ind.id}>
              <Td>
                {ind.code} {ind.title}
              </Td>
              <Td className="whitespace-nowrap">{formatValue(ind.unit, values[ind.id])}</Td>
              <Td className="whitespace-nowrap text-slate-600">{thresholdText(ind)}</Td>
              <Td>{factor.flags[ind.id] ? <FlagMark indicator={ind} /> : <span className="text-slate-500">нет</span>}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <div className="mt-3 space-y-1 text-sm">
        <p>
          Отмечено «*»: {plural(factor.flaggedCount, { one: "показатель", few: "показателя", many: "показателей" })} из {factor.indicators.length}.
          Предложено по правилу: {SIGNIFICANCE_LABELS[factor.suggested].toLowerCase()}.
        </p>
        <p>
          Значимость: <SignificanceWithConsequence significance={factor.significance} />
        </p>
        {factor.overrideReason ? (
          <p className="text-slate-700">
            <span className="font-medium">Обоснование куратора:</span> {factor.overrideReason}
          </p>
        ) : null}
        {factor.programRequired ? <p className="font-medium text-slate-900">Требуется антирисковая программа</p> : null}
      </div>
      {review && factor.assessment ? <OverrideForm factorTitle={factor.title} assessment={factor.assessment} /> : null}
    </Card>
  );
}

function ConfirmedSummary({ factors, documentsHref }: { factors: RiskProfilePageFactor[]; documentsHref: string }) {
  const required = factors.filter((f) => f.programRequired);
  return (
    <Card aria-labelledby="profile-summary">
      <CardTitle id="profile-summary">Итоги рискового профиля</CardTitle>
      <p className="mb-3 text-sm text-slate-700">
        Антирисковые программы требуются по{" "}
        {plural(required.length, { one: "фактору", few: "факторам", many: "факторам" })}.{" "}
        <Link href={documentsHref} className="font-medium text-brand-700 underline">
          Перейти к документам школы
        </Link>
      </p>
      <Table caption="Факторы риска, их значимость и необходимость антирисковой программы">
        <thead>
          <tr>
            <Th>Фактор риска</Th>
            <Th>Значимость</Th>
            <Th>Антирисковая программа</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {factors.map((f) => (
            <tr key={f.id}>
              <Td>
                {f.code}. {f.title}
              </Td>
              <Td>
                <SignificanceWithConsequence significance={f.significance} />
              </Td>
              <Td>
                {f.programRequired ? (
                  <Link href={documentsHref} className="text-brand-700 underline">
                    Требуется
                  </Link>
                ) : (
                  "Не требуется"
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
