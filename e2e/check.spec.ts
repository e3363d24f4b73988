import { RegistryClient } from "../lib/probe/testing/registry-client";
import { pushTestImages } from "../lib/probe/testing/images";
import { startRegistry, type RegistryHandle } from "../lib/probe/testing/registry";
import { expect, seriousAxeViolations, test } from "./fixtures";

// A real registry (Debian's distribution, anonymous, plain HTTP on loopback) for the live check
// to probe. The app under test runs with PROBE_ALLOW_NETWORKS=127.0.0.0/8 (playwright.config.ts).
let registry: RegistryHandle;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  registry = await startRegistry();
  await pushTestImages(new RegistryClient({ url: registry.url }));
});

test.afterAll(async () => {
  await registry?.stop();
});

test("streams the steps, names the cause, and shows what changed after a fix", async ({ page }) => {
  await page.goto("/check");
  await page.getByLabel("Registry", { exact: true }).fill(registry.url);
  await page.getByLabel("Repository (optional)").fill("team/app");
  await page.getByLabel("Tag or digest (optional)").fill("9.9");
  await page.getByRole("button", { name: "Run the check" }).click();

  await expect(page.locator("[data-verdict]")).toHaveAttribute("data-verdict", "problem");
  await expect(page.locator('[data-step="api:dns"]')).toHaveAttribute("data-status", "pass");
  await expect(page.locator('[data-step="api:manifest"]')).toHaveAttribute("data-status", "fail");
  const finding = page.locator('[data-finding="tag-not-found"]');
  await expect(finding).toBeVisible();
  await expect(finding.getByRole("link")).toHaveAttribute("href", `/diagnosis/tag-not-found?registry=${encodeURIComponent(registry.url)}`);
  await expect(page.getByText("Runs from this server").first()).toBeVisible();

  // The fix: the right tag. "Run again" shows the manifest step going from fail to pass.
  await page.getByLabel("Tag or digest (optional)").fill("1.0");
  await page.getByRole("button", { name: "Run again" }).click();
  await expect(page.locator("[data-verdict]")).toHaveAttribute("data-verdict", "healthy");
  await expect(page.locator('[data-step="api:blob"]')).toHaveAttribute("data-status", "pass");
  await expect(page.locator("[data-changes]")).toContainText("manifest: failed → passed");
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test("keeps the password out of the address bar and reports field errors beside their inputs", async ({ page }) => {
  await page.goto("/check");
  await page.getByLabel("Registry", { exact: true }).fill(registry.url);
  await page.getByText("Credentials, proxy and platform").click();
  await page.getByLabel("Username (optional)").fill("someone");
  await page.getByLabel("Password or token (optional)").fill("hunter2-secret");
  await page.getByLabel("Forward proxy (optional)").fill("https://proxy.example:3128");
  await page.getByRole("button", { name: "Run the check" }).click();
  const proxyField = page.getByLabel("Forward proxy (optional)");
  await expect(proxyField).toHaveAttribute("aria-invalid", "true");
  await expect(
    page.locator(
      `[id="${await proxyField.getAttribute("aria-describedby").then((ids) => ids?.split(" ").find((id) => id.endsWith("-error")))}"]`,
    ),
  ).toContainText("forward proxies are spoken to in plain HTTP");
  expect(page.url()).not.toContain("hunter2");
  expect(page.url()).not.toContain("someone");
  await expect(page.getByLabel("Password or token (optional)")).toHaveValue("hunter2-secret");
});

test("continues in the wizard with the check's evidence marked", async ({ page }) => {
  await page.goto(`/check?registry=${encodeURIComponent(registry.url)}&repository=team/app&tag=9.9`);
  await page.getByRole("button", { name: "Run the check" }).click();
  await expect(page.locator('[data-finding="tag-not-found"]')).toBeVisible();
  await page.getByRole("link", { name: "Continue in the wizard" }).click();
  await expect(page.locator('[data-diagnosis="tag-not-found"]')).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Your answers" })).toContainText("from the live check");
  // Changing an answer keeps the evidence: the check's answer is marked as suggested.
  await page
    .getByRole("navigation", { name: "Your answers" })
    .getByRole("link", { name: /^Change/ })
    .first()
    .click();
  await expect(page.locator('[data-suggested="true"]')).toHaveCount(1);
});
