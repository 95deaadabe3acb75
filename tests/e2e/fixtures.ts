/**
 * Shared e2e helpers: demo accounts, their saved sessions, and a page that
 * fails the test on any console error.
 */
import { test as base, expect, type Locator, type Page } from "@playwright/test";

export const PASSWORD = "opora-demo-2025";
export const ROLES = ["admin", "coordinator", "curator", "curator2", "school", "teacher", "tutor"] as const;
export type DemoRole = (typeof ROLES)[number];
export const emailOf = (role: DemoRole | string) => `${role}@opora.demo`;
export const storageStateOf = (role: DemoRole) => `.data/e2e-auth/${role}.json`;

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByLabel("Пароль").fill(password);
  await page.getByRole("button", { name: "Войти" }).click();
}

/**
 * Waits until React has hydrated the element (its DOM node carries React's
 * props): a click on server-rendered HTML before that does nothing, which a
 * loaded machine turns into a flaky test.
 */
export async function expectHydrated(locator: Locator) {
  await expect
    .poll(() => locator.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps$"))), { message: "hydrated" })
    .toBe(true);
}

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        // A 404/403 page logs the failed document request; that is the point of those tests.
        if (message.type() === "error" && !/status of 40[34]/.test(message.text())) errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
