// What the store keeps of a customer-machine evidence document (the JSON the script prints): only
// a document that is no larger than 256 KiB and that lib/evidence's parser accepts (found inside
// terminal noise, complete, this format version, valid as ClientEvidenceSchema — a schema with no
// field that could carry a secret), with every string in it passed through redactSecrets once
// more: the store's last line of defence should the script ever miss one.
import { parseEvidence } from "@/lib/evidence/parse";
import { SessionError } from "./errors";
import { redactStrings } from "./scrub";

export const MAX_EVIDENCE_BYTES = 256 * 1024;

export function prepareEvidence(input: unknown): unknown {
  // The API takes the document as parsed JSON or as the text the script printed.
  const text = typeof input === "string" ? input : input === undefined || input === null ? "" : (JSON.stringify(input) ?? "");
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_EVIDENCE_BYTES) {
    throw new SessionError(
      "too-large",
      `The evidence document is ${Math.ceil(bytes / 1024)} KiB; at most 256 KiB is kept. Paste only what the script printed.`,
    );
  }
  const parsed = parseEvidence(text);
  if (!parsed.ok) {
    const fields = parsed.error.problems.map((problem) => ({
      field: problem.field === "body" ? "document" : `document.${problem.field}`,
      message: problem.message,
    }));
    throw new SessionError("invalid", parsed.error.message, undefined, fields);
  }
  return redactStrings(parsed.document);
}
