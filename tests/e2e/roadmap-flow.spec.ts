/**
 * The yearly roadmap end to end, in three browser contexts (school admin,
 * curator, coordinator) on МАОУ-СОШ edu230102, whose start diagnostics the
 * demo data has submitted to curator@:
 *   the curator returns the profile → the school resubmits → the curator
 *   confirms → the school writes an anti-risk programme for a «высокая»
 *   factor → the curator returns it with a comment → the school revises and
 *   resubmits → the curator confirms → the school completes its measure with
 *   a PDF (an .exe renamed .pdf is refused) → the curator confirms → the
 *   roadmap counters and the municipal monitor show it.
 */
import type { Browser, Locator, Page } from "@playwright/test";
import { emailOf, expect, signIn, storageStateOf, test, type DemoRole } from "./fixtures";

const SCHOOL = "edu230102";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(126, 0)]);
const MEASURE = "Круглый стол «Единые требования к уроку»";

test.describe.configure({ timeout: 300_000 });

async function pageAs(browser: Browser, role: DemoRole | "school2"): Promise<Page> {
  if (role === "school2") {
    const page = await (await browser.newContext({ locale: "ru-RU" })).newPage();
    await signIn(page, emailOf("school2"));
    await expect(page).toHaveURL("/");
    return page;
  }
  return (await browser.newContext({ storageState: storageStateOf(role), locale: "ru-RU" })).newPage();
}

/** Scores every criterion «Да» except the first (given), and finishes the expertise with the verdict. */
async function review(page: Page, verdict: "Подтверждено" | "Требуется доработка", first: { score: string; comment?: string }) {
  const form = page.getByRole("form", { name: "Экспертиза документа" });
  const groups = form.getByRole("group").filter({ has: page.getByRole("radiogroup") });
  const count = await groups.count();
  expect(count).toBeGreaterThan(0);
  await groups.nth(0).getByLabel(first.score).check();
  if (first.comment) await form.getByLabel("Комментарий к критерию 1 (обязателен)").fill(first.comment);
  for (let i = 1; i < count; i++) await groups.nth(i).getByLabel("3 — Да").check();
  await form.getByLabel("Сильные стороны").fill("Задачи связаны с причинами риска");
  await form.getByLabel(verdict).check();
  await form.getByRole("button", { name: "Завершить экспертизу" }).click();
  // After a second round both reviews show the badge; any of them being visible is enough here.
  await expect(page.getByText("Экспертиза завершена", { exact: true }).first()).toBeVisible();
}

/** «Выполнено» of one roadmap section, read from its counter's accessible name. */
async function roadmapCounter(page: Page, section: string, counter: string): Promise<number> {
  await page.goto(`/schools/${SCHOOL}/roadmap`);
  const link = page.getByRole("link", { name: new RegExp(`^${escape(section)}: ${counter} — \\d+$`) });
  const label = (await link.getAttribute("aria-label")) ?? "";
  return Number(label.split("— ").pop());
}

