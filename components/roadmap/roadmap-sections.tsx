import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { COUNTER_KEYS, COUNTER_LABELS, type CounterKey } from "@/lib/domain/measures";
import type { RoadmapSection, SectionStatus } from "@/lib/domain/roadmap/sections";
import { sectionProgramText, sectionStatusLabel } from "@/lib/features/roadmap/columns";
import { SIGNIFICANCE_LABELS } from "@/lib/i18n/labels";

const STATUS_TONES: Record<SectionStatus, BadgeTone> = { not_started: "neutral", draft: "neutral", submitted: "info", returned: "danger", confirmed: "success" };

/** The ИС МЭДК-like overview: one card per section, each counter a link to the filtered list. */
export function RoadmapSections({
  sections,
  hrefFor,
  active,
  extras = {},
}: {
  sections: RoadmapSection[];
  hrefFor: (section: string, status?: CounterKey) => string;
  active: { section?: string; status?: string };
  /** Extra content under a section, by section key (e.g. ИОМ coverage under the teachers' competency factor). */
  extras?: Record<string, React.ReactNode>;
}) {
  return (
    <ol className="grid gap-4 lg:grid-cols-2">
      {sections.map((s) => (
        <li key={s.key} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby={`section-${s.key}`}>
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h3 id={`section-${s.key}`} className="font-semibold text-slate-900">
              {s.key === "diagnosis" ? s.title : <Link href={hrefFor(s.key)} className="hover:underline">{s.title}</Link>}
            </h3>
            <Badge tone={STATUS_TONES[s.status]}>{sectionStatusLabel(s)}</Badge>
          </div>
          {s.riskFactorCode !== null ? (
            <p className="mt-1 text-xs text-slate-600">
              Значимость: {s.significance ? SIGNIFICANCE_LABELS[s.significance].toLowerCase() : "—"} ·{" "}
              {sectionProgramText(s)}
            </p>
          ) : null}
          {s.key !== "diagnosis" ? (
            <dl className="mt-3 grid grid-cols-3 gap-2 text-center sm:grid-cols-6">
              {COUNTER_KEYS.map((k) => {
                const current = active.section === s.key && active.status === k;
                return (
                  <div key={k} className={`rounded border px-1 py-1 ${current ? "border-brand-600 bg-brand-50" : "border-slate-200"} ${k === "attention" && s.counters[k] > 0 ? "bg-amber-50" : ""}`}>
                    <dt className="text-[11px] leading-tight text-slate-600">{COUNTER_LABELS[k]}</dt>
                    <dd className="text-lg font-semibold">
                      <Link href={hrefFor(s.key, k)} aria-label={`${s.title}: ${COUNTER_LABELS[k]} — ${s.counters[k]}`} className="text-brand-700 hover:underline">
                        {s.counters[k]}
                      </Link>
                    </dd>
                  </div>
                );
              })}
            </dl>
          ) : null}
          {extras[s.key] ?? null}
        </li>
      ))}
    </ol>
  );
}
