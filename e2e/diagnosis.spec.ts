import { expect, test } from "./fixtures";

test.describe("diagnosis pages", () => {
  test("a deep link fills the fix with ?registry= and stands alone", async ({ page }) => {
    await page.goto("/diagnosis/registry-ip-denied?registry=contoso.azurecr.cn");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const article = page.locator('[data-cause="registry-ip-denied"]');
    await expect(article).toContainText("contoso");
    await expect(article).not.toContainText("<registry-name>");
    await expect(page.getByLabel("Your registry")).toHaveValue("contoso.azurecr.cn");
    // Link previews: a title and a description of their own.
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description?.length).toBeGreaterThan(20);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /.+/);
    // "Start the wizard from here" lands on the same cause, carrying the registry.
    await page.getByRole("link", { name: "Start the wizard from here" }).click();
    await expect(page.locator('[data-diagnosis="registry-ip-denied"]')).toBeVisible();
    await expect(page).toHaveURL(/registry=contoso\.azurecr\.cn/);
  });

  test("the client picker shows that client's commands", async ({ page }) => {
    await page.goto("/diagnosis/credentials-invalid?registry=contoso.azurecr.io");
    const dockerCommands = page.locator('[data-client="docker"]');
    await expect(dockerCommands.first()).toBeVisible();
    const before = await dockerCommands.count();
    await page.getByRole("link", { name: "Podman", exact: true }).click();
    await expect(page).toHaveURL(/client=podman/);
    await expect(page.locator('[data-client="podman"]').first()).toContainText(/podman login .*contoso\.azurecr\.io/);
    // Docker's commands remain only where a step has nothing for podman.
    await expect.poll(() => dockerCommands.count()).toBeLessThan(before);
  });

  test("an unknown id gets a helpful 404 with the nearest causes", async ({ page }) => {
    const response = await page.goto("/diagnosis/dns-name-not-foud");
    expect(response?.status()).toBe(404);
    await expect(page.getByText('There is no diagnosis called "dns-name-not-foud"')).toBeVisible();
    await expect(page.locator('a[href="/diagnosis/dns-name-not-found"]')).toBeVisible();
  });

  test("the list is grouped and searchable", async ({ page }) => {
    await page.goto("/diagnosis");
    await expect(page.getByRole("heading", { name: "Proxy", level: 2 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Red Hat registry", level: 2 })).toBeVisible();
    await page.getByLabel("Search diagnoses").fill("proxyconnect");
    await expect(page.locator('a[href="/diagnosis/proxy-refused"]')).toBeVisible();
    await expect(page.locator('a[href="/diagnosis/tag-not-found"]')).toHaveCount(0);
  });
});
