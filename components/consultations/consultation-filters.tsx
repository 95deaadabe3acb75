import { DateFilter, FilterForm, labelOptions, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import type { ConsultationListQuery } from "@/lib/features/consultations/schemas";
import { CONSULTATION_FORM_LABELS, CONSULTATION_MODULE_LABELS } from "@/lib/i18n/labels";

type Options = { teachers: { id: string; name: string }[]; subjects: { id: string; name: string }[]; schools: { id: string; shortName: string }[] };
const narrow = "max-w-64";

export function ConsultationFilters({ query, options }: { query: ConsultationListQuery; options: Options }) {
  const teachers = options.teachers.map((t) => ({ value: t.id, label: t.name }));
  const subjects = options.subjects.map((s) => ({ value: s.id, label: s.name }));
  const schools = options.schools.map((s) => ({ value: s.id, label: s.shortName }));
  return (
    <FilterForm action="/consultations" submitLabel="Показать" className="print:hidden">
      <SearchFilter defaultValue={query.q} placeholder="педагог, содержание" controlClassName="w-56" />
      <DateFilter label="С даты" name="from" defaultValue={query.from} />
      <DateFilter label="По дату" name="to" defaultValue={query.to} />
      {options.teachers.length > 1 ? (
        <SelectFilter label="Педагог" name="teacher" defaultValue={query.teacher} allLabel="Все педагоги" options={teachers} controlClassName={narrow} />
      ) : null}
      {options.schools.length > 1 ? (
        <SelectFilter label="Школа" name="school" defaultValue={query.school} allLabel="Все школы" options={schools} controlClassName={narrow} />
      ) : null}
      <SelectFilter label="Предмет" name="subject" defaultValue={query.subject} allLabel="Все предметы" options={subjects} controlClassName={narrow} />
      <SelectFilter label="Модуль" name="module" defaultValue={query.module} allLabel="Все модули" options={labelOptions(CONSULTATION_MODULE_LABELS)} controlClassName={narrow} />
      <SelectFilter label="Форма" name="form" defaultValue={query.form} allLabel="Любая" options={labelOptions(CONSULTATION_FORM_LABELS)} controlClassName={narrow} />
    </FilterForm>
  );
}
