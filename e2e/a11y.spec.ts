import { answersToCause, wizardHref } from "../lib/tree/navigate";
import { TREE } from "../lib/tree/tree";
import { expect, personContext, seriousAxeViolations, test } from "./fixtures";

const pages = {
  home: "/",
  "wizard question": "/wizard",
  "wizard diagnosis": wizardHref({ answers: answersToCause(TREE, "credentials-invalid") ?? [], registry: "contoso.azurecr.io" }),
  "diagnosis list": "/diagnosis",
  "live check": "/check",
  "diagnosis page": "/diagnosis/proxy-auth-required?registry=contoso.azurecr.io",
  "not found": "/diagnosis/no-such-cause",
  "join a session": "/join",
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

// Support sessions: a session made in the test, seen by its engineer and by a customer, and /join
// showing an error beside the box.
const sessionViews = {
  "support session (engineer)": { as: "engineer", path: (code: string) => `/s/${code}` },
  "support session (customer)": { as: "customer", path: (code: string) => `/s/${code}` },
  "support session print view": { as: "engineer", path: (code: string) => `/s/${code}/print` },
  "join with an error": { as: "customer", path: () => "/join?code=K7F-3Q" },
} as const;

for (const [name, view] of Object.entries(sessionViews)) {
  for (const scheme of ["light", "dark"] as const) {
    test(`${name} has no serious accessibility violations (${scheme})`, async ({ browser }) => {
      test.setTimeout(60_000);
      const engineer = await personContext(browser, { colorScheme: scheme });
      const customer = await personContext(browser, { colorScheme: scheme });
      const created = await engineer.request.post("/api/sessions", { data: { registry: "contoso.azurecr.io" } });
      expect(created.status()).toBe(201);
      const { code } = (await created.json()) as { code: string };
      await engineer.request.post(`/api/sessions/${code}/events`, {
        data: { kind: "paste", text: "unauthorized: authentication required" },
      });
      await engineer.request.post(`/api/sessions/${code}/events`, { data: { kind: "note", text: "Checked the login server." } });
      const page = await (view.as === "engineer" ? engineer : customer).newPage();
      await page.goto(view.path(code));
      await page.locator("main").waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await engineer.close();
      await customer.close();
    });
  }
}
