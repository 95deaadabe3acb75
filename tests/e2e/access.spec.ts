/** Cross-tenant access, wrong passwords, sign-out and deactivation in a real browser. */
import { emailOf, expect, signIn, storageStateOf, test } from "./fixtures";

test.describe("a curator", () => {
  test.use({ storageState: storageStateOf("curator") });

  test("opens the card of a paired school", async ({ page }) => {
    const response = await page.goto("/schools/edu230101");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "МБОУ-ООШ № 21", level: 1 })).toBeVisible();
  });

  test("gets 404 for a school paired with another curator", async ({ page }) => {
    const response = await page.goto("/schools/edu230103");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Страница не найдена" })).toBeVisible();
    await expect(page.getByText("МБОУ-СОШ № 15")).toHaveCount(0);
  });
});

test.describe("a school admin", () => {
  test.use({ storageState: storageStateOf("school") });
  test("gets 404 for another school", async ({ page }) => {
    const response = await page.goto("/schools/edu230102");
    expect(response?.status()).toBe(404);
  });
});

test.describe("signed out", () => {
  test("is sent to the sign-in page, which is in Russian and lists the demo accounts", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("heading", { name: "Вход в систему" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("complementary", { name: "Демонстрационные учётные записи" })).toContainText("coordinator@opora.demo");
    await expect(page.getByLabel("Электронная почта")).toHaveAttribute("autocomplete", "username");
    await expect(page.getByLabel("Пароль")).toHaveAttribute("autocomplete", "current-password");
  });

  test("a wrong password shows the Russian error and no session", async ({ page }) => {
    await signIn(page, emailOf("coordinator"), "не-тот-пароль");
    await expect(page.locator("form").getByRole("alert")).toHaveText("Неверный адрес электронной почты или пароль.");
    await expect(page).toHaveURL(/\/login/);
  });

  test("an empty form is explained next to the fields", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(page.getByText("Введите адрес электронной почты")).toBeVisible();
    await expect(page.getByText("Введите пароль")).toBeVisible();
    await expect(page.getByLabel("Электронная почта")).toHaveAttribute("aria-invalid", "true");
  });
});

test("sign-out ends the session, and the old cookie no longer works", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "teacher5@opora.demo");
  await expect(page).toHaveURL("/");
  const saved = await context.storageState();
  await page.getByRole("button", { name: "Выйти" }).click();
  await expect(page).toHaveURL(/\/login/);

  const replay = await browser.newContext({ storageState: saved });
  const replayPage = await replay.newPage();
  await replayPage.goto("/");
  await expect(replayPage).toHaveURL(/\/login/);
  await replay.close();
  await context.close();
});

test("deactivating a user ends their open session", async ({ browser }) => {
  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  await signIn(userPage, "teacher6@opora.demo");
  await expect(userPage).toHaveURL("/");

  const adminContext = await browser.newContext({ storageState: storageStateOf("admin") });
  const admin = await adminContext.newPage();
  await admin.goto("/admin/users?q=teacher6");
  const row = admin.getByRole("row").filter({ hasText: "teacher6@opora.demo" });
  await row.getByRole("button", { name: "Отключить" }).click();
  const dialog = admin.getByRole("alertdialog");
  await expect(dialog).toContainText("Отключить учётную запись");
  await dialog.getByRole("button", { name: "Отключить" }).click();
  await expect(row).toContainText("Отключён");

  await userPage.reload();
  await expect(userPage).toHaveURL(/\/login/);

  // Put things back for other runs against the same database.
  await row.getByRole("button", { name: "Включить" }).click();
  await expect(row).toContainText("Активен");
  await adminContext.close();
  await userContext.close();
});

test("the administrator sets a password, and the user signs in with it", async ({ browser }) => {
  const adminContext = await browser.newContext({ storageState: storageStateOf("admin") });
  const admin = await adminContext.newPage();
  await admin.goto("/admin/users?q=teacher7");
  const row = admin.getByRole("row").filter({ hasText: "teacher7@opora.demo" });
  await row.getByText("Сменить пароль").click();
  const form = row.getByRole("form", { name: /Пароль пользователя/ });
  await form.getByLabel("Новый пароль").fill("пароль от администратора");
  await form.getByLabel("Повторите пароль").fill("другой пароль");
  await form.getByRole("button", { name: "Сохранить пароль" }).click();
  await expect(form.getByText("Пароли не совпадают")).toBeVisible();
  await form.getByLabel("Повторите пароль").fill("пароль от администратора");
  await form.getByRole("button", { name: "Сохранить пароль" }).click();
  await expect(form.getByText(/Пароль задан/)).toBeVisible();

  const userPage = await (await browser.newContext()).newPage();
  await signIn(userPage, "teacher7@opora.demo", "пароль от администратора");
  await expect(userPage).toHaveURL("/");
  await adminContext.close();
});
