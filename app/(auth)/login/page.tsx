import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { isDemoMode } from "@/lib/config";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/demo-data";
import { Alert } from "@/components/ui/alert";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Вход" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  if (await getActor()) redirect("/");
  const { changed } = await searchParams;
  const demo = isDemoMode();
  return (
    <main className="mx-auto flex min-h-screen max-w-4xl flex-col justify-center gap-8 px-4 py-10 md:flex-row md:items-start md:py-24">
      <div className="w-full max-w-sm">
        <p className="text-sm font-medium uppercase tracking-wide text-brand-700">Опора</p>
        <h1 className="mt-1 text-2xl font-semibold">Вход в систему</h1>
        <p className="mt-2 text-sm text-slate-600">
          Методическое сопровождение школ с низкими образовательными результатами: дорожная карта, экспертиза, мониторинг.
        </p>
        <div className="mt-6 space-y-4">
          {changed ? <Alert tone="success">Пароль изменён. Войдите с новым паролем.</Alert> : null}
          <SignInForm />
        </div>
      </div>
      {demo ? (
        <aside aria-labelledby="demo-accounts" className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="demo-accounts" className="font-semibold">
            Демонстрационные учётные записи
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            Пароль для всех: <code className="rounded bg-slate-100 px-1">{DEMO_PASSWORD}</code>
          </p>
          <ul className="mt-3 divide-y divide-slate-100 text-sm">
            {DEMO_ACCOUNTS.map((account) => (
              <li key={account.email} className="flex flex-wrap justify-between gap-2 py-2">
                <code>{account.email}</code>
                <span className="text-slate-600">{account.description}</span>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </main>
  );
}
