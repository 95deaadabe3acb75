import { DateFilter, FilterForm, HiddenFilter, labelOptions, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import type { EventListQuery } from "@/lib/features/events/schemas";
import { EVENT_AUDIENCE_LABELS, EVENT_FORMAT_LABELS, EVENT_TYPE_LABELS } from "@/lib/i18n/labels";

type Options = { modules: { id: string; title: string }[]; projects: { id: string; title: string }[]; schools: { id: string; shortName: string }[] };
const narrow = "max-w-64";
const SORT_OPTIONS = [
  { value: "date_desc", label: "Сначала новые" },
  { value: "date_asc", label: "Сначала ранние" },
  { value: "topic", label: "По теме" },
  { value: "participants", label: "По числу участников" },
];

/** GET form: every filter lives in the URL. */
export function EventFilters({ query, options }: { query: EventListQuery; options: Options }) {
  const modules = options.modules.map((m) => ({ value: m.id, label: m.title }));
  const projects = [{ value: "none", label: "Вне проектов" }, ...options.projects.map((p) => ({ value: p.id, label: p.title }))];
  const schools = options.schools.map((s) => ({ value: s.id, label: s.shortName }));
  return (
    <FilterForm action="/events" submitLabel="Показать" className="print:hidden">
      <HiddenFilter name="view" value={query.view} />
      <HiddenFilter name="month" value={query.month} />
      <SearchFilter label="Поиск по теме" defaultValue={query.q} controlClassName="w-56" />
      <DateFilter label="С даты" name="from" defaultValue={query.from} />
      <DateFilter label="По дату" name="to" defaultValue={query.to} />
      <SelectFilter label="Вид" name="type" defaultValue={query.type} allLabel="Все виды" options={labelOptions(EVENT_TYPE_LABELS)} controlClassName={narrow} />
      <SelectFilter label="Формат" name="format" defaultValue={query.format} allLabel="Любой" options={labelOptions(EVENT_FORMAT_LABELS)} controlClassName={narrow} />
      <SelectFilter label="Аудитория" name="audience" defaultValue={query.audience} allLabel="Любая" options={labelOptions(EVENT_AUDIENCE_LABELS)} controlClassName={narrow} />
      <SelectFilter label="Модуль плана" name="module" defaultValue={query.module} allLabel="Все модули" options={modules} controlClassName={narrow} />
      <SelectFilter label="Муниципальный проект" name="project" defaultValue={query.project} allLabel="Все" options={projects} controlClassName={narrow} />
      <SelectFilter label="Школа" name="school" defaultValue={query.school} allLabel="Все школы" options={schools} controlClassName={narrow} />
      <SelectFilter label="Сортировка" name="sort" defaultValue={query.sort} options={SORT_OPTIONS} controlClassName={narrow} />
    </FilterForm>
  );
}
