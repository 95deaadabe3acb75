import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-medium text-slate-500">Ошибка 404</p>
      <h1 className="mt-2 text-2xl font-semibold">Страница не найдена</h1>
      <p className="mt-2 text-slate-600">Такой страницы нет, или у вас нет к ней доступа.</p>
      <Link href="/" className="mt-6 inline-block font-medium text-brand-700 hover:underline">
        На главную
      </Link>
    </main>
  );
}
