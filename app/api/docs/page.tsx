import type { Metadata } from "next";
import Link from "next/link";
import { EndpointDoc } from "@/components/api-docs/endpoint-doc";
import { API_BASE_PATH } from "@/lib/api/openapi";
import { API_ENDPOINTS } from "@/lib/api/v1/registry";
import { rateLimitConfig } from "@/lib/domain/api/rate-window";

export const metadata: Metadata = { title: "REST API" };
// The rate limit shown is the running instance's configuration.
export const dynamic = "force-dynamic";

/**
 * /api/docs: the REST API described for people, generated from the same
 * registry as the OpenAPI document. Public: it documents and holds no data
 * (decision 031).
 */
export default function ApiDocsPage() {
  const { limit, windowMs } = rateLimitConfig(process.env);
  const tags = [...new Set(API_ENDPOINTS.map((e) => e.tag))];
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-8 px-4 py-8">
      <header className="space-y-2">
        <p>
          <Link href="/" className="text-sm text-brand-700 underline">
            Опора
          </Link>
        </p>
        <h1 className="text-2xl font-semibold text-slate-900">REST API Опоры, версия 1</h1>
        <p className="text-slate-700">
          JSON по HTTPS. Машиночитаемое описание — документ OpenAPI 3.1:{" "}
          <a href={`${API_BASE_PATH}/openapi.json`} className="font-mono text-brand-700 underline">
            {API_BASE_PATH}/openapi.json
          </a>
          .
        </p>
      </header>

      <section aria-labelledby="docs-token" className="space-y-2 text-slate-800">
        <h2 id="docs-token" className="text-xl font-semibold">
          Как получить токен
        </h2>
        <ul className="list-disc space-y-1 pl-6 text-sm">
          <li>
            В <Link href="/profile" className="text-brand-700 underline">профиле</Link> — раздел «Токены доступа к API»: название и, если нужно, дата окончания. Токен
            показывается один раз; храните его как пароль, отзовите, если он больше не нужен.
          </li>
          <li>
            Администратор сервера: <code className="font-mono">npm run token:create -- --email user@example.ru --name "Выгрузка"</code> — токен в последней строке
            вывода.
          </li>
          <li>Токен действует с ролями и областью доступа владельца: куратор видит только закреплённые за ним школы.</li>
        </ul>
        <pre className="overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
          {`curl -H "Authorization: Bearer opora_…" https://<адрес Опоры>${API_BASE_PATH}/me`}
        </pre>
      </section>

      <section aria-labelledby="docs-errors" className="space-y-2 text-sm text-slate-800">
        <h2 id="docs-errors" className="text-xl font-semibold">
          Ошибки и ограничения
        </h2>
        <p>
          Ошибка — JSON <code className="font-mono">{`{"error":{"code":"…","message":"<по-русски>","details":…}}`}</code>: 401 — нет токена или он неверен, отозван,
          истёк, учётная запись отключена; 403 — у ролей владельца нет нужного права; 404 — запись не найдена или вне области доступа; 422 — неверные параметры
          (сообщения по полям в <code className="font-mono">details</code>); 429 — превышен лимит; 500 — внутренняя ошибка (код запроса в сообщении и в заголовке{" "}
          <code className="font-mono">X-Request-Id</code>).
        </p>
        <p>
          Лимит: {limit} запросов на токен за {windowMs / 1000} с; сверх него — 429 с заголовком <code className="font-mono">Retry-After</code> (секунды). Остаток — в{" "}
          <code className="font-mono">X-RateLimit-Remaining</code>. Cookie сеанса браузера для API не принимаются.
        </p>
      </section>

      {tags.map((tag) => (
        <section key={tag} aria-label={tag} className="space-y-4">
          <h2 className="text-xl font-semibold text-slate-900">{tag}</h2>
          {API_ENDPOINTS.filter((e) => e.tag === tag).map((endpoint) => (
            <EndpointDoc key={`${endpoint.method} ${endpoint.path}`} endpoint={endpoint} />
          ))}
        </section>
      ))}
    </main>
  );
}
