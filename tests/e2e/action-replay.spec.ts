/**
 * A server action is a public POST endpoint (issue 7, security point 1): the
 * exact request the coordinator's cycle page sends to move the cycle's stage
 * — its action id, router state and arguments, captured from the browser and
 * never let through — is replayed with a teacher's session cookie and signed
 * out. Both are refused by the action client (403 / 401 in the action's
 * result), and the cycle's stage stays as it was.
 */
// Playwright's own `test`, not the fixtures' one that fails on console errors:
// the aborted action request is logged by the browser as a failed load, by design.
import { expect, request as playwrightRequest, test, type Request as PwRequest } from "@playwright/test";
import { storageStateOf } from "./fixtures";

test.use({ storageState: storageStateOf("coordinator") });

test("the coordinator's stage-change action replayed as a teacher is refused and changes nothing", async ({ page, baseURL }) => {
  await page.goto("/cycles");
  await page.getByRole("link", { name: /2025/ }).first().click();
  await expect(page.getByRole("heading", { name: /Цикл 2025 года/, level: 1 })).toBeVisible();
  const cycleUrl = page.url();
  const trigger = page.getByRole("button", { name: /^(Перейти к этапу|Закрыть цикл)/ }).first();
  const triggerName = (await trigger.textContent())!.trim();

  // Capture the action request the page sends and abort it: nothing reaches the server.
  let captured: PwRequest | undefined;
  await page.route(cycleUrl, async (route) => {
    const req = route.request();
    if (req.method() === "POST" && req.headers()["next-action"]) {
      captured = req;
      await route.abort();
    } else await route.continue();
  });
  await trigger.click();
  await page.getByRole("alertdialog").getByRole("button", { name: /^(Перейти|Закрыть цикл)$/ }).click();
  await expect.poll(() => captured !== undefined).toBe(true);
  const headers = captured!.headers();
  const actionId = headers["next-action"];
  expect(actionId).toMatch(/^[0-9a-f]{40,}$/);
  const body = captured!.postData() ?? "";
  expect(body).toContain("event");

  const replay = async (storageState: string | undefined) => {
    const context = await playwrightRequest.newContext({ baseURL, storageState });
    const response = await context.post(cycleUrl, {
      headers: {
        "next-action": actionId,
        "content-type": headers["content-type"] ?? "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: new URL(baseURL!).origin,
        ...(headers["next-router-state-tree"] ? { "next-router-state-tree": headers["next-router-state-tree"] } : {}),
      },
      data: body,
      maxRedirects: 0,
    });
    const text = await response.text();
    await context.dispose();
    return { status: response.status(), text };
  };

  const asTeacher = await replay(storageStateOf("teacher"));
  expect(asTeacher.text).toContain("FORBIDDEN");
  expect(asTeacher.text).not.toContain('"data"');
  const signedOut = await replay(undefined);
  expect(signedOut.text).toContain("UNAUTHENTICATED");

  // Nothing was written: the coordinator still sees the same stage and the same next step.
  await page.unroute(cycleUrl);
  await page.goto(cycleUrl);
  await expect(page.getByRole("button", { name: triggerName })).toBeVisible();
});
