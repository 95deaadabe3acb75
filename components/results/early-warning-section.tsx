import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, HiddenFilter, SelectFilter } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import type { SchoolCategory } from "@/lib/db/generated/enums";
import { EARLY_WARNING_DEFINITION } from "@/lib/domain/results";
import type { ResultsOverviewData } from "@/lib/features/results/overview";
import { CATEGORY_LABELS, PLURALS } from "@/lib/i18n/labels";
import { plural } from "@/lib/i18n/plural";
import { AddAllToCycleButton, AddToCycleButton } from "./add-to-cycle-button";
import { nb } from "./metric-format";
import { WarningDigest } from "./warning-digest";
import { WarningReasons } from "./warning-reasons";

const categoriesText = (categories: readonly SchoolCategory[]) => categories.map((c) => CATEGORY_LABELS[c]).join(", ");

/**
 * «Раннее предупреждение»: the rule on screen, the schools of the scope it
 * flags as of a year with their reasons, and each one's place in the next
 * cycle's lists — with the one-step «Добавить в списки» for the coordinator,
 * school by school or all the unlisted ones at once.
 */
export function EarlyWarningSection({ data, params }: { data: ResultsOverviewData; params: Record<string, string | undefined> }) {
  const { warnings, canManage } = data;
  const { asOf, nextCycle, asOfCycle, flagged, unlisted } = warnings;
  return (
    <section aria-labelledby="warnings-title" className="space-y-4 break-before-page">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="warnings-title" className="text-lg font-semibold text-slate-900">
          Раннее предупреждение
        </h2>
        <FilterForm action="/results#warnings-title" submitLabel="Показать" className="print:hidden" aria-label="Год раннего предупреждения">
          {Object.entries(params).map(([k, v]) => (k === "asOf" || k === "wpage" ? null : <HiddenFilter key={k} name={k} value={v} />))}
          <SelectFilter label="По результатам года" name="asOf" defaultValue={String(asOf)} options={[...data.years].reverse().map((y) => ({ value: String(y), label: String(y) }))} />
        </FilterForm>
      </div>
      <Alert>
        <span className="font-medium">Правило. </span>
        {EARLY_WARNING_DEFINITION}
      </Alert>
      <p className="text-sm text-slate-700">
        {warnings.total > 0
          ? `В зоне риска по результатам ${asOf} года: ${plural(warnings.total, PLURALS.school)} из ${data.schools.length} в вашем доступе.`
          : null}{" "}
        {nextCycle ? (
          <>
            Следующий цикл —{" "}
            <Link href={`/cycles/${nextCycle.id}/lists`} className="text-brand-700 hover:underline">
              списки цикла {nextCycle.year} года
            </Link>
            .
          </>
        ) : (
          <>
            Цикла после {asOf} года ещё нет, добавить школы в списки следующего цикла пока некуда.
            {canManage ? (
              <>
                {" "}
                <Link href="/cycles/new" className="font-medium text-brand-700 hover:underline">
                  Открыть цикл
                </Link>
              </>
            ) : null}
          </>
        )}
      </p>
      {canManage && nextCycle && flagged.total > 0 ? (
        // Mounted while anything is flagged, so that its outcome outlives the refresh that hides the button.
        <AddAllToCycleButton count={unlisted} cycle={{ id: nextCycle.id, year: nextCycle.year }} asOfYear={asOf} />
      ) : null}
      {flagged.total === 0 ? (
        <EmptyState title={`По результатам ${asOf} года школ в зоне риска нет`}>В вашем доступе ни одна школа не попадает под правило раннего предупреждения.</EmptyState>
      ) : (
        <ul className="space-y-4" aria-label={`Школы в зоне риска по результатам ${asOf} года`}>
          {flagged.items.map((f) => (
            <li key={f.school.id}>
              <article aria-labelledby={`flag-${f.school.code}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm break-inside-avoid">
                <header className="flex flex-wrap items-start justify-between gap-3">
                  <div>
                    <h3 id={`flag-${f.school.code}`} className="font-semibold text-slate-900">
                      <Link href={`/schools/${f.school.code}/results`} className="text-brand-700 hover:underline">
                        {nb(f.school.shortName)}
                      </Link>{" "}
                      <span className="font-normal text-slate-600">— в зоне риска</span>
                    </h3>
                    <p className="text-xs text-slate-500">
                      {f.school.code}
                      {asOfCycle ? ` · В цикле ${asOfCycle.year} года: ${f.asOfCategories ? categoriesText(f.asOfCategories) : "не в списках"}` : null}
                    </p>
                  </div>
                  <div className="text-sm">
                    {!nextCycle ? (
                      <span className="text-slate-600">Цикла после {asOf} года нет</span>
                    ) : f.nextCategories ? (
                      <span className="font-medium text-emerald-800">
                        Уже в списках цикла {nextCycle.year} (категории: {categoriesText(f.nextCategories)})
                      </span>
                    ) : canManage ? (
                      <AddToCycleButton school={{ id: f.school.id, shortName: f.school.shortName }} cycle={{ id: nextCycle.id, year: nextCycle.year }} asOfYear={asOf} />
                    ) : (
                      <span className="text-slate-700">Не в списках цикла {nextCycle.year}</span>
                    )}
                  </div>
                </header>
                <div className="mt-3 space-y-2">
                  <WarningDigest groups={f.groups} schoolName={f.school.shortName} />
                  <details className="group text-sm">
                    <summary className="cursor-pointer text-brand-700 hover:underline print:hidden">Причины с цифрами по годам</summary>
                    <div className="mt-2">
                      <WarningReasons groups={f.groups} headingLevel={4} />
                    </div>
                  </details>
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={flagged.page} pages={flagged.pages} basePath="/results" params={params} param="wpage" label="Страницы списка школ в зоне риска" hash="warnings-title" />
    </section>
  );
}
