// Support sessions end to end: two real browser contexts — the engineer (A) and the customer (B),
// each with their own cookies and address — share one session and see each other's changes.
import type { Browser } from "@playwright/test";
import { pushTestImages } from "../lib/probe/testing/images";
import { startRegistry } from "../lib/probe/testing/registry";
import { RegistryClient } from "../lib/probe/testing/registry-client";
import { answersToCause } from "../lib/tree/navigate";
import { TREE } from "../lib/tree/tree";
import { expect, personContext, SessionPage, seriousAxeViolations, test } from "./fixtures";

// "Within about a second": every cross-browser expectation gets 5 s at most.
const LIVE = { timeout: 5_000 };

const ACR_FIREWALL = `$ docker pull contoso.azurecr.io/team/app:1.4
Error response from daemon: Get "https://contoso.azurecr.io/v2/": denied: {"errors":[{"code":"DENIED","message":"client with IP \\u002720.1.2.3\\u0027 is not allowed access. Refer https://aka.ms/acr/firewall to grant access."}]}`;

const PATH = (answersToCause(TREE, "registry-ip-denied") ?? []).map((pair) => pair.split(".") as [string, string]);

async function people(browser: Browser) {
  const engineerContext = await personContext(browser);
  const customerContext = await personContext(browser);
  return {
    engineer: new SessionPage(await engineerContext.newPage()),
    customer: new SessionPage(await customerContext.newPage()),
    engineerContext,
    customerContext,
    close: async () => {
      await engineerContext.close();
      await customerContext.close();
    },
  };
}

