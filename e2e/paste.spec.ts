import { SEED_ERROR_TEXTS } from "../lib/matcher/fixtures/seed-errors";
import { expect, test } from "./fixtures";

const ACR_FIREWALL = `$ docker pull contoso.azurecr.io/team/app:1.4
Error response from daemon: Get "https://contoso.azurecr.io/v2/": denied: {"errors":[{"code":"DENIED","message":"client with IP \\u002720.1.2.3\\u0027 is not allowed access. Refer https://aka.ms/acr/firewall to grant access."}]}`;

test.describe("paste your error", () => {
  test("lands on the right diagnosis, with the matched fragment shown", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Error output").fill(ACR_FIREWALL);
    await page.getByRole("button", { name: "Find the cause" }).click();
    const first = page.locator("[data-match-results] li[data-cause]").first();
    await expect(first).toHaveAttribute("data-cause", "registry-ip-denied");
    await expect(first.locator("mark")).toContainText("not allowed access");
    await first.getByRole("link", { name: "Open the diagnosis" }).click();
    await expect(page).toHaveURL(/\/diagnosis\/registry-ip-denied$/);
  });

  test("removes secrets before showing anything", async ({ page }) => {
    await page.goto("/");
    const token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlc2lnbmF0dXJl";
    await page
      .getByLabel("Error output")
      .fill(`> GET /v2/ HTTP/1.1\n> Authorization: Bearer ${token}\n< HTTP/1.1 401 Unauthorized\nunauthorized: authentication required`);
    await page.getByRole("button", { name: "Find the cause" }).click();
    await expect(page.locator("[data-match-results]")).toContainText("removed");
    await expect(page.locator("[data-match-results]")).not.toContainText(token);
    // What was pasted is still in the box.
    await expect(page.getByLabel("Error output")).toHaveValue(new RegExp("Authorization"));
  });

  test("says so when nothing fits, and keeps the text", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Error output").fill("everything is fine, thank you");
    await page.getByRole("button", { name: "Find the cause" }).click();
    await expect(page.getByText("No known error in that text")).toBeVisible();
    await expect(page.getByLabel("Error output")).toHaveValue("everything is fine, thank you");
  });

  test("/api/match explains bad input", async ({ request }) => {
    const empty = await request.post("/api/match", { data: {} });
    expect(empty.status()).toBe(400);
    expect((await empty.json()).error).toMatch(/text/);
    const huge = await request.post("/api/match", { data: { text: "x".repeat(70 * 1024) } });
    expect(huge.status()).toBe(400);
    expect((await huge.json()).error).toMatch(/64 KiB/);
    const notJson = await request.post("/api/match", { headers: { "content-type": "application/json" }, data: "{not json" });
    expect(notJson.status()).toBe(400);
  });
});

test("every seed error text lands on its cause through /api/match", async ({ request }) => {
  for (const seed of SEED_ERROR_TEXTS) {
    const response = await request.post("/api/match", { data: { text: seed.text } });
    expect(response.status(), seed.text).toBe(200);
    const body = (await response.json()) as { matches: { causeId: string }[] };
    expect(body.matches[0]?.causeId, `${seed.seed} ${seed.section}: ${seed.text}`).toBe(seed.causeId);
  }
});
