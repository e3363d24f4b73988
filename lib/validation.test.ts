import { describe, expect, it } from "vitest";
import * as z from "zod";
import { fieldProblems, sentenceFor } from "./validation";

const Schema = z
  .object({ text: z.string(), count: z.number().optional(), name: z.string({ error: "must be your name as text" }).optional() })
  .strict();

function problemsFor(input: unknown) {
  const result = Schema.safeParse(input);
  if (result.success) throw new Error("expected a failure");
  return fieldProblems(result.error);
}

describe("zod issues as sentences", () => {
  it("tells a missing field from a wrong type", () => {
    expect(problemsFor({})).toEqual([{ field: "text", message: "is required" }]);
    expect(problemsFor({ text: 5 })).toEqual([{ field: "text", message: "must be text" }]);
    expect(problemsFor({ text: "x", count: "3" })).toEqual([{ field: "count", message: "must be a number" }]);
  });

  it("keeps a schema's own sentence", () => {
    expect(problemsFor({ text: "x", name: 3 })).toEqual([{ field: "name", message: "must be your name as text" }]);
  });

  it("names unknown fields and joins everything into one sentence", () => {
    const problems = problemsFor({ text: "x", extra: 1 });
    expect(sentenceFor(problems)).toBe("The request has fields it does not take: extra; leave them out");
  });
});