test.describe("a support session", () => {
  test("two browsers share one session and see each other's changes", async ({ browser }) => {
    test.setTimeout(90_000);
    expect(PATH.length).toBeGreaterThanOrEqual(3);
    const [first, second, third] = PATH as [[string, string], [string, string], [string, string]];
    const { engineer: a, customer: b, engineerContext, customerContext, close } = await people(browser);

    // A starts the session and reads the code aloud.
    const code = await a.start();
    await expect(a.page.locator("[data-you-are]")).toHaveAttribute("data-you-are", "engineer");

    // B types it on /join: a malformed code, then an unknown one, each refused with what was typed kept.
    await b.typeCode("K7F-3Q");
    await expect(b.joinError()).toContainText("is not a session code");
    await expect(b.page.getByLabel("Session code")).toHaveValue("K7F-3Q");
    const unknown = code === "ZZZ-ZZZ-ZZZ" ? "YYY-YYY-YYY" : "ZZZ-ZZZ-ZZZ";
    await b.typeCode(unknown);
    await expect(b.joinError()).toContainText(`no open session with the code ${unknown}`);
    await expect(b.page.getByLabel("Session code")).toHaveValue(unknown);
    // Small letters and no dashes, as heard on a call.
    await b.typeCode(code.replace(/-/g, "").toLowerCase());
    await expect(b.page).toHaveURL(new RegExp(`/s/${code}$`));
    await b.live();
    await expect(b.page.locator("[data-you-are]")).toHaveAttribute("data-you-are", "customer");

    // B types the registry → A sees it.
    await b.typeRegistry("contoso.azurecr.io");
    await expect(a.registry()).toHaveValue("contoso.azurecr.io", LIVE);
    await expect(a.timeline()).toContainText("Set the registry to contoso.azurecr.io.", LIVE);

    // A answers the first question → B sees the next one.
    await expect(a.atQuestion(first[0])).toBeVisible();
    await a.answer(first[1]);
    await expect(b.atQuestion(second[0])).toBeVisible(LIVE);

    // B pastes an error → A sees the match.
    await b.paste(ACR_FIREWALL);
    const match = a.timeline().locator('[data-event="paste"] [data-cause="registry-ip-denied"]');
    await expect(match).toBeVisible(LIVE);
    await expect(a.timeline().locator('[data-event="paste"]')).toHaveAttribute("data-author", "customer");

    // A adds a note → B sees it.
    const note = "Customer is on the office VPN; `az acr show` says Selected networks.\n# check the allow list";
    await a.addNote(note);
    await expect(b.notes()).toContainText("Customer is on the office VPN", LIVE);
    await expect(b.timeline().locator('[data-event="note"]')).toHaveAttribute("data-author", "engineer");

    // B has no note box and no end button, and the server refuses both from B's browser.
    await expect(b.page.getByLabel("Add a note")).toHaveCount(0);
    await expect(b.page.getByRole("button", { name: "End session" })).toHaveCount(0);
    await expect(b.page.locator("[data-export]")).toHaveCount(0);
    const refusedNote = await customerContext.request.post(`/api/sessions/${code}/events`, { data: { kind: "note", text: "sneaky" } });
    expect(refusedNote.status()).toBe(403);
    expect((await refusedNote.json()) as { error: string }).toHaveProperty("error");
    const refusedEnd = await customerContext.request.post(`/api/sessions/${code}/events`, { data: { kind: "end" } });
    expect(refusedEnd.status()).toBe(403);
    expect((await customerContext.request.get(`/api/sessions/${code}/transcript?format=md`)).status()).toBe(403);

    // A second tab of A stays in step: B answers, both of A's tabs follow.
    const a2 = new SessionPage(await engineerContext.newPage());
    await a2.open(code);
    await expect(a2.page.locator("[data-you-are]")).toHaveAttribute("data-you-are", "engineer");
    await expect(a2.notes()).toContainText("Customer is on the office VPN");
    await b.answer(second[1]);
    await expect(a.atQuestion(third[0])).toBeVisible(LIVE);
    await expect(a2.atQuestion(third[0])).toBeVisible(LIVE);
    // …and what the second tab does reaches the first tab and B.
    await a2.answer(third[1]);
    const rest = PATH.slice(3);
    for (const [questionId, answerId] of rest) {
      await expect(a2.atQuestion(questionId)).toBeVisible(LIVE);
      await a2.answer(answerId);
    }
    await expect(a.page.locator('[data-diagnosis="registry-ip-denied"]')).toBeVisible(LIVE);
    await expect(b.page.locator('[data-diagnosis="registry-ip-denied"]')).toBeVisible(LIVE);

    // Refresh keeps the state.
    await b.page.reload();
    await b.live();
    await expect(b.registry()).toHaveValue("contoso.azurecr.io");
    await expect(b.page.locator('[data-diagnosis="registry-ip-denied"]')).toBeVisible();
    await expect(b.notes()).toContainText("Customer is on the office VPN");
    await expect(b.timeline().locator("[data-event]")).toHaveCount(3 + PATH.length);

    // A settles on the cause and ends the session → B sees it ended, read-only.
    await a.page.locator('[data-diagnosis="registry-ip-denied"]').getByRole("button", { name: "Settle on this cause" }).click();
    await expect(b.page.locator("[data-settled-cause]")).toHaveAttribute("data-settled-cause", "registry-ip-denied", LIVE);
    await a.end();
    await expect(b.ended()).toBeVisible(LIVE);
    await expect(b.ended()).toContainText("This session ended at");
    await expect(a2.ended()).toBeVisible(LIVE);
    await expect(b.page.getByRole("button", { name: "Add to the session" })).toHaveCount(0);
    await expect(b.page.locator("[data-session-trail]").getByRole("button")).toHaveCount(0);
    await expect(b.registry()).toHaveAttribute("readonly", "");
    expect(await seriousAxeViolations(b.page)).toEqual([]);
    expect(
      (await customerContext.request.post(`/api/sessions/${code}/events`, { data: { kind: "paste", text: "too late" } })).status(),
    ).toBe(409);

    // The Markdown transcript (A's browser) has the events in order, with UTC times.
    const response = await engineerContext.request.get(`/api/sessions/${code}/transcript?format=md`);
    expect(response.status()).toBe(200);
    const markdown = await response.text();
    expect(markdown).toContain(`## Registry Doctor session ${code}:`);
    const entries = [...markdown.matchAll(/^\d+\. `(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)` \*\*(engineer|customer)\*\* — (.*)$/gm)];
    const said = entries.map((entry) => `${entry[2]}: ${entry[3]}`);
    const order = [
      "customer: Set the registry to `contoso.azurecr.io`.",
      "engineer: Answered",
      "customer: Pasted an error",
      "engineer: Note:",
      "customer: Answered",
      "engineer: Answered",
      "engineer: Settled on",
      "engineer: Ended the session.",
    ];
    let at = -1;
    for (const expected of order) {
      const found = said.findIndex((line, index) => index > at && line.startsWith(expected));
      expect(found, `"${expected}" after entry ${at} in:\n${said.join("\n")}`).toBeGreaterThan(at);
      at = found;
    }
    const stamps = entries.map((entry) => entry[1]!);
    expect([...stamps].sort()).toEqual(stamps);
    expect(markdown).toContain("(`registry-ip-denied`)");
    expect(markdown).toContain("\\`az acr show\\`");
    expect(markdown).toContain("> \\# check the allow list");
    const json = (await (await engineerContext.request.get(`/api/sessions/${code}/transcript?format=json`)).json()) as {
      timeline: { kind: string }[];
    };
    expect(json.timeline.at(-1)?.kind).toBe("end");

    // The print view: the transcript, without the site's navigation.
    await a.page.goto(`/s/${code}/print`);
    await expect(a.page.locator("[data-transcript]")).toContainText(code);
    await expect(a.page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await close();
  });

  test("works with the keyboard alone", async ({ browser }) => {
    const { engineer: a, close } = await people(browser);
    await a.start();
    const firstAnswer = a.page.locator("[data-answer]").first();
    for (let i = 0; i < 60 && !(await firstAnswer.evaluate((el) => el === document.activeElement)); i++) await a.page.keyboard.press("Tab");
    await expect(firstAnswer).toBeFocused();
    await a.page.keyboard.press("Enter");
    // Focus moves to the next question for the person who answered.
    await expect(a.question()).toBeFocused();
    await expect(a.page.locator("[data-session-trail] li")).toHaveCount(1);
    await close();
  });

  test("an unknown or malformed code gets a sentence, not a blank page", async ({ page }) => {
    await page.goto("/s/ZZZ-ZZZ-ZZ2");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No such session");
    await expect(page.locator("[data-session-missing]")).toContainText("There is no session with the code ZZZ-ZZZ-ZZ2");
    await page.goto("/s/not-a-code");
    await expect(page.locator("[data-session-missing]")).toContainText("is not a session code");
    await expect(page.getByRole("link", { name: "Type a code" })).toHaveAttribute("href", "/join");
  });

  test("the wizard's button starts a session that carries the registry and the answers", async ({ browser }) => {
    const context = await personContext(browser);
    const page = await context.newPage();
    const [first] = PATH as [[string, string]];
    await page.goto(`/wizard?registry=contoso.azurecr.io&a=${first[0]}.${first[1]}`);
    await page.getByRole("button", { name: "Start a support session" }).click();
    await expect(page).toHaveURL(/\/s\/[2-9A-HJ-NP-Z-]{11}$/);
    const session = new SessionPage(page);
    await expect(session.registry()).toHaveValue("contoso.azurecr.io");
    await expect(page.locator("[data-session-trail] li")).toHaveCount(1);
    await context.close();
  });
});

test("a live check run by the customer reaches the engineer with its steps and vantage point", async ({ browser }) => {
  test.setTimeout(60_000);
  // A real registry on loopback (the app under test may probe 127.0.0.0/8, playwright.config.ts).
  const registry = await startRegistry();
  try {
    await pushTestImages(new RegistryClient({ url: registry.url }));
    const { engineer: a, customer: b, close } = await people(browser);
    const code = await a.start();
    await b.open(code);
    await b.typeRegistry(registry.url);
    await expect(a.registry()).toHaveValue(registry.url, LIVE);
    await b.page.getByLabel("Repository (optional)").fill("team/app");
    await b.page.getByLabel("Tag or digest (optional)").fill("9.9");
    await b.page.getByRole("button", { name: "Run the live check" }).click();
    const check = a.timeline().locator('[data-event="check"]');
    await expect(check).toHaveAttribute("data-author", "customer", { timeout: 15_000 });
    await expect(check.locator("[data-check-verdict]")).toHaveAttribute("data-check-verdict", "problem");
    await expect(check.locator('[data-finding="tag-not-found"]')).toBeVisible();
    await expect(check).toContainText("Ran from the Registry Doctor server");
    await expect(check.locator('[data-step="api:manifest"]')).toHaveAttribute("data-status", "fail");
    const markdown = await (await a.page.context().request.get(`/api/sessions/${code}/transcript?format=md`)).text();
    expect(markdown).toMatch(/\*\*customer\*\* — Ran the live check on `127\.0\.0\.1:\d+`: problem found\./);
    expect(markdown).toContain("- Ran from the Registry Doctor server");
    await close();
  } finally {
    await registry.stop();
  }
});

test("the session page fits a phone screen and has no serious accessibility violations @phone", async ({ browser }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await personContext(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme });
    const session = new SessionPage(await context.newPage());
    await session.start();
    const overflow = await session.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousAxeViolations(session.page)).toEqual([]);
    await context.close();
  }
});
