// Page objects for the e2e specs. Paths through the wizard come from the tree data itself, so a
// spec says "walk to the cause credentials-invalid" and clicks the answers a person would.
import { test as base, expect, type Page } from "@playwright/test";
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

export async function seriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

export const test = base.extend<{ wizard: WizardPage }>({
  // Playwright's fixture callback is named `use`; it is not a React hook.
  wizard: async ({ page }, provide) => {
    await provide(new WizardPage(page));
  },
});

export { expect };
