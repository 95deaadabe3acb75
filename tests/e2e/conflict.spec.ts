/**
 * Two people edit one measure at once (two browser contexts of the school's
 * administrative team): the first save wins; the second, made on the page as
 * it was loaded, is told in Russian that someone else changed the data, and
 * the first save's data stays. The recorded value equals the demo value, so
 * the figures other specs check do not move.
 */
import { expect, storageStateOf, test } from "./fixtures";

const MEASURE = "/schools/edu230101/measures/demo-measure-mtp-edu230101-2-2";

test("the second of two concurrent edits of a measure is refused with the conflict message; the first stays", async ({ browser }) => {
  const first = await browser.newContext({ storageState: storageStateOf("school") });
  const second = await browser.newContext({ storageState: storageStateOf("school") });
  const a = await first.newPage();
  const b = await second.newPage();
  await a.goto(MEASURE);
  await b.goto(MEASURE);

  await a.getByLabel("Значение").fill("2");
  await a.getByLabel("Дата").fill("2025-10-01");
  await a.getByLabel("Примечание").fill("Запись первого пользователя");
  await a.getByRole("button", { name: "Записать" }).click();
  await expect(a.getByText("Запись первого пользователя")).toBeVisible();

  await b.getByLabel("Значение").fill("3");
  await b.getByLabel("Дата").fill("2025-10-02");
  await b.getByLabel("Примечание").fill("Запись второго пользователя");
  await b.getByRole("button", { name: "Записать" }).click();
  await expect(b.getByText("Данные изменены другим пользователем, обновите страницу.")).toBeVisible();

  await b.reload();
  await expect(b.getByText("Запись первого пользователя")).toBeVisible();
  await expect(b.getByText("Запись второго пользователя")).toHaveCount(0);
  await first.close();
  await second.close();
});
