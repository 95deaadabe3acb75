import type { Metadata } from "next";
import { ImportForm } from "@/components/imports/import-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getImportPage } from "@/lib/features/imports/queries";

export const metadata: Metadata = { title: "Загрузка данных" };

export default async function ImportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [actor, { kind }] = await Promise.all([requireActor(), searchParams]);
  const data = await getImportPage(actor, typeof kind === "string" ? kind : undefined);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Загрузка данных из Excel и CSV"
        description="Скачайте шаблон, заполните его и загрузите файл. Сначала файл проверяется целиком; если в нём есть ошибки, не загружается ничего."
      />
      <ImportForm {...data} />
    </div>
  );
}
