/** Signs every demo role in once; the specs reuse the saved sessions. */
import { test as setup, expect } from "@playwright/test";
import { emailOf, ROLES, signIn, storageStateOf } from "./fixtures";

for (const role of ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, emailOf(role));
    await expect(page).toHaveURL("/");
    await expect(page.getByTestId("current-user")).toBeVisible();
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
