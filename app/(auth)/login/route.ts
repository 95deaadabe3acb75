/**
 * /login: the sign-in page as a route handler returning plain HTML with no
 * script (decision 070). GET shows the form; POST signs in and answers 303
 * to "/" with the session cookie, or the form again with the messages next
 * to the fields. Rate limits, audit rows and the one answer for unknown
 * users and wrong passwords come from lib/auth/credentials.ts, unchanged.
 */
import { getActor } from "@/lib/auth/session";
import { isDemoMode } from "@/lib/config";
import { signInWithForm } from "@/lib/features/auth/sign-in";
import { renderSignInPage, type SignInPageState } from "@/lib/features/auth/sign-in-page";
import { isSameOrigin } from "@/lib/http/route";
import { rootStylesheets } from "@/lib/http/stylesheets";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/demo-data";

export const dynamic = "force-dynamic";

/** A sign-in form is two short fields; anything bigger is not ours. */
const MAX_BODY_BYTES = 16 * 1024;

function page(state: SignInPageState, status = 200): Response {
  const html = renderSignInPage(state, {
    stylesheets: rootStylesheets(),
    demo: isDemoMode() ? { password: DEMO_PASSWORD, accounts: DEMO_ACCOUNTS } : undefined,
  });
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

export async function GET(request: Request): Promise<Response> {
  if (await getActor()) return seeOther("/");
  const changed = new URL(request.url).searchParams.has("changed");
  return page({ changed });
}

export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return page({ error: "Запрос с другого сайта отклонён." }, 403);
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) return page({ error: "Слишком большой запрос." }, 413);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return page({ error: "Не удалось прочитать форму. Попробуйте ещё раз." }, 400);
  }
  const outcome = await signInWithForm(form);
  return outcome.ok ? seeOther("/") : page(outcome.state);
}
