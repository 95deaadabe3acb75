import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, labelOptions, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { listManagedSurveys, listSurveysToAnswer } from "@/lib/features/surveys/queries";
import { surveyListQuerySchema } from "@/lib/features/surveys/schemas";
import { formatDate } from "@/lib/i18n/dates";
import { PLURALS, SURVEY_AUDIENCE_LABELS, SURVEY_STATUS_LABELS } from "@/lib/i18n/labels";
import { plural } from "@/lib/i18n/plural";

export const metadata: Metadata = { title: "Анкеты" };
const period = (s: { opensOn: Date | null; closesOn: Date | null }) =>
  s.opensOn || s.closesOn ? `${s.opensOn ? `с ${formatDate(s.opensOn)}` : ""} ${s.closesOn ? `по ${formatDate(s.closesOn)}` : ""}`.trim() : "без срока";

export default async function SurveysPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const query = surveyListQuerySchema.parse(await searchParams);
  const manager = can(actor, "survey:manage");
  const [managed, toAnswer] = await Promise.all([manager ? listManagedSurveys(actor, query) : null, can(actor, "survey:answer") ? listSurveysToAnswer(actor) : []]);

  return (
    <div className="space-y-6">
      <PageHeader
        title="Анкеты"
        description={manager ? "Опросы удовлетворённости методической помощью: вопросы, сроки, итоги." : "Анкеты, адресованные вам. Ответ даётся один раз и учитывается анонимно."}
        actions={
          manager ? (
            <Link href="/surveys/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
              Создать анкету
            </Link>
          ) : undefined
        }
      />
      {toAnswer.length || !manager ? (
        <section aria-labelledby="to-answer" className="space-y-3">
          <h2 id="to-answer" className="text-lg font-semibold">
            Ждут вашего ответа
          </h2>
          {toAnswer.length === 0 ? (
            <EmptyState title="Открытых анкет для вас нет">Когда координатор откроет анкету, она появится здесь.</EmptyState>
          ) : (
            <ul className="space-y-2">
              {toAnswer.map((s) => (
                <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 bg-white p-4">
                  <div>
                    <Link href={`/surveys/${s.id}`} className="font-medium text-brand-700 hover:underline">
                      {s.title}
                    </Link>
                    <p className="text-sm text-slate-600">
                      {plural(s._count.questions, { one: "вопрос", few: "вопроса", many: "вопросов" })}, {period(s)}
                    </p>
                  </div>
                  {s.answeredAt ? <Badge tone="success">Вы ответили {formatDate(s.answeredAt)}</Badge> : <Badge tone="warning">Ждёт ответа</Badge>}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {managed ? (
        <section aria-labelledby="managed" className="space-y-3">
          <h2 id="managed" className="text-lg font-semibold">
            Анкеты муниципалитета
          </h2>
          <FilterForm>
            <SearchFilter defaultValue={query.q} placeholder="Название" controlClassName="w-64" />
            <SelectFilter label="Состояние" name="status" defaultValue={query.status} allLabel="Все" options={labelOptions(SURVEY_STATUS_LABELS, ["draft", "open", "closed"])} />
          </FilterForm>
          <p className="text-sm text-slate-600">Найдено: {plural(managed.total, PLURALS.survey)}</p>
          {managed.surveys.length === 0 ? (
            <EmptyState title="Анкет не нашлось">Создайте анкету или измените условия поиска.</EmptyState>
          ) : (
            <Table caption="Анкеты муниципалитета">
              <thead>
                <tr>
                  <Th>Название</Th>
                  <Th>Кому</Th>
                  <Th>Состояние</Th>
                  <Th>Сроки</Th>
                  <Th className="text-right">Ответов</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {managed.surveys.map((s) => (
                  <tr key={s.id}>
                    <Td>
                      <Link href={`/surveys/${s.id}`} className="font-medium text-brand-700 hover:underline">
                        {s.title}
                      </Link>
                    </Td>
                    <Td>{SURVEY_AUDIENCE_LABELS[s.audience]}</Td>
                    <Td>
                      <Badge tone={s.status === "open" ? "success" : s.status === "draft" ? "neutral" : "info"}>{SURVEY_STATUS_LABELS[s.status]}</Badge>
                    </Td>
                    <Td>{period(s)}</Td>
                    <Td className="text-right">{s._count.responses}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <Pagination page={managed.page} pages={managed.pages} params={{ q: query.q, status: query.status }} basePath="/surveys" />
        </section>
      ) : null}
    </div>
  );
}
