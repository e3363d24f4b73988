import { answersToCause, wizardHref } from "../lib/tree/navigate";
import { TREE } from "../lib/tree/tree";
import { expect, test } from "./fixtures";

test.describe("the wizard", () => {
  test("walks an ACR credentials path to its fix, filled with the registry", async ({ wizard, page }) => {
    await wizard.open();
    await wizard.typeRegistry("contoso.azurecr.io");
    await wizard.walkTo("aad-token-refresh-failed");
    const diagnosis = page.locator('[data-diagnosis="aad-token-refresh-failed"]');
    await expect(diagnosis.getByRole("heading", { level: 2 }).first()).toBeVisible();
    // The right form of the name for each tool: resource name for az, login server for docker.
    await expect(diagnosis).toContainText("--name contoso");
    // Every command is filled in: no <login-server> or <registry-name> left for the person to edit.
    const commands = diagnosis.locator("[data-client] code");
    expect(await commands.count()).toBeGreaterThan(0);
    for (const text of await commands.allTextContents()) expect(text).not.toMatch(/<login-server>|<registry-name>/);
    await expect(page.locator("[data-share-link]")).toContainText("registry=contoso.azurecr.io");
  });

  test("walks a network and proxy path", async ({ wizard, page }) => {
    await wizard.open("?registry=registry.example.com");
    await wizard.walkTo("docker-proxy-not-configured");
    await expect(page.locator('[data-diagnosis="docker-proxy-not-configured"]')).toContainText("systemctl");
  });

  test("walks a Red Hat path", async ({ wizard, page }) => {
    await wizard.open();
    await wizard.walkTo("redhat-credentials-invalid");
    await expect(page.locator('[data-diagnosis="redhat-credentials-invalid"]')).toContainText("sso.redhat.com");
  });

  test("keeps the position through back, forward and refresh", async ({ wizard, page }) => {
    await wizard.open();
    const answers = answersToCause(TREE, "tls-untrusted-certificate")!;
    expect(answers.length).toBeGreaterThanOrEqual(2);
    const [first, second] = answers.map((pair) => pair.split(".") as [string, string]);
    await wizard.answer(first![1]);
    await expect(page.locator(`[data-node="${second![0]}"]`)).toBeVisible();
    await wizard.answer(second![1]);
    await expect(page).toHaveURL(new RegExp(`a=${second![0]}\\.${second![1]}`));
    const afterTwo = page.url();

    await page.goBack();
    await expect(page.locator(`[data-node="${second![0]}"]`)).toBeVisible();
    await page.goForward();
    await expect(page).toHaveURL(afterTwo);
    await page.reload();
    await expect(page).toHaveURL(afterTwo);
    // The trail lists both answers, and "Back" goes one step.
    await expect(page.getByRole("navigation", { name: "Your answers" }).getByRole("listitem")).toHaveCount(2);
    await page.getByRole("link", { name: "← Back" }).click();
    await expect(page.locator(`[data-node="${second![0]}"]`)).toBeVisible();
  });

  test("changes one answer from the trail", async ({ wizard, page }) => {
    await wizard.open();
    await wizard.walkTo("tag-not-found");
    const trail = page.getByRole("navigation", { name: "Your answers" });
    await trail
      .getByRole("link", { name: /^Change/ })
      .first()
      .click();
    await expect(page.locator(`[data-node="${TREE.start}"]`)).toBeVisible();
    await expect(trail).toHaveCount(0);
  });

  test("opens an old link whose answers no longer exist, with a notice", async ({ page }) => {
    const answers = answersToCause(TREE, "rate-limited")!;
    await page.goto(wizardHref({ answers: [answers[0]!, "retired-question.some-answer", ...answers.slice(1)] }));
    await expect(page.getByRole("status")).toContainText("older version");
    await expect(page.locator('[data-diagnosis="rate-limited"]')).toBeVisible();
  });

  test("works with the keyboard alone", async ({ page }) => {
    await page.goto("/wizard");
    const firstAnswer = page.locator("[data-answer]").first();
    // Tab until the first answer has focus, then choose it with Enter.
    for (let i = 0; i < 40 && !(await firstAnswer.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(firstAnswer).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#question")).toBeFocused();
  });

  test("copies a ticket summary with the answers, the fix and the link", async ({ wizard, page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await wizard.open("?registry=contoso.azurecr.io");
    await wizard.walkTo("registry-ip-denied");
    await page.getByRole("button", { name: "Copy summary for a ticket" }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("## Registry Doctor:");
    expect(copied).toContain("`registry-ip-denied`");
    expect(copied).toContain("contoso.azurecr.io");
    expect(copied).toMatch(/http:\/\/127\.0\.0\.1:\d+\/wizard\?registry=contoso\.azurecr\.io/);
    expect(copied).toContain("### Answers given");
  });

  test("never writes a credential typed as the registry into the URL", async ({ wizard, page }) => {
    await wizard.open();
    await page.getByLabel("Your registry").fill("https://admin:hunter2@contoso.azurecr.io");
    await expect(page.getByText("Leave the user name and password out")).toBeVisible();
    await page.waitForTimeout(500);
    expect(page.url()).not.toContain("hunter2");
    await expect(page.getByLabel("Your registry")).toHaveValue("https://admin:hunter2@contoso.azurecr.io");
  });
});

test("the wizard fits a phone screen @phone", async ({ page }) => {
  await page.goto("/wizard");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.locator("[data-answer]").first()).toBeVisible();
});
