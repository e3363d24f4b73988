// Page objects for the e2e specs. Paths through the wizard come from the tree data itself, so a
// spec says "walk to the cause credentials-invalid" and clicks the answers a person would.
import { test as base, expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import type { CauseId } from "../lib/catalogue/ids";
import { answersToCause } from "../lib/tree/navigate";
import { TREE } from "../lib/tree/tree";

export class WizardPage {
  constructor(readonly page: Page) {}

  async open(query = "") {
    await this.page.goto(`/wizard${query}`);
  }

  question() {
    return this.page.locator("#question");
  }

  async answer(answerId: string) {
    const link = this.page.locator(`[data-answer="${answerId}"]`);
    await link.click();
  }

  /** Click, one by one, the answers that lead to the first diagnosis of a cause. */
  async walkTo(causeId: CauseId) {
    const answers = answersToCause(TREE, causeId);
    if (!answers) throw new Error(`no path to ${causeId}`);
    for (const pair of answers) {
      const [questionId, answerId] = pair.split(".") as [string, string];
      await expect(this.page.locator(`[data-node="${questionId}"]`)).toBeVisible();
      await this.answer(answerId);
    }
    await expect(this.page.locator(`[data-diagnosis="${causeId}"]`)).toBeVisible();
    return answers;
  }

  async typeRegistry(value: string) {
    await this.page.getByLabel("Your registry").fill(value);
    await expect(this.page).toHaveURL(new RegExp(`registry=${encodeURIComponent(value).replace(/\./g, "\\.")}`));
  }
}

/**
 * One person in a support session: their own browser context (own cookies, so the engineer's
 * cookie stays with the engineer) and their own address, as two people on a call would have —
 * the server's per-client limits count them apart.
 */
export async function personContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const address = `198.51.100.${1 + Math.floor(Math.random() * 250)}`;
  return browser.newContext({ ...options, extraHTTPHeaders: { "x-forwarded-for": address, ...options.extraHTTPHeaders } });
}

/** A support session page (/s/<code>), seen by the engineer or the customer. */
export class SessionPage {
  constructor(readonly page: Page) {}

  /** Start a session from the home page's button, as an engineer; returns the code shown. */
  async start(): Promise<string> {
    await this.page.goto("/");
    await this.page.getByRole("button", { name: "Start a support session" }).click();
    // The first session of a fresh server opens its database: allow for that.
    await expect(this.page).toHaveURL(/\/s\/[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}$/, { timeout: 20_000 });
    const code = (await this.page.locator("[data-session-code]").textContent())?.trim() ?? "";
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}$/);
    await this.live();
    return code;
  }

  /** Type a code on /join, as a customer would. */
  async typeCode(code: string) {
    await this.page.goto("/join");
    await this.page.getByLabel("Session code").fill(code);
    await this.page.getByRole("button", { name: "Join", exact: true }).click();
  }

  /** The sentence /join shows beside the box when a code is refused. */
  joinError() {
    return this.page.locator("#join-code-error");
  }

  async open(code: string) {
    await this.page.goto(`/s/${code}`);
    await this.live();
  }

  /** Wait until the page's event stream is connected. */
  async live() {
    await expect(this.page.locator("[data-connection]")).toHaveAttribute("data-connection", "live");
  }

  registry() {
    return this.page.locator("[data-session-registry]");
  }

  async typeRegistry(value: string) {
    await this.registry().fill(value);
  }

  /** The wizard's current question (data-node) or diagnosis (data-diagnosis). */
  question() {
    return this.page.locator("#session-question");
  }

  atQuestion(questionId: string) {
    return this.page.locator(`[data-node="${questionId}"]`);
  }

  async answer(answerId: string) {
    await this.page.locator(`[data-answer="${answerId}"]`).click();
  }

  async paste(text: string) {
    await this.page.getByLabel("Error output").fill(text);
    await this.page.getByRole("button", { name: "Add to the session" }).click();
  }

  async addNote(text: string) {
    await this.page.getByLabel("Add a note").fill(text);
    await this.page.getByRole("button", { name: "Add note" }).click();
  }

  async end() {
    await this.page.getByRole("button", { name: "End session" }).click();
    await this.page.getByRole("button", { name: "Yes, end it" }).click();
  }

  timeline() {
    return this.page.locator("[data-timeline]");
  }

  notes() {
    return this.page.locator("[data-notes]");
  }

  ended() {
    return this.page.locator("[data-session-ended]");
  }
}

export async function seriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

export const test = base.extend<{ wizard: WizardPage; session: SessionPage }>({
  // Playwright's fixture callback is named `use`; it is not a React hook.
  wizard: async ({ page }, provide) => {
    await provide(new WizardPage(page));
  },
  session: async ({ page }, provide) => {
    await provide(new SessionPage(page));
  },
});

export { expect };
