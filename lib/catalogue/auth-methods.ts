// The ways to authenticate with Azure Container Registry, as reference data: how each one logs in,
// what it is for, whether Azure RBAC applies, and its limits (token lifetimes, who may use it).
// Source: the authentication-options table of seed 003 (acr-authentication-options), corrected
// per seed-notes.md: the retired `docker login azure --cloud-name …` becomes `docker login
// {loginServer}`, and the "stored-procedure password" is the service principal's client secret.
// Command text uses the same placeholders as the cause catalogue (template.ts). Isomorphic.
import * as z from "zod";
import { CauseIdSchema } from "./schema";

export const AuthMethodSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .describe("stable kebab-case id"),
    name: z.string().min(1).describe("the method's name, as a heading"),
    howToAuthenticate: z
      .array(z.string().min(1))
      .min(1)
      .describe("how to log in with it; command text uses {loginServer}, {registryName}, …"),
    scenarios: z.array(z.string().min(1)).min(1).describe("what the method is meant for"),
    azureRbac: z.string().min(1).describe("whether Azure role-based access control governs its rights"),
    limits: z.array(z.string().min(1)).min(1),
    tokenLifetime: z.string().min(1).optional().describe("how long its token or secret lasts"),
    usernameIs: z.string().min(1).optional().describe("what goes in the username field of docker login and similar"),
    relatedCauses: z.array(CauseIdSchema).describe("causes a person using this method may meet"),
  })
  .strict();

export type AuthMethod = z.infer<typeof AuthMethodSchema>;

const NULL_GUID = "00000000-0000-0000-0000-000000000000";

