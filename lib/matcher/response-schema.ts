// The /api/match response's shape, apart from the code that builds it, so browser code and the
// session schema can validate it without pulling in the cause catalogue or the tree.
import * as z from "zod";
import { CauseIdSchema } from "@/lib/catalogue/schema";

export const MatchResponseSchema = z.object({
  matches: z.array(
    z.object({
      causeId: CauseIdSchema,
      score: z.number().min(0).max(1),
      fragment: z.string().describe("the matched text, after secrets were removed"),
      start: z.number().int().describe("offset of the fragment in redactedText"),
      end: z.number().int(),
      why: z.string(),
      tellApart: z.string().optional(),
      title: z.string(),
      href: z.string().describe("the diagnosis page"),
      wizardHref: z.string().optional().describe("the wizard, opened at this cause"),
    }),
  ),
  ignored: z.array(z.object({ fragment: z.string(), why: z.string() })),
  redactions: z.number().int(),
  redactedText: z.string(),
});
export type MatchResponse = z.infer<typeof MatchResponseSchema>;
