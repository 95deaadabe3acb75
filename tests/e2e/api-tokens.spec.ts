/** A personal access token from the profile page, used with the REST API and revoked. */
import { expect, storageStateOf, test } from "./fixtures";

test.describe("API tokens on the profile page", () => {
  test.use({ storageState: storageStateOf("curator2") });

  test("a token is shown once, reaches /api/v1/me, and stops working when revoked", async ({ page, playwright, baseURL }) => {
    await page.goto("/profile");
    const section = page.getByRole("region", { name: "Токены доступа к API" });
    await expect(section).toBeVisible();

    // Invalid input: the field error, nothing created.
    await section.getByRole("button", { name: "Создать токен" }).click();
    await expect(section.getByText("Укажите название токена")).toBeVisible();

    const name = `E2E ${Date.now()}`;
    await section.getByLabel("Название").fill(name);
    await section.getByRole("button", { name: "Создать токен" }).click();
    const shown = section.getByTestId("new-api-token");
    await expect(shown).toBeVisible();
    const token = (await shown.textContent())!.trim();
    expect(token).toMatch(/^opora_[A-Za-z0-9_-]{43}$/);
    await expect(section.getByText("показывается один раз")).toBeVisible();
    const row = section.getByTestId("api-token-row").filter({ hasText: name });
    await expect(row).toContainText(token.slice(0, 12));
    await expect(row).toContainText("Действует");

    // A client without the browser's cookies: only the token authenticates.
    const api = await playwright.request.newContext({ baseURL });
    const ok = await api.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
    expect(ok.status()).toBe(200);
    expect((await ok.json()).email).toBe("curator2@opora.demo");
    expect((await api.get("/api/v1/me")).status()).toBe(401);

    // After a reload the token is gone from the page; the list keeps its prefix only.
    await page.reload();
    await expect(section.getByTestId("new-api-token")).toHaveCount(0);
    await expect(page.getByText(token)).toHaveCount(0);

    await row.getByRole("button", { name: "Отозвать" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText(name);
    await dialog.getByRole("button", { name: "Отозвать" }).click();
    await expect(row).toContainText("Отозван");

    const revoked = await api.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
    expect(revoked.status()).toBe(401);
    expect((await revoked.json()).error.code).toBe("UNAUTHENTICATED");
    await api.dispose();
  });

  test("the API description is public and lists every endpoint", async ({ page }) => {
    await page.goto("/api/docs");
    await expect(page.getByRole("heading", { name: "REST API Опоры, версия 1" })).toBeVisible();
    for (const path of ["/api/v1/me", "/api/v1/cycles/{cycleId}/schools/{code}/roadmap", "/api/v1/cycles/{cycleId}/report"]) {
      await expect(page.getByRole("heading", { name: path })).toBeVisible();
    }
  });
});