export const AUTH_METHODS: readonly AuthMethod[] = z.array(AuthMethodSchema).parse([
  {
    id: "individual-identity",
    name: "Individual Microsoft Entra identity",
    howToAuthenticate: [
      "Azure CLI: az login, then az acr login --name {registryName}. For Azure China or Azure US Government run az cloud set -n {azureCloud} before az login (back with az cloud set -n AzureCloud).",
      "Azure PowerShell: Connect-AzAccount, then Connect-AzContainerRegistry -Name {registryName}.",
      `Without a Docker daemon: TOKEN=$(az acr login --name {registryName} --expose-token --output tsv --query accessToken), then docker login {loginServer} --username ${NULL_GUID} --password-stdin <<< $TOKEN (or helm registry login {loginServer} with the same username).`,
    ],
    scenarios: ["Interactive push and pull by developers and testers."],
    azureRbac:
      "Yes: the identity's Azure roles on the registry decide what it may do (AcrPull, AcrPush, …; repository roles in ABAC mode).",
    limits: [
      "The AD token must be renewed every 3 hours: run az acr login again before a session of docker commands.",
      "az acr login needs the Docker CLI and a running Docker daemon (or DOCKER_COMMAND=podman with Azure CLI 2.59.0 or later); otherwise use --expose-token.",
    ],
    tokenLifetime: "3 hours (the registry token obtained by az acr login or --expose-token).",
    usernameIs: `Set by az acr login itself; with an exposed token, ${NULL_GUID}.`,
    relatedCauses: [
      "credentials-expired",
      "aad-token-refresh-failed",
      "docker-daemon-not-running",
      "cloud-shell-no-daemon",
      "podman-needs-docker-command",
      "expose-token-wrong-username",
      "registry-resource-not-found",
      "azure-cloud-mismatch",
      "acr-role-missing",
    ],
  },
  {
    id: "service-principal",
    name: "Microsoft Entra service principal",
    howToAuthenticate: [
      'docker login {loginServer} --username "$SP_ID" --password-stdin (podman login, helm registry login alike): the username is the application (client) ID, the password is the client secret.',
      "Azure CLI: az login --service-principal, then az acr login --name {registryName}.",
      "Azure PowerShell: Connect-AzAccount -ServicePrincipal, then Connect-AzContainerRegistry -Name {registryName}.",
      "Registry login settings in APIs and tools (CI/CD service connections, App Service, Container Instances).",
      'Kubernetes pull secret: kubectl create secret docker-registry … --docker-server={loginServer} --docker-username="$SP_ID" --docker-password="$SP_PASSWORD".',
    ],
    scenarios: ["Unattended push from a CI/CD pipeline.", "Unattended pull to Azure or external services."],
    azureRbac: "Yes: assign AcrPull, AcrPush or other roles per service principal; several service principals can have different rights.",
    limits: [
      "The service principal's client secret is valid 1 year by default, and its value is shown only once when it is created.",
      "The registry token obtained after login lasts 3 hours and is refreshed by the tools that use it.",
    ],
    tokenLifetime: "Client secret: 1 year by default; registry token after login: 3 hours.",
    usernameIs: "The application (client) ID, not the object ID; the password is the client secret's value, not its secret ID.",
    relatedCauses: [
      "service-principal-wrong-id",
      "aad-application-not-registered",
      "credentials-expired",
      "credentials-invalid",
      "acr-role-missing",
      "image-pull-secret-missing",
    ],
  },
  {
    id: "managed-identity",
    name: "Managed identity for Azure resources",
    howToAuthenticate: [
      "Azure CLI on the Azure resource: az login --identity (add the client ID for a user-assigned identity), then az acr login --name {registryName}.",
      "Azure PowerShell: Connect-AzAccount -Identity, then Connect-AzContainerRegistry -Name {registryName}.",
      "docker login {loginServer} with a token from az acr login --name {registryName} --expose-token, where no Docker daemon runs.",
      "The Azure service's own registry settings (for example App Service's 'use managed identity' for registry pulls).",
    ],
    scenarios: ["Unattended push from an Azure CI/CD pipeline.", "Unattended pull to Azure services."],
    azureRbac: "Yes: assign AcrPull, AcrPush or other roles to the identity.",
    limits: [
      "Only from select Azure services that support managed identities for Azure resources.",
      "The registry token lasts 3 hours; services that pull refresh it themselves.",
    ],
    tokenLifetime: "3 hours (registry token).",
    usernameIs: `Set by az acr login; with an exposed token, ${NULL_GUID}.`,
    relatedCauses: ["acr-role-missing", "azure-service-registry-settings", "aad-token-refresh-failed", "credentials-expired"],
  },
  {
    id: "aks-cluster-managed-identity",
    name: "AKS cluster managed identity",
    howToAuthenticate: [
      'Attach the registry when creating or updating the AKS cluster: az aks update --resource-group "$RESOURCE_GROUP" --name "$CLUSTER" --attach-acr {registryName} (this grants the kubelet identity AcrPull).',
      'Check it from the cluster with az aks check-acr --resource-group "$RESOURCE_GROUP" --name "$CLUSTER" --acr {loginServer}.',
    ],
    scenarios: ["Unattended pull to an AKS cluster in the same or a different subscription."],
    azureRbac: "No: pull access only.",
    limits: [
      "Available only for AKS clusters.",
      "Cannot be used for cross-tenant authentication.",
      "--attach-acr assigns AcrPull; a registry in ABAC repository-permissions mode needs Container Registry Repository Reader instead.",
    ],
    usernameIs: "None: the kubelet authenticates with its identity, no pull secret is needed.",
    relatedCauses: ["aks-acr-not-attached", "abac-repository-permissions", "image-pull-secret-missing", "azure-service-registry-settings"],
  },
  {
    id: "aks-cluster-service-principal",
    name: "AKS cluster service principal",
    howToAuthenticate: [
      "Enable it when creating or updating the AKS cluster: the cluster's service principal gets AcrPull on the registry.",
      "For a registry in another tenant, an administrator there adds the (multitenant) application to the registry's tenant and assigns AcrPull; then az aks update-credentials --reset-service-principal sets it on the cluster.",
    ],
    scenarios: ["Unattended pull to an AKS cluster from a registry in another Microsoft Entra tenant."],
    azureRbac: "No: pull access only.",
    limits: [
      "Available only for AKS clusters.",
      "The service principal's secret expires (1 year by default) and must be renewed on the cluster.",
    ],
    tokenLifetime: "Client secret: 1 year by default.",
    usernameIs: "The application (client) ID of the cluster's service principal.",
    relatedCauses: ["aad-application-not-registered", "aks-acr-not-attached", "credentials-expired", "service-principal-wrong-id"],
  },
  {
    id: "admin-user",
    name: "Admin user",
    howToAuthenticate: [
      "Enable it (disabled by default): az acr update -n {registryName} --admin-enabled true, or Azure portal → your registry → Settings → Access keys → Admin user.",
      "docker login {loginServer} with the username and one of the two passwords shown by az acr credential show -n {registryName} (or on Access keys).",
    ],
    scenarios: [
      "Interactive push and pull by an individual developer or tester.",
      "Portal deployment of an image from the registry to Azure App Service or Azure Container Instances.",
    ],
    azureRbac: "No: always pull and push access (full rights on the registry).",
    limits: [
      "One account per registry, not recommended for several users: everyone using it appears as the same user, and changing or disabling it cuts all of them off.",
      "Two passwords, so one can be regenerated while the other is in use; a regenerated password takes about 60 seconds to replicate.",
    ],
    usernameIs: "The registry's name, as shown on Access keys (az acr credential show --query username).",
    relatedCauses: ["admin-user-disabled", "admin-password-regenerated", "credentials-invalid"],
  },
  {
    id: "repository-scoped-token",
    name: "Repository-scoped access token",
    howToAuthenticate: [
      'Create a token with a scope map, e.g. az acr token create --name "$TOKEN_NAME" --registry {registryName} --scope-map _repositories_pull, and keep its password (shown once).',
      'docker login {loginServer} --username "$TOKEN_NAME" --password-stdin (podman login, helm registry login alike).',
      'Azure CLI: az acr login --name {registryName} --username "$TOKEN_NAME" --password "$TOKEN_PASSWORD".',
      "Azure PowerShell: Connect-AzContainerRegistry -Name {registryName} -UserName $TokenName -Password $TokenPassword.",
      "Kubernetes pull secret with --docker-server={loginServer} and the token name and password.",
    ],
    scenarios: [
      "Interactive push and pull to repositories by an individual developer or tester.",
      "Unattended pull from repositories by an individual system or external device.",
    ],
    azureRbac: "No: the token's scope map decides which repositories and actions it may use.",
    limits: [
      "Not currently integrated with Microsoft Entra (AD) identities.",
      "Each of its two passwords is shown once and may have an expiry date; a token can also be disabled.",
    ],
    tokenLifetime: "Optional expiry date on each password.",
    usernameIs: "The token's name.",
    relatedCauses: ["credentials-expired", "credentials-invalid", "username-convention-mismatch", "image-pull-secret-missing"],
  },
]);