/** The school's monitor row, cell under the given column header. */
async function monitorCell(page: Page, cycleUrl: string, header: string): Promise<string> {
  await page.goto(`${cycleUrl}/monitor?q=${SCHOOL}`);
  const table = page.getByRole("table").first();
  const headers = await table.locator("thead th").allInnerTexts();
  const index = headers.findIndex((h) => h.trim().startsWith(header));
  expect(index, `column «${header}» in ${headers.join(" | ")}`).toBeGreaterThanOrEqual(0);
  await expect(table.locator("tbody tr")).toHaveCount(1); // the search finds this school alone
  return (await table.locator("tbody tr").first().locator("td, th").nth(index).innerText()).trim();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function fill(scope: Locator, label: string, value: string, exact = false) {
  await scope.getByLabel(label, { exact }).fill(value);
}

test("a school's year: diagnosis, programme, expertise, implementation, roadmap and monitor", async ({ browser }) => {
  const school = await pageAs(browser, "school2");
  const curator = await pageAs(browser, "curator");
  const coordinator = await pageAs(browser, "coordinator");

  // ── Start diagnostics: returned once, resubmitted, confirmed ──
  const diagnosis = `/schools/${SCHOOL}/diagnosis`;
  await curator.goto(diagnosis);
  await curator.getByLabel("Комментарий для школы (обязателен при возврате)").fill("Уточните показатель 2.2 по данным ВПР");
  await curator.getByRole("button", { name: "Вернуть на доработку" }).click();
  await curator.getByRole("alertdialog").getByRole("button", { name: "Вернуть" }).click();
  await expect(curator.getByText("Возвращён на доработку").first()).toBeVisible();

  await school.goto(diagnosis);
  await expect(school.getByRole("alert").getByText("Уточните показатель 2.2 по данным ВПР")).toBeVisible();
  await school.getByRole("button", { name: "Отправить на проверку куратору" }).click();
  await expect(school.getByText("Профиль на проверке у куратора. Значения изменить нельзя.")).toBeVisible();

  await curator.reload();
  await curator.getByRole("button", { name: "Подтвердить рисковый профиль" }).click();
  await expect(curator.getByRole("heading", { name: "Итоги рискового профиля" })).toBeVisible();

  // ── The school writes an anti-risk programme for a «высокая» factor ──
  await school.goto(`/schools/${SCHOOL}/documents`);
  const row = school.getByRole("row").filter({ hasText: "значимость: высокая" }).filter({ has: school.getByRole("button", { name: "Создать" }) }).first();
  await expect(row).toBeVisible();
  // The second cell is the factor: «N. Название» and its significance below.
  const factor = (await row.getByRole("cell").nth(1).innerText()).split("\n")[0].trim();
  await row.getByRole("button", { name: "Создать" }).click();
  await expect(school.getByRole("heading", { level: 1, name: /Антирисковая программа/ })).toBeVisible();
  const general = school.getByRole("form", { name: "Общие сведения документа" });
  await fill(general, "Цель", "Снизить влияние фактора риска к концу 2025 года");
  await general.getByRole("button", { name: "Сохранить общие сведения" }).click();
  await expect(general.getByText("Сохранено")).toBeVisible();
  const newTask = school.getByRole("form", { name: "Новая задача" });
  await fill(newTask, "Формулировка задачи", "Выработать единые требования к уроку");
  await newTask.getByRole("button", { name: "Добавить задачу" }).click();
  await school.getByText("Новое мероприятие задачи 1").click();
  const measureForm = school.getByRole("form", { name: "Новое мероприятие задачи 1" });
  await fill(measureForm, "Мероприятие", MEASURE);
  await fill(measureForm, "Срок", "2025-11-30");
  await fill(measureForm, "Ответственный", "Заместитель директора по УВР");
  await fill(measureForm, "Показатель", "Доля педагогов, применяющих единые требования", true);
  await fill(measureForm, "Единица измерения", "%");
  await fill(measureForm, "Базовое значение", "20");
  await fill(measureForm, "Целевое значение", "80");
  await measureForm.getByRole("button", { name: "Добавить мероприятие" }).click();
  await expect(school.getByText(`Мероприятие 1.1: ${MEASURE}`)).toBeVisible();
  await school.getByRole("button", { name: "Отправить на экспертизу" }).click();
  await expect(school.getByText("На экспертизе").first()).toBeVisible();
  const documentUrl = new URL(school.url()).pathname;

  // ── The curator returns it with a comment ──
  await curator.goto(`${documentUrl}/review`);
  await review(curator, "Требуется доработка", { score: "1 — Скорее нет", comment: "Добавьте сроки промежуточного контроля" });

  // ── The school sees the comment, revises and resubmits ──
  await school.goto(documentUrl);
  await expect(school.getByText("Добавьте сроки промежуточного контроля").first()).toBeVisible();
  await fill(general, "Цель", "Снизить влияние фактора риска к концу 2025 года с контролем в каждой четверти");
  await general.getByRole("button", { name: "Сохранить общие сведения" }).click();
  await expect(general.getByText("Сохранено")).toBeVisible();
  await school.getByRole("button", { name: "Отправить на экспертизу" }).click();
  await expect(school.getByText("На экспертизе").first()).toBeVisible();

  // ── The curator confirms ──
  await curator.goto(`${documentUrl}/review`);
  await review(curator, "Подтверждено", { score: "3 — Да" });
  await school.goto(documentUrl);
  await expect(school.getByText(/Подтверждено · редакция 2/)).toBeVisible();

  // ── Counters before the measure is done ──
  await coordinator.goto("/");
  const monitorHref = await coordinator.getByRole("link", { name: /Мониторинг реализации/ }).getAttribute("href");
  const cycleUrl = (monitorHref ?? "").replace(/\/monitor$/, "");
  const doneBefore = Number(await monitorCell(coordinator, cycleUrl, "Выполнено"));
  const section = factor.replace(/\s+/g, " ");
  expect(await roadmapCounter(school, section, "Выполнено")).toBe(0);
  expect(await roadmapCounter(school, section, "Запланировано")).toBe(1);

  // ── The school completes the measure with a PDF; an .exe renamed .pdf is refused ──
  await school.goto(`/schools/${SCHOOL}/roadmap`);
  await school.getByRole("link", { name: MEASURE }).first().click();
  await expect(school.getByRole("heading", { name: MEASURE, level: 1 })).toBeVisible();
  const measureUrl = new URL(school.url()).pathname;
  await school.getByRole("button", { name: "Отметить выполненным" }).click();
  const files = school.getByLabel("Подтверждающие файлы");
  await files.setInputFiles({ name: "протокол.pdf", mimeType: "application/pdf", buffer: EXE });
  await expect(school.getByRole("alert").filter({ hasText: "Недопустимый тип файла" })).toBeVisible();
  await files.setInputFiles({ name: "протокол-круглого-стола.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(school.getByText("протокол-круглого-стола.pdf")).toBeVisible();
  await school.getByRole("button", { name: "Отправить куратору" }).click();
  await expect(school.getByText("Выполнено, ждёт подтверждения").first()).toBeVisible();

  // ── The curator confirms it ──
  await curator.goto(measureUrl);
  await curator.getByRole("button", { name: "Подтвердить выполнение" }).click();
  await expect(curator.getByText(/Подтверждено куратором:/)).toBeVisible();

  // ── The roadmap and the monitor agree with the measure ──
  expect(await roadmapCounter(school, section, "Выполнено")).toBe(1);
  expect(await roadmapCounter(school, section, "Запланировано")).toBe(0);
  expect(Number(await monitorCell(coordinator, cycleUrl, "Выполнено"))).toBe(doneBefore + 1);
  await coordinator.screenshot({ path: ".data/test-results/flow-monitor.png", fullPage: true });
  await school.goto(`/schools/${SCHOOL}/roadmap`);
  await school.screenshot({ path: ".data/test-results/flow-roadmap.png", fullPage: true });
});
