import { FilterForm, SelectFilter } from "@/components/ui/filter-form";
import type { DashboardCycle } from "@/lib/features/dashboard/queries";
import { CYCLE_STATUS_LABELS } from "@/lib/i18n/labels";

/**
 * The cycle the dashboards show, as a GET form (`?cycle=`): no client
 * JavaScript, reachable by keyboard. With cycles of several municipalities
 * (the administrator) each option names its municipality.
 */
export function CyclePicker({ cycles, current }: { cycles: DashboardCycle[]; current: DashboardCycle }) {
  const municipalities = new Set(cycles.map((c) => c.municipalityId));
  const options = cycles.map((c) => ({
    value: c.id,
    label: `${c.year} год${municipalities.size > 1 ? ` — ${c.municipality.name}` : ""} (${CYCLE_STATUS_LABELS[c.status].toLowerCase()})`,
  }));
  return (
    <FilterForm action="/dashboard" aria-label="Выбор цикла" submitLabel="Показать">
      <SelectFilter label="Цикл дорожной карты" name="cycle" defaultValue={current.id} options={options} />
    </FilterForm>
  );
}
