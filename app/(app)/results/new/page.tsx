import type { Metadata } from "next";
import Link from "next/link";
import { ExamResultForm } from "@/components/results/exam-result-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getEntryOptions } from "@/lib/features/results/entry-queries";
import { resultsPageQuerySchema } from "@/lib/features/results/schemas";

export const metadata: Metadata = { title: "Новый результат" };

/** Manual entry of one result; the results page's filters (school, year, exam, subject, class) pre-fill the form. */
export default async function NewExamResultPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const [options, query] = await Promise.all([getEntryOptions(actor), searchParams.then((p) => resultsPageQuerySchema.parse(p))]);
  const defaults = {
    schoolId: options.schools.find((s) => s.code === query.school)?.id,
    year: query.year,
    exam: query.exam,
    subjectId: options.subjects.find((s) => s.code === query.subject)?.id,
    grade: query.grade,
  };
  return (
    <div className="space-y-6">
      <PageHeader
        title="Новый результат"
        description={
          <>
            Результат одной оценочной процедуры одной школы. Много результатов удобнее загрузить из файла в разделе{" "}
            <Link href="/imports" className="text-brand-700 hover:underline">
              «Загрузка данных»
            </Link>
            .
          </>
        }
      />
      <ExamResultForm options={options} defaults={defaults} />
    </div>
  );
}
