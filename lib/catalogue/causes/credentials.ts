// (being written)
import type { CauseInput } from "../schema";

export const credentialCauses: CauseInput[] = [];
