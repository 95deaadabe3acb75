import "server-only";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import { COUNTER_LABELS } from "@/lib/domain/measures";
import { AppError, outOfScope } from "@/lib/errors";
import { roadmapQuerySchema } from "@/lib/features/measures/schemas";
import { ROADMAP_MEASURE_COLUMNS, ROADMAP_SECTION_COLUMNS } from "@/lib/features/roadmap/columns";
import { getRoadmap } from "@/lib/features/roadmap/queries";
import { cycleSchoolSelect } from "@/lib/features/schools/cycle-school";
import { filterLines, loadCycle, queryObject, rowsLine, type RegisterBuilder } from "../common";

const READ = "measure:read" as const;

/** A school's roadmap (`school=<code>`): the sections with counters, and the measures with the page's section/status filter. */
export const roadmapExport: RegisterBuilder = async (actor, { cycleId, query }) => {
  const code = query.get("school")?.trim();
  if (!code) throw new AppError("VALIDATION", "Укажите школу: параметр school — код ОО.");
  const cycle = await loadCycle(actor, READ, cycleId);
  const cycleSchool = await getDb().cycleSchool.findFirst({
    where: { AND: [scope.cycleSchool(actor, READ), { cycleId: cycle.id, school: { code } }] },
    select: cycleSchoolSelect,
  });
  if (!cycleSchool) throw outOfScope("CycleSchool", `${cycle.id}/${code}`);
  const filter = roadmapQuerySchema.parse(queryObject(query));
  const { sections, measures, section } = await getRoadmap(actor, cycleSchool, filter);
  return {
    title: `Дорожная карта: ${cycleSchool.school.shortName}`,
    filename: `Дорожная карта ${cycleSchool.school.code} ${cycle.year}.xlsx`,
    sheets: [
      { name: "Разделы", columns: ROADMAP_SECTION_COLUMNS, rows: sections },
      { name: "Мероприятия", columns: ROADMAP_MEASURE_COLUMNS, rows: measures },
    ],
    info: [
      ["Цикл", cycle.title],
      ["Школа", `${cycleSchool.school.shortName} (код ОО ${cycleSchool.school.code})`],
      ...filterLines([
        ["Раздел", section?.title],
        ["Мероприятия", filter.status && COUNTER_LABELS[filter.status]],
      ]),
      rowsLine(measures.length),
    ],
  };
};
