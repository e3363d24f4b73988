// Username conventions by provider, and the likely misuse each one invites (research §8 item 7):
// ACR's null GUID, ECR's `AWS`, GAR's `oauth2accesstoken` / `_json_key`, Harbor's `robot$…` (whose
// `$` a shell eats), Red Hat's `<account_number>|<name>` (whose `|` a shell eats), Docker Hub's
// Docker ID. The live check adds the result to its report as a convention note or a warning.
//
// It looks at the username only. It never takes, inspects or guesses at the password, and it
// does not decide that a login failed: a warning is a likely cause to check first.
import type { Provider } from "@/lib/registry/name";

export interface UsernameWarning {
  /** Stable key for the UI's messages, e.g. "ecr-username-not-aws". */
  key: string;
  /** English, one or two sentences: what looks wrong and what to write instead. */
  summary: string;
}

export interface UsernameCheck {
  /** What this username means on this provider, when it follows a known convention. */
  convention?: string;
  warning?: UsernameWarning;
}

export const ACR_TOKEN_USERNAME = "00000000-0000-0000-0000-000000000000";
export const ECR_USERNAME = "AWS";
const GAR_USERNAMES: Record<string, string> = {
  oauth2accesstoken:
    "a Google OAuth access token login: the password is the output of `gcloud auth print-access-token` (valid about an hour)",
  _json_key: "a service-account key login: the password is the whole key JSON file",
  _json_key_base64: "a service-account key login: the password is the key JSON file, base64-encoded",
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const PROVIDER_NAMES: Record<Provider, string> = {
  acr: "Azure Container Registry",
  redhat: "Red Hat's registry",
  dockerhub: "Docker Hub",
  ghcr: "GitHub Container Registry",
  quay: "Quay",
  ecr: "Amazon ECR",
  gar: "Google Artifact Registry",
  harbor: "Harbor",
  generic: "this registry",
};

function warn(key: string, summary: string, convention?: string): UsernameCheck {
  return convention === undefined ? { warning: { key, summary } } : { convention, warning: { key, summary } };
}

/** Usernames that belong to one provider, used somewhere else: the login was meant for another registry. */
function foreignConvention(provider: Provider, username: string): UsernameCheck | undefined {
  const where = PROVIDER_NAMES[provider];
  if (username === ACR_TOKEN_USERNAME && provider !== "acr") {
    return warn(
      "acr-token-username-elsewhere",
      `${ACR_TOKEN_USERNAME} is Azure Container Registry's username for a token login (az acr login --expose-token); ${where} does not use it. Log in with this registry's own username.`,
    );
  }
  if (Object.hasOwn(GAR_USERNAMES, username) && provider !== "gar" && provider !== "generic") {
    return warn(
      "gar-username-elsewhere",
      `${username} is a Google Artifact Registry username; ${where} does not know it. Log in with this registry's own username.`,
    );
  }
  if (username === ECR_USERNAME && provider !== "ecr" && provider !== "generic") {
    return warn(
      "ecr-username-elsewhere",
      `AWS is Amazon ECR's username; ${where} does not use it. Log in with this registry's own username.`,
    );
  }
  return undefined;
}

function checkAcr(username: string): UsernameCheck {
  if (username === ACR_TOKEN_USERNAME) {
    return {
      convention:
        "an ACR token login: the password must be an ACR refresh token or a Microsoft Entra access token, e.g. from az acr login --expose-token",
    };
  }
  if (GUID.test(username)) {
    return { convention: "a service principal's application (client) ID: the password is its client secret" };
  }
  if (EMAIL.test(username)) {
    return warn(
      "acr-email-username",
      `ACR does not take an Azure sign-in name such as ${username} with a password. Use az acr login, a service principal's application ID, a repository-scoped token's name, or the admin user (the registry name).`,
    );
  }
  return { convention: "the admin user (the registry name) or a repository-scoped token's name; the password is its generated password" };
}

function checkEcr(username: string): UsernameCheck {
  const convention = "ECR's only username: the password is a 12-hour token from aws ecr get-login-password";
  if (username === ECR_USERNAME) return { convention };
  if (username.toUpperCase() === ECR_USERNAME) {
    return warn("ecr-username-case", `ECR's username is AWS in capitals, not ${username}.`);
  }
  return warn(
    "ecr-username-not-aws",
    `Amazon ECR's username is always AWS, not ${username}; the password is the output of aws ecr get-login-password.`,
  );
}

function checkGar(username: string): UsernameCheck {
  const convention = GAR_USERNAMES[username];
  if (convention !== undefined) return { convention };
  const normalised = username.toLowerCase().replace(/-/g, "_");
  const near = Object.keys(GAR_USERNAMES).find(
    (name) => name === normalised || name === `_${normalised}` || name.replace(/_/g, "") === normalised.replace(/_/g, ""),
  );
  if (near !== undefined) return warn("gar-username-spelling", `Artifact Registry's username is exactly ${near}, not ${username}.`);
  return warn(
    "gar-username-unknown",
    `Artifact Registry takes oauth2accesstoken (with an access token), _json_key or _json_key_base64 (with a service-account key) as the username, not ${username}.`,
  );
}

// Harbor names robot accounts robot$<name> (system) or robot$<project>+<name> (project). A shell
// expands `$name`/`$project` inside double quotes or none, leaving "robot", "robot+ci", "robot-x"...
function checkRobot(provider: Provider, username: string): UsernameCheck | undefined {
  if (/^robot\$./.test(username)) return { convention: "a Harbor robot account: the password is the robot's secret" };
  const quote = "Quote it in single quotes (-u 'robot$name') or read it from a file, so the shell keeps the $.";
  if (username.startsWith("robot\\$")) {
    return warn(
      "harbor-robot-escaped",
      `The username ${username} has a backslash before the $; inside single quotes write robot$name without it.`,
    );
  }
  if (username === "robot" || username === "robot$") {
    return warn(
      "harbor-robot-dollar-eaten",
      `Harbor robot accounts are named robot$<name>, but the username is just "${username}": the shell replaced $<name> with nothing. ${quote}`,
    );
  }
  if (provider === "harbor" && /^robot[^$a-z0-9_]/i.test(username)) {
    return warn(
      "harbor-robot-dollar-eaten",
      `Harbor robot accounts are named robot$<name> or robot$<project>+<name>; "${username}" looks like one whose $ and what followed were replaced by the shell. ${quote}`,
    );
  }
  if (provider === "harbor" && /^robot[a-z0-9]/i.test(username)) {
    return warn(
      "harbor-robot-missing-dollar",
      `If ${username} is a robot account, Harbor names it robot$${username.slice(5)} (unless this Harbor sets another robot prefix). ${quote}`,
    );
  }
  return undefined;
}

function checkRedHat(username: string): UsernameCheck {
  const convention = "a registry service account: the password is its token";
  if (/^\d+\|[^|]+$/.test(username)) return { convention };
  const how =
    "Registry service accounts are written <account_number>|<name>, e.g. 11009103|ocp-pull, and quoted so the shell keeps the |: -u '11009103|ocp-pull'.";
  const reversed = /^([^|]+)\|(\d+)$/.exec(username);
  if (reversed) {
    return warn(
      "redhat-service-account-reversed",
      `${username} has the name and the account number swapped; write ${reversed[2]}|${reversed[1]}. ${how}`,
    );
  }
  if (/^\d{5,}$/.test(username)) {
    return warn(
      "redhat-service-account-pipe-eaten",
      `The username ${username} is only an account number: an unquoted | made the shell cut off the name after it. ${how}`,
    );
  }
  if (/^\d{5,}(?:%7c|[-_:/\\¦ ])[^|]+$/i.test(username)) {
    return warn(
      "redhat-service-account-separator",
      `${username} looks like a service account written with the wrong separator; it is a | between the number and the name. ${how}`,
    );
  }
  if (username.includes("|")) {
    return warn("redhat-service-account-format", `${username} is not in the form <account_number>|<name>. ${how}`);
  }
  if (!EMAIL.test(username) && /(?:^|[-_.])(?:token|pull|svc|service|robot|bot|ci|sa)(?:$|[-_.])/i.test(username)) {
    return warn(
      "redhat-service-account-without-number",
      `If ${username} is a registry service account, its username starts with your account number: <account_number>|${username}. ${how}`,
      "your Red Hat Customer Portal login, or a registry service account",
    );
  }
  return { convention: "your Red Hat Customer Portal login, or a registry service account (<account_number>|<name>)" };
}

function checkDockerHub(username: string): UsernameCheck {
  if (EMAIL.test(username)) {
    return warn(
      "dockerhub-email-username",
      `docker login takes your Docker ID (the username on hub.docker.com), not the e-mail address ${username}; use a personal access token as the password.`,
    );
  }
  return {
    convention: "your Docker ID (or an organization name with an organization access token); a personal access token is the safer password",
  };
}

/**
 * What a username means on this provider, and what looks like a mistake. Looks at the username
 * only; the password is never an input.
 */
export function checkUsername(provider: Provider, username: string): UsernameCheck {
  if (typeof username !== "string" || username === "") return {};
  // Pasted with a space or a newline: the registry sees those characters too.
  if (username.trim() !== username) {
    return warn(
      "username-whitespace",
      "The username starts or ends with a space or line break, which the registry reads as part of it; remove it.",
    );
  }
  const foreign = foreignConvention(provider, username);
  if (foreign !== undefined) return foreign;
  const robot = provider === "harbor" || provider === "generic" ? checkRobot(provider, username) : undefined;
  if (robot !== undefined) return robot;
  switch (provider) {
    case "acr":
      return checkAcr(username);
    case "ecr":
      return checkEcr(username);
    case "gar":
      return checkGar(username);
    case "redhat":
      return checkRedHat(username);
    case "dockerhub":
      return checkDockerHub(username);
    case "ghcr":
      return {
        convention: "your GitHub username; the password is a personal access token with read:packages (or GITHUB_TOKEN in Actions)",
      };
    case "quay":
      return /^[a-z0-9_]+\+[a-z0-9_]+$/.test(username)
        ? { convention: "a Quay robot account (<namespace>+<name>): the password is its token" }
        : {};
    case "harbor":
    case "generic":
      return {};
  }
}
