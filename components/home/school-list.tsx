import Link from "next/link";
import { SchoolCategories } from "@/components/school-categories";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import type { SchoolCategory, RiskProfileStatus, SchoolKind } from "@/lib/db/generated/enums";
import { RISK_PROFILE_STATUS_LABELS, SCHOOL_KIND_LABELS } from "@/lib/i18n/labels";

export type SchoolRow = {
  id: string;
  categories: SchoolCategory[];
  school: { code: string; name: string; shortName: string; kind: SchoolKind };
  pairings: { curator: { name: string; email: string } }[];
  riskProfile: { status: RiskProfileStatus } | null;
};

/** Schools of a cycle: categories, curator, risk profile status. */
export function SchoolList({ rows, caption, showCurator = true }: { rows: SchoolRow[]; caption: string; showCurator?: boolean }) {
  if (rows.length === 0) return <EmptyState title="Школ пока нет">Списки школ цикла задаёт муниципальный координатор.</EmptyState>;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>Школа</Th>
          <Th>Код</Th>
          <Th>Категории</Th>
          {showCurator ? <Th>Куратор</Th> : null}
          <Th>Рисковый профиль</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id}>
            <Td>
              <Link href={`/schools/${row.school.code}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {row.school.shortName}
              </Link>
              <div className="text-xs text-slate-500">{SCHOOL_KIND_LABELS[row.school.kind]}</div>
            </Td>
            <Td className="font-mono text-xs">{row.school.code}</Td>
            <Td>
              <SchoolCategories categories={row.categories} />
            </Td>
            {showCurator ? (
              <Td>{row.pairings[0]?.curator.name ?? <span className="text-amber-800">Не назначен</span>}</Td>
            ) : null}
            <Td>{row.riskProfile ? RISK_PROFILE_STATUS_LABELS[row.riskProfile.status] : "Не начат"}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
