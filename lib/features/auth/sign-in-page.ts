/**
 * The sign-in page as plain HTML: no script at all, so it ships no
 * JavaScript (budget 120 KB, decision 070) and needs no CSP nonce. The form
 * posts to the same URL; the server answers a failed attempt with this page
 * again, the messages next to their fields.
 */
import "server-only";

export type SignInPageState = {
  email?: string;
  /** Per-field messages (the first one is shown). */
  fieldErrors?: { email?: string[]; password?: string[] };
  /** A message for the whole form (wrong password, rate limit, foreign origin). */
  error?: string;
  /** The password was just changed. */
  changed?: boolean;
};

export type SignInPageOptions = {
  stylesheets: readonly string[];
  /** The demo accounts listed beside the form (demo mode only). */
  demo?: { password: string; accounts: readonly { email: string; description: string }[] };
};

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const CONTROL = "block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm";

function field(opts: {
  name: "email" | "password";
  label: string;
  type: string;
  autocomplete: string;
  value?: string;
  error?: string;
  autofocus: boolean;
}): string {
  const { name, label, type, autocomplete, value, error, autofocus } = opts;
  const errorId = `${name}-error`;
  const attrs = [
    `id="${name}"`,
    `name="${name}"`,
    `type="${type}"`,
    `autocomplete="${autocomplete}"`,
    "required",
    value ? `value="${escapeHtml(value)}"` : "",
    error ? `aria-invalid="true" aria-describedby="${errorId}"` : "",
    autofocus ? "autofocus" : "",
    `class="${CONTROL} ${error ? "border-red-500" : "border-slate-300"}"`,
  ]
    .filter(Boolean)
    .join(" ");
  return `<div class="space-y-1">
<label for="${name}" class="block text-sm font-medium text-slate-800">${escapeHtml(label)}</label>
<input ${attrs}>
${error ? `<p id="${errorId}" class="text-sm text-red-700">${escapeHtml(error)}</p>` : ""}
</div>`;
}

export function renderSignInPage(state: SignInPageState, options: SignInPageOptions): string {
  const emailError = state.fieldErrors?.email?.[0];
  const passwordError = state.fieldErrors?.password?.[0];
  const firstInvalid = emailError ? "email" : passwordError ? "password" : state.error ? "password" : null;
  const links = options.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join("\n");
  const demo = options.demo
    ? `<aside aria-labelledby="demo-accounts" class="w-full max-w-md rounded-lg border border-slate-200 bg-white p-5">
<h2 id="demo-accounts" class="font-semibold">Демонстрационные учётные записи</h2>
<p class="mt-1 text-sm text-slate-600">Пароль для всех: <code class="rounded bg-slate-100 px-1">${escapeHtml(options.demo.password)}</code></p>
<ul class="mt-3 divide-y divide-slate-100 text-sm">
${options.demo.accounts
  .map(
    (a) =>
      `<li class="flex flex-wrap justify-between gap-2 py-2"><code>${escapeHtml(a.email)}</code><span class="text-slate-600">${escapeHtml(a.description)}</span></li>`,
  )
  .join("\n")}
</ul>
</aside>`
    : "";
  return `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Вход — Опора</title>
<meta name="description" content="Методическое сопровождение школ с низкими образовательными результатами">
<link rel="icon" href="/icon.svg" type="image/svg+xml">
${links}
</head>
<body class="min-h-screen">
<main class="mx-auto flex min-h-screen max-w-4xl flex-col justify-center gap-8 px-4 py-10 md:flex-row md:items-start md:py-24">
<div class="w-full max-w-sm">
<p class="text-sm font-medium uppercase tracking-wide text-brand-700">Опора</p>
<h1 class="mt-1 text-2xl font-semibold">Вход в систему</h1>
<p class="mt-2 text-sm text-slate-600">Методическое сопровождение школ с низкими образовательными результатами: дорожная карта, экспертиза, мониторинг.</p>
<div class="mt-6 space-y-4">
${state.changed ? `<div role="status" class="rounded-md border px-4 py-3 text-sm border-emerald-300 bg-emerald-50 text-emerald-900">Пароль изменён. Войдите с новым паролем.</div>` : ""}
<form method="post" action="/login" class="space-y-4" novalidate>
${state.error ? `<div role="alert" class="rounded-md border px-4 py-3 text-sm border-red-300 bg-red-50 text-red-900">${escapeHtml(state.error)}</div>` : ""}
${field({ name: "email", label: "Электронная почта", type: "email", autocomplete: "username", value: state.email, error: emailError, autofocus: firstInvalid === "email" })}
${field({ name: "password", label: "Пароль", type: "password", autocomplete: "current-password", error: passwordError, autofocus: firstInvalid === "password" })}
<button type="submit" class="inline-flex w-full items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium bg-brand-600 text-white hover:bg-brand-700">Войти</button>
</form>
</div>
</div>
${demo}
</main>
</body>
</html>
`;
}
