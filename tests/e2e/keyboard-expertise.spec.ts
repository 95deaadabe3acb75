/**
 * The curator's expertise with the keyboard alone: from the home page's
 * queue to the document, to the expertise form, scores for every criterion
 * (arrow keys in each radio group), a comment, strengths, recommendations,
 * the verdict and «Завершить экспертизу» — only keyboard.press and
 * keyboard.type, no clicks. The document is «Мотивация — путь к успеху»,
 * which expertise.spec.ts returns to the school; if it is returned, the
 * school sends it again first (with the mouse: that part is not under test),
 * and the curator returns it again, so the demo data ends as it was.
 */
import type { Page } from "@playwright/test";
import { expect, expectHydrated, storageStateOf, test } from "./fixtures";

const DOCUMENT = "/schools/edu230101/documents/demo-doc-arp-6-edu230101";
const TITLE = "Мотивация — путь к успеху";

test.describe.configure({ timeout: 180_000 });

type Focused = { tag: string; type: string; name: string; value: string; text: string; checked: boolean };

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      type: el?.getAttribute("type") ?? "",
      name: el?.getAttribute("name") ?? "",
      value: el?.value ?? "",
      text: (el?.textContent ?? "").replace(/\s+/g, " ").trim(),
      checked: !!el?.checked,
    };
  });
}

/** Presses Tab until the focused element matches; fails after `max` presses. */
async function tabTo(page: Page, what: string, matches: (f: Focused) => boolean, max = 120): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (matches(f)) return f;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** In a focused radio group: check the radio with `value` using Space and the arrow keys. */
async function chooseRadio(page: Page, value: string, order: string[]) {
  await page.keyboard.press("Space");
  for (let guard = 0; guard < order.length; guard++) {
    const f = await focused(page);
    expect(f.type).toBe("radio");
    if (f.value === value && f.checked) return;
    await page.keyboard.press(order.indexOf(f.value) < order.indexOf(value) ? "ArrowRight" : "ArrowLeft");
  }
  const f = await focused(page);
  expect(f.value === value && f.checked, `radio ${value} checked`).toBe(true);
}

test("a curator scores a document and returns it with the keyboard only", async ({ browser }) => {
  // The school sends the document (again) if it is back with them.
  const schoolContext = await browser.newContext({ storageState: storageStateOf("school") });
  const school = await schoolContext.newPage();
  await school.goto(DOCUMENT);
  const send = school.getByRole("button", { name: "Отправить на экспертизу" });
  if (await send.isVisible()) {
    await expectHydrated(send);
    await send.click();
    // The editor (with its success message) gives way to the read-only view at once: the status tells.
    await expect(school.getByText("На экспертизе").first()).toBeVisible();
  }
  await schoolContext.close();

  const context = await browser.newContext({ storageState: storageStateOf("curator") });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Документы на экспертизе" })).toBeVisible();

  // Home → the document, by its link in the queue.
  await tabTo(page, `the link «${TITLE}»`, (f) => f.tag === "a" && f.text.includes(TITLE));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(DOCUMENT);

  // Document → «Провести экспертизу».
  await tabTo(page, "«Провести экспертизу»", (f) => f.tag === "a" && f.text === "Провести экспертизу");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${DOCUMENT}/review`);
  const form = page.getByRole("form", { name: "Экспертиза документа" });
  await expect(form).toBeVisible();

  const criteria = await form.locator('input[type="radio"][name^="score-"]').evaluateAll((inputs) => [
    ...new Set(inputs.map((i) => i.getAttribute("name") ?? "")),
  ]);
  expect(criteria.length).toBeGreaterThanOrEqual(6);
  const scores = ["0", "1", "2", "3"];

  for (let i = 0; i < criteria.length; i++) {
    await tabTo(page, `the scores of criterion ${i + 1}`, (f) => f.type === "radio" && f.name === criteria[i], 6);
    // The first criterion gets «1 — Скорее нет», which needs a comment; the rest «3 — Да».
    await chooseRadio(page, i === 0 ? "1" : "3", scores);
    const comment = await tabTo(page, `the comment of criterion ${i + 1}`, (f) => f.tag === "textarea", 2);
    expect(comment.name).toBe(`comment-${criteria[i].slice("score-".length)}`);
    if (i === 0) {
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.type("Меры задачи 2 не образуют комплекс (клавиатура)");
    }
  }
  await expect(form.getByText(`Оценено критериев: ${criteria.length} из ${criteria.length}`)).toBeVisible();

  await tabTo(page, "«Сильные стороны»", (f) => f.name === "strengths", 3);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Цель и задачи связаны с причинами низкой мотивации");
  await tabTo(page, "«Рекомендации»", (f) => f.name === "recommendations", 2);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Добавить меры по задаче 2");
  await tabTo(page, "the verdict", (f) => f.name === "verdict", 2);
  await chooseRadio(page, "needs_revision", ["confirmed", "needs_revision"]);
  await expect(form.getByLabel("Требуется доработка")).toBeChecked();

  await tabTo(page, "«Завершить экспертизу»", (f) => f.tag === "button" && f.text === "Завершить экспертизу", 3);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Экспертиза завершена", { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByText("Меры задачи 2 не образуют комплекс (клавиатура)")).toBeVisible();
  await expect(page.getByRole("form", { name: "Экспертиза документа" })).toHaveCount(0);
  await context.close();
});
