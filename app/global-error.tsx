"use client";
/**
 * The last boundary: an error in the root layout itself (app/error.tsx is
 * inside it). Renders its own <html>, in Russian like every page.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ru">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: 0 }}>
        <main style={{ maxWidth: "36rem", margin: "0 auto", padding: "6rem 1rem", textAlign: "center" }}>
          <h1 style={{ fontSize: "1.5rem", fontWeight: 600 }}>Что-то пошло не так</h1>
          <p style={{ color: "#475569" }}>
            Не удалось загрузить страницу. Повторите попытку через минуту.
            {error.digest ? <> Код ошибки: <code>{error.digest}</code>.</> : null}
          </p>
          <button type="button" onClick={reset} style={{ marginTop: "1.5rem", padding: "0.5rem 1rem" }}>
            Повторить
          </button>
        </main>
      </body>
    </html>
  );
}
