import type { Metadata } from "next";
import { CycleTabs } from "@/components/cycles/cycle-tabs";
import { MonitorTable } from "@/components/monitor/monitor-table";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { ExportLink } from "@/components/ui/export-link";
import { FilterForm, HiddenFilter, labelOptions, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/session";
import { ATTENTION_DEFINITION, ZONE_DEFINITION, ZONE_LABELS } from "@/lib/domain/measures";
import { SCHOOL_CATEGORIES_FOR_FILTER } from "@/lib/features/monitor/columns";
import { getMonitorPage } from "@/lib/features/monitor/queries";
import { monitorQuerySchema, type MonitorQuery } from "@/lib/features/monitor/schemas";
import { CATEGORY_LABELS, PLURALS } from "@/lib/i18n/labels";
import { plural } from "@/lib/i18n/plural";

export const metadata: Metadata = { title: "Мониторинг реализации" };

/** Filter cells of the panel: label above a full-width control. */
const cell = { className: "space-y-1", controlClassName: "block w-full" };

export default async function MonitorPage({ params, searchParams }: { params: Promise<{ cycleId: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const [{ cycleId }, raw] = await Promise.all([params, searchParams]);
  const query = monitorQuerySchema.parse(raw);
  const actor = await requireActor();
  const { cycle, rows, total, all, page, pages, curators } = await getMonitorPage(actor, cycleId, query);
  const basePath = `/cycles/${cycle.id}/monitor`;
  const asParams = (q: MonitorQuery): Record<string, string | undefined> => ({
    q: q.q,
    category: q.category,
    zone: q.zone,
    curator: q.curator,
    sort: q.sort,
    dir: q.dir,
    page: q.page ? String(q.page) : undefined,
  });
  const hrefWith = (patch: Partial<MonitorQuery>) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(asParams({ ...query, ...patch }))) if (v) search.set(k, v);
    const s = search.toString();
    return `${basePath}${s ? `?${s}` : ""}`;
  };
  const curatorOptions = [{ value: "none", label: "Не назначен" }, ...curators.map(([id, name]) => ({ value: id, label: name }))];

  return (
    <div className="space-y-6">
      <PageHeader
        title="Мониторинг реализации"
        description={cycle.title}
        actions={<ExportLink path={`${basePath}/export`} params={asParams(query)} what="мониторинг школ с выбранными фильтрами и сортировкой" />}
      />
      <CycleTabs actor={actor} cycleId={cycle.id} current="/monitor" />
      <FilterForm
        action={basePath}
        aria-label="Фильтры мониторинга"
        layout="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
        submitLabel="Показать"
        submitVariant="primary"
        resetHref={basePath}
        resetLabel="Сбросить фильтры"
        actionsClassName="flex gap-2 lg:col-span-5"
      >
        <SearchFilter label="Поиск по названию или коду ОО" defaultValue={query.q} {...cell} className="space-y-1 lg:col-span-2" />
        <SelectFilter label="Категория" name="category" defaultValue={query.category} allLabel="Все" options={labelOptions(CATEGORY_LABELS, SCHOOL_CATEGORIES_FOR_FILTER)} {...cell} />
        <SelectFilter label="Зона" name="zone" defaultValue={query.zone} allLabel="Все" options={labelOptions(ZONE_LABELS, ["red", "yellow", "green"])} {...cell} />
        <SelectFilter label="Куратор" name="curator" defaultValue={query.curator} allLabel="Все" options={curatorOptions} {...cell} />
        <HiddenFilter name="sort" value={query.sort} />
        <HiddenFilter name="dir" value={query.dir} />
      </FilterForm>

      <p className="text-sm text-slate-600">
        Показано: {plural(total, PLURALS.school)} из {all}.
      </p>
      {rows.length === 0 ? (
        <EmptyState title="Школ не найдено">{all === 0 ? "В цикл ещё не включены школы." : "Измените условия поиска или фильтры."}</EmptyState>
      ) : (
        <MonitorTable rows={rows} query={query} cycleId={cycle.id} hrefWith={hrefWith} />
      )}
      <Pagination page={page} pages={pages} params={asParams({ ...query, page: undefined })} basePath={basePath} />

      <Alert>
        <p className="font-medium">Как определяется зона</p>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          <li>{ZONE_DEFINITION.red}</li>
          <li>{ZONE_DEFINITION.yellow}</li>
          <li>{ZONE_DEFINITION.green}</li>
        </ul>
        <p className="mt-2">«Выполнено» — выполненные мероприятия, включая ожидающие подтверждения куратора; % выполнения — их доля от всех мероприятий. {ATTENTION_DEFINITION}</p>
      </Alert>
    </div>
  );
}
