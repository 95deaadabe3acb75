import { describeSignificanceRule, SIGNIFICANCE_CONSEQUENCES, SIGNIFICANCES, type SignificanceRule } from "@/lib/domain/risk/significance";
import { SIGNIFICANCE_LABELS } from "@/lib/i18n/labels";
import { Badge } from "@/components/ui/badge";
import { SIGNIFICANCE_TONES } from "./risk-bits";

/** How the suggested significance is derived (from the rule in force) and what each level means. */
export function SignificanceLegend({ rule }: { rule: SignificanceRule }) {
  const text = describeSignificanceRule(rule);
  return (
    <section aria-labelledby="risk-legend" className="rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm">
      <h2 id="risk-legend" className="mb-2 font-semibold text-slate-900">
        Как определяется значимость фактора риска
      </h2>
      <p className="mb-2 text-slate-700">
        Значение показателя за порогом отмечается «*». Значимость фактора предлагается по правилу; куратор может изменить её, письменно обосновав решение.
      </p>
      <ul className="space-y-1">
        {SIGNIFICANCES.map((s) => (
          <li key={s}>
            <Badge tone={SIGNIFICANCE_TONES[s]}>{SIGNIFICANCE_LABELS[s]}</Badge> — {text[s]}; {SIGNIFICANCE_CONSEQUENCES[s]}.
          </li>
        ))}
      </ul>
      <p className="mt-2 text-slate-700">
        Антирисковая программа обязательна для каждого фактора высокой значимости; для фактора средней значимости — если куратор отметил, что она нужна.
      </p>
    </section>
  );
}
