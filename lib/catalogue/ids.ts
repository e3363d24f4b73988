// Every cause the product can name, declared once. The zod enums, the TypeScript unions, the
// page URLs (/diagnosis/<id>) and the tests that prove each one has a page and a way into the
// tree are all derived from these lists. Ids are stable: add freely, rename nothing.

/** Causes the live check can name from the server (probe-contract.md, first table). */
export const PROBE_CAUSE_IDS = [
  "dns-name-not-found",
  "dns-resolver-failed",
  "dns-private-address",
  "network-connection-refused",
  "network-timeout",
  "tls-untrusted-certificate",
  "tls-hostname-mismatch",
  "tls-certificate-expired",
  "tls-incomplete-chain",
  "tls-handshake-failed",
  "proxy-unreachable",
  "proxy-auth-required",
  "proxy-refused",
  "not-a-registry",
  "registry-ip-denied",
  "auth-endpoint-unreachable",
  "token-realm-misconfigured",
  "credentials-required",
  "credentials-invalid",
  "access-denied",
  "repository-not-found",
  "tag-not-found",
  "rate-limited",
  "registry-server-error",
  "platform-not-available",
  "data-endpoint-unreachable",
] as const;

/** Causes only the person at the machine can show (probe-contract.md, second table). */
export const LOCAL_CAUSE_IDS = [
  "docker-daemon-not-running",
  "cloud-shell-no-daemon",
  "admin-user-disabled",
  "aad-token-refresh-failed",
  "registry-resource-not-found",
  "aad-application-not-registered",
  "credentials-expired",
  "stale-credentials-block-anonymous",
  "expose-token-wrong-username",
  "abac-repository-permissions",
  "docker-proxy-not-configured",
  "credential-key-mismatch",
  "private-dns-zone-not-linked",
  "private-endpoint-no-route",
  "network-restricted-service",
] as const;

/** Everything else the seed articles (and seed-notes.md) describe as a cause of its own. */
export const KNOWLEDGE_CAUSE_IDS = [
  "docker-client-too-old",
  "azure-cli-too-old",
  "podman-needs-docker-command",
  "check-health-helm-notary-noise",
  "registry-name-wrong-form",
  "azure-cloud-mismatch",
  "service-principal-wrong-id",
  "admin-password-regenerated",
  "username-convention-mismatch",
  "image-pull-secret-missing",
  "acr-role-missing",
  "abac-catalog-lister-missing",
  "arm-role-missing",
  "portal-stale-browser-cache",
  "client-firewall-blocks-endpoints",
  "service-endpoint-public-access-disabled",
  "service-endpoint-rule-missing",
  "bastion-not-supported",
  "vnet-provider-not-registered",
  "nsg-or-firewall-blocks-outbound",
  "azure-service-registry-settings",
  "aks-acr-not-attached",
  "clock-skew",
  "redhat-old-registry-migration",
  "redhat-token-name-format",
  "redhat-secret-mangled",
  "redhat-credentials-invalid",
  "redhat-hosts-not-allowed",
  "redhat-proxy-not-used",
] as const;

export const CAUSE_IDS = [...PROBE_CAUSE_IDS, ...LOCAL_CAUSE_IDS, ...KNOWLEDGE_CAUSE_IDS] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

/** How /diagnosis groups the causes, in display order. Titles live in lib/messages.ts. */
export const CAUSE_GROUPS = [
  "client-tooling",
  "name-dns",
  "network-firewall",
  "azure-network",
  "azure-services",
  "tls",
  "proxy",
  "credentials",
  "permissions",
  "registry-api",
  "red-hat",
] as const;
export type CauseGroup = (typeof CAUSE_GROUPS)[number];

/**
 * The tools a person may be using. The first six are the ones the wizard lets a person pick
 * ("which client do you use?"); the rest are always shown beside them (curl, the portal, …).
 */
export const PICKABLE_CLIENTS = ["docker", "podman", "containerd", "kubernetes", "openshift", "az"] as const;
export const CLIENT_IDS = [...PICKABLE_CLIENTS, "helm", "powershell", "curl", "skopeo", "portal", "shell"] as const;
export type ClientId = (typeof CLIENT_IDS)[number];
export type PickableClient = (typeof PICKABLE_CLIENTS)[number];

/** Which registries a cause applies to. */
export const REGISTRY_KINDS = ["acr", "redhat", "any"] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

/** The five seed articles in ../shared/seeds/, by what they are about. */
export const SEED_IDS = [
  "acr-auth-errors", // 000, Russian: ACR authentication troubleshooting, errors 1–5
  "acr-login-troubleshoot", // 001, Chinese: troubleshoot registry login
  "acr-network-troubleshoot", // 002, Portuguese: troubleshoot network issues
  "acr-authentication-options", // 003, Chinese: authentication options with ACR
  "redhat-registry-auth", // 004, Japanese: registry.redhat.io authentication
] as const;
export type SeedId = (typeof SEED_IDS)[number];
