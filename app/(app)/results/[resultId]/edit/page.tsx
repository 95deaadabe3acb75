import type { Metadata } from "next";
import { ExamResultForm } from "@/components/results/exam-result-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { seriesTitle } from "@/lib/domain/results";
import { getEntryOptions, getExamResultForEditOrNotFound } from "@/lib/features/results/entry-queries";

export const metadata: Metadata = { title: "Исправление результата" };

export default async function EditExamResultPage({ params }: { params: Promise<{ resultId: string }> }) {
  const { resultId } = await params;
  const actor = await requireActor();
  const [result, options] = await Promise.all([getExamResultForEditOrNotFound(actor, resultId), getEntryOptions(actor)]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Исправление результата"
        description={`${result.school.shortName}: ${seriesTitle({ exam: result.exam, subjectName: result.subject.name, grade: result.grade })}, ${result.year} год.`}
      />
      <ExamResultForm options={options} result={result} />
    </div>
  );
}
