import { answersToCause, wizardHref } from "../lib/tree/navigate";
import { TREE } from "../lib/tree/tree";
import { expect, seriousAxeViolations, test } from "./fixtures";

const pages = {
  home: "/",
  "wizard question": "/wizard",
  "wizard diagnosis": wizardHref({ answers: answersToCause(TREE, "credentials-invalid") ?? [], registry: "contoso.azurecr.io" }),
  "diagnosis list": "/diagnosis",
  "live check": "/check",
  "diagnosis page": "/diagnosis/proxy-auth-required?registry=contoso.azurecr.io",
  "not found": "/diagnosis/no-such-cause",
};

for (const [name, path] of Object.entries(pages)) {
  for (const scheme of ["light", "dark"] as const) {
    test(`${name} has no serious accessibility violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await page.locator("main").waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }
}
