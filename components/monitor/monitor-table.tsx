import Link from "next/link";
import { SchoolCategories } from "@/components/school-categories";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { ZONE_LABELS, type Zone } from "@/lib/domain/measures";
import { MONITOR_COLUMNS } from "@/lib/features/monitor/columns";
import type { MonitorRow } from "@/lib/features/monitor/queries";
import { MONITOR_SORT_KEYS, type MonitorQuery, type MonitorSortKey } from "@/lib/features/monitor/schemas";
import { RISK_PROFILE_STATUS_LABELS } from "@/lib/i18n/labels";
import { formatPercent } from "@/lib/i18n/plural";

const ZONE_TONES: Record<Zone, BadgeTone> = { green: "success", yellow: "warning", red: "danger" };

export function ZoneBadge({ zone, reasons }: { zone: Zone; reasons?: string[] }) {
  return (
    <Badge tone={ZONE_TONES[zone]} title={reasons?.join("; ") || undefined}>
      {ZONE_LABELS[zone]}
    </Badge>
  );
}

export function MonitorTable({ rows, query, cycleId, hrefWith }: { rows: MonitorRow[]; query: MonitorQuery; cycleId: string; hrefWith: (patch: Partial<MonitorQuery>) => string }) {
  const sortable = new Set<string>(MONITOR_SORT_KEYS);
  const current = query.sort ?? "school";
  const header = (key: string, label: string) => {
    if (!sortable.has(key)) return label;
    const active = current === key;
    const dir = active && query.dir !== "desc" ? "desc" : "asc";
    return (
      <Link href={hrefWith({ sort: key as MonitorSortKey, dir, page: undefined })} className="hover:underline" aria-label={`Сортировать: ${label}`}>
        {label}
        {active ? (query.dir === "desc" ? " ↓" : " ↑") : ""}
      </Link>
    );
  };
  return (
    <Table caption="Мониторинг школ цикла">
      <thead>
        <tr>
          {MONITOR_COLUMNS.map((c) => (
            <Th key={c.key} aria-sort={current === c.key ? (query.dir === "desc" ? "descending" : "ascending") : undefined} className="align-bottom text-xs">
              {header(c.key, c.header)}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.cycleSchoolId}>
            <Td>
              <Link href={`/schools/${r.code}/roadmap?cycle=${encodeURIComponent(cycleId)}`} className="font-medium text-brand-700 hover:underline">
                {r.shortName}
              </Link>
            </Td>
            <Td className="font-mono text-xs">{r.code}</Td>
            <Td>
              <ZoneBadge zone={r.zone} reasons={r.zoneReasons} />
              {r.zoneReasons.length ? <span className="sr-only">: {r.zoneReasons.join("; ")}</span> : null}
            </Td>
            <Td>
              <SchoolCategories categories={r.categories} />
            </Td>
            <Td>{r.curatorName ?? <span className="text-slate-500">не назначен</span>}</Td>
            <Td>{r.riskProfileStatus ? RISK_PROFILE_STATUS_LABELS[r.riskProfileStatus] : "Не начат"}</Td>
            <Td className="text-center">
              {r.documentsConfirmed} / {r.documentsTotal}
            </Td>
            <Td className="text-center">{r.counters.planned}</Td>
            <Td className="text-center">{r.counters.inProgress}</Td>
            <Td className="text-center">{r.counters.done}</Td>
            <Td className="text-center">{r.counters.notDone}</Td>
            <Td className="text-center">{r.counters.needsRevision}</Td>
            <Td className="text-center">{r.counters.attention}</Td>
            <Td className="text-center">{r.percentDone === null ? "—" : formatPercent(r.percentDone)}</Td>
            <Td className={`text-center ${r.overdue ? "font-semibold text-red-800" : ""}`}>{r.overdue}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
