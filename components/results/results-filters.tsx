import { FilterForm, HiddenFilter, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { RESULT_SORT_LABELS, RESULT_SORTS } from "@/lib/domain/results/comparison";
import type { ResultsOverviewData } from "@/lib/features/results/overview";
import { EXAM_KIND_LABELS } from "@/lib/i18n/labels";

const narrow = "max-w-64";

/**
 * GET form: every filter lives in the URL. Exam, subject and class always
 * name one series; a subject the chosen exam does not have falls back to the
 * exam's first (the page says which series it shows).
 */
export function ResultsFilters({ data, q, asOf }: { data: ResultsOverviewData; q?: string; asOf?: number }) {
  const { selection, options } = data;
  return (
    <FilterForm action="/results" submitLabel="Показать" className="print:hidden" aria-label="Отбор результатов">
      {data.municipalities.length > 1 ? (
        <SelectFilter
          label="Муниципалитет"
          name="municipality"
          defaultValue={data.municipality.id}
          options={data.municipalities.map((m) => ({ value: m.id, label: m.name }))}
          controlClassName={narrow}
        />
      ) : null}
      <SelectFilter label="Год" name="year" defaultValue={String(selection.year)} options={[...data.years].reverse().map((y) => ({ value: String(y), label: String(y) }))} />
      <SelectFilter label="Экзамен" name="exam" defaultValue={selection.series.exam} options={options.exams.map((e) => ({ value: e, label: EXAM_KIND_LABELS[e] }))} />
      <SelectFilter label="Предмет" name="subject" defaultValue={selection.series.subjectCode} options={options.subjects.map((s) => ({ value: s.code, label: s.name }))} controlClassName={narrow} />
      {options.grades.length > 0 ? (
        <SelectFilter label="Класс" name="grade" defaultValue={String(selection.series.grade)} options={options.grades.map((g) => ({ value: String(g), label: `${g} класс` }))} />
      ) : null}
      <SelectFilter label="Школа" name="school" defaultValue={selection.school?.code} allLabel="Все школы" options={data.schools.map((s) => ({ value: s.code, label: s.shortName }))} controlClassName={narrow} />
      <SearchFilter label="Поиск по школе" defaultValue={q} placeholder="Название или код" controlClassName="w-52" />
      <SelectFilter label="Сортировка" name="sort" defaultValue={selection.sort} options={RESULT_SORTS.map((s) => ({ value: s, label: RESULT_SORT_LABELS[s] }))} controlClassName={narrow} />
      <HiddenFilter name="asOf" value={asOf ? String(asOf) : undefined} />
    </FilterForm>
  );
}
