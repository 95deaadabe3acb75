/**
 * Coverage figures of the coordinator's dashboard: curators over the
 * cycle's schools, approved ИОМ over teachers with deficits. Pure: no I/O.
 */
import { shareOf } from "./share";

export type CuratorCoverage = {
  schools: number;
  withCurator: number;
  /** Schools with an active curator / schools in the lists, one decimal. */
  percent: number | null;
  /** Schools per curator, most schools first, then by name. */
  byCurator: Array<{ curatorId: string; name: string; schools: number }>;
};

/** Over the cycle's schools, each with its active curator (or none). */
export function curatorCoverage(rows: ReadonlyArray<{ curatorId: string | null; curatorName: string | null }>): CuratorCoverage {
  const by = new Map<string, { curatorId: string; name: string; schools: number }>();
  let withCurator = 0;
  for (const row of rows) {
    if (!row.curatorId) continue;
    withCurator += 1;
    const entry = by.get(row.curatorId) ?? { curatorId: row.curatorId, name: row.curatorName ?? "", schools: 0 };
    entry.schools += 1;
    by.set(row.curatorId, entry);
  }
  const collator = new Intl.Collator("ru");
  return {
    schools: rows.length,
    withCurator,
    percent: shareOf(withCurator, rows.length),
    byCurator: [...by.values()].sort((a, b) => b.schools - a.schools || collator.compare(a.name, b.name)),
  };
}

export type IomCoverageRow = { schoolId: string; withDeficits: number; withApprovedIom: number; percent: number | null };

export type IomCoverage = {
  /** Teachers whose entry diagnostic shows at least one deficit. */
  withDeficits: number;
  /** Of them, teachers with an approved ИОМ in the cycle. */
  withApprovedIom: number;
  percent: number | null;
  bySchool: IomCoverageRow[];
};

/**
 * ИОМ coverage: of the teachers whose entry diagnostic has deficits, the
 * share with an approved route. Teachers without deficits are not counted
 * (they need no route); an approved route of a teacher without deficits
 * does not raise the share.
 */
export function iomCoverage(
  entries: ReadonlyArray<{ teacherId: string; schoolId: string; deficits: number }>,
  approvedTeacherIds: ReadonlySet<string>,
): IomCoverage {
  const bySchool = new Map<string, IomCoverageRow>();
  let withDeficits = 0;
  let withApprovedIom = 0;
  for (const e of entries) {
    if (e.deficits === 0) continue;
    const row = bySchool.get(e.schoolId) ?? { schoolId: e.schoolId, withDeficits: 0, withApprovedIom: 0, percent: null };
    row.withDeficits += 1;
    withDeficits += 1;
    if (approvedTeacherIds.has(e.teacherId)) {
      row.withApprovedIom += 1;
      withApprovedIom += 1;
    }
    bySchool.set(e.schoolId, row);
  }
  const rows = [...bySchool.values()].map((r) => ({ ...r, percent: shareOf(r.withApprovedIom, r.withDeficits) }));
  return { withDeficits, withApprovedIom, percent: shareOf(withApprovedIom, withDeficits), bySchool: rows };
}
