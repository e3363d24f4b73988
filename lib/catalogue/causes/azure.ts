// Causes about Azure: permissions on the registry (Entra roles, ABAC mode, ARM rights), the
// registry's firewall and the client's, private DNS and private endpoints, service endpoints, and
// the Azure services that pull on your behalf. Content comes from the seeds (000 error 5, 001, 002,
// 003) as corrected by shared/seed-notes.md, and from current Microsoft Learn articles.
// Not here: credential mistakes (credentials.ts), generic DNS/TCP/TLS/proxy faults (network.ts),
// registry API answers such as not-found or rate limits (registry.ts).
import type { CauseInput } from "../schema";

const LEARN = "https://learn.microsoft.com/azure/container-registry";
const LEARN_TS = "https://learn.microsoft.com/troubleshoot/azure/azure-container-registry";
const AKS_PULL_TS =
  "https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/connectivity/cannot-pull-image-from-acr-to-aks-cluster";

/** The registry's resource ID, for --scope; used by several role commands. */
const ACR_ID = "$(az acr show --name {registryName} --query id -o tsv)";

export const azureCauses: CauseInput[] = [
  // ───────────────────────────── permissions ─────────────────────────────
  {
    id: "access-denied",
    group: "permissions",
    title: "Signed in, but not allowed to pull this repository",
    summary:
      "The registry accepted who you are but refused this repository: the identity has no read right on it, or the name does not exist. Registries answer both the same way on purpose.",
    explanation: [
      'A pull passes two checks: authentication (who you are) and authorization (whether you may read this repository). Here the first passed and the second failed. The token service does not fail when you ask for more than you may have: it issues a token for what you are allowed, possibly nothing, and the registry then refuses the manifest with 403 DENIED, or with a 401 carrying error="insufficient_scope".',
      'Registries deliberately give the same answer for "this repository does not exist" and "you may not see it", so that private names stay hidden. Docker prints both as "pull access denied … repository does not exist or may require \'docker login\'". A typo in the repository, a wrong namespace or organisation, or a Docker Hub official image written without library/ look exactly like a missing permission.',
      "Where the right comes from depends on the registry. Azure Container Registry: an Azure role on the registry (AcrPull, or Container Registry Repository Reader when the registry is in ABAC mode), or a repository-scoped token whose scope map lists the repository; ACR often answers 401 \"authentication required\" rather than 403 when the login is good but the token lacks the repository. GitHub (ghcr.io): access is set per package, and a workflow's GITHUB_TOKEN works only if the repository is listed under the package's Manage Actions access. Docker Hub: a private repository of another account or organisation. Red Hat (registry.redhat.io): the account or registry service account must be entitled to the content. Amazon ECR: the repository policy or IAM must allow ecr:BatchGetImage.",
    ],
    appliesTo: ["any", "acr", "redhat"],
    symptoms: [
      "docker login (or podman login) succeeds, but pulling one repository fails while others work",
      'The error says denied, insufficient_scope or permission_denied rather than "incorrect username or password"',
      'A Kubernetes pod stays in ErrImagePull / ImagePullBackOff with "pull access denied" or "insufficient_scope" in its events',
      "The same image pulls for a colleague, or with another account",
    ],
    errorTexts: [
      "denied: requested access to the resource is denied",
      "Error response from daemon: pull access denied for <name>, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
      "pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed",
      'failed to pull and unpack image "<image>": failed to resolve reference "<image>": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
      "denied: permission_denied: read_package",
      "denied: installation not allowed to Read organization package",
      "unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.",
      "An error occurred: CONNECTIVITY_ACCESS_TOKEN_ERROR",
    ],
    confirm: [
      {
        text: "Make sure the repository and tag exist, using an identity that can see the whole registry (ask the registry owner if that is not you). A name that is not in the list is a not-found, not a permission problem.",
        commands: [
          { client: "az", run: "az acr repository show-tags --name {registryName} --repository {repository} -o table" },
          { client: "skopeo", run: "skopeo list-tags docker://{loginServer}/{repository}" },
        ],
        good: "The repository is listed and shows the tag you pull",
        bad: 'The repository is there and you still cannot pull it: this cause. ("repository not found" instead: see the not-found causes)',
      },
      {
        text: "Ask the token service what it grants this identity for the repository, and read the token's access claim. An empty access list means the login is valid but grants nothing here (or the repository does not exist).",
        commands: [
          {
            client: "curl",
            run: 'curl -s -u "$USERNAME:$PASSWORD" "https://{loginServer}/oauth2/token?service={loginServer}&scope=repository:{repository}:pull" | jq -r .access_token | cut -d. -f2 | python3 -c \'import sys,base64,json; p=sys.stdin.read().strip(); print(json.dumps(json.loads(base64.urlsafe_b64decode(p+"="*(-len(p)%4)))["access"]))\'',
            note: "ACR; for Docker Hub use https://auth.docker.io/token?service=registry.docker.io&scope=repository:<namespace>/<repo>:pull and .token",
          },
        ],
        good: '[{"type": "repository", "name": "<repository>", "actions": ["pull"]}]',
        bad: "[] (the token is valid but carries no right on this repository)",
      },
      {
        text: "Pull with the client you use and read which layer refused: a failed login is a credentials problem; a login that works followed by a refused pull is this one.",
        commands: [
          { client: "docker", run: "docker pull {image}" },
          {
            client: "podman",
            run: "podman login --get-login {loginServer} && podman pull {image}",
            note: "--get-login prints the user podman is signed in as",
          },
          { client: "containerd", run: 'crictl pull --creds "$USERNAME:$PASSWORD" {image}' },
          { client: "kubernetes", run: "kubectl describe pod <pod-name> -n <namespace>" },
          { client: "openshift", run: "oc describe pod <pod-name> -n <namespace>" },
        ],
        good: "The image pulls",
        bad: '"pull access denied", "insufficient_scope: authorization failed", "permission_denied" or 403 DENIED after a successful login',
      },
      {
        text: "On ACR, list the roles the identity holds on the registry, and check which permission mode the registry is in.",
        commands: [
          { client: "az", run: `az role assignment list --assignee <object-id> --scope ${ACR_ID} --include-inherited -o table` },
          { client: "az", run: "az acr show --name {registryName} --query roleAssignmentMode -o tsv" },
        ],
        good: "AcrPull or AcrPush (LegacyRegistryPermissions), or Container Registry Repository Reader/Writer/Contributor (AbacRepositoryPermissions)",
        bad: "No pull-capable role, or only AcrPull on a registry in AbacRepositoryPermissions mode",
      },
    ],
    fixes: [
      {
        title: "Correct the image name",
        when: "The repository or namespace is misspelled, or the image lives in another registry or organisation",
        steps: [
          {
            text: "Write the full reference: login server, repository path and tag, in lowercase. Docker Hub official images are library/<name>.",
            commands: [
              { client: "docker", run: "docker pull {image}" },
              { client: "podman", run: "podman pull {image}" },
            ],
          },
        ],
      },
      {
        title: "Grant the identity read access to the repository",
        when: "The repository exists and the identity is the right one, but it has no pull right",
        steps: [
          {
            text: 'ACR in "RBAC Registry Permissions" mode: assign AcrPull (AcrPush to push). In "RBAC Registry + ABAC Repository Permissions" mode assign Container Registry Repository Reader instead (see the ABAC cause). Assigning roles needs Owner or Role Based Access Control Administrator.',
            where: "Azure portal → your registry → Access control (IAM) → Add role assignment",
            commands: [{ client: "az", run: `az role assignment create --assignee $SP_ID --role AcrPull --scope ${ACR_ID}` }],
          },
          {
            text: "ACR repository-scoped token: add the repository to the token's scope map.",
            commands: [
              {
                client: "az",
                run: "az acr scope-map update --name <scope-map> --registry {registryName} --add-repository {repository} content/read metadata/read",
              },
            ],
          },
          {
            text: "GitHub: on the package page open Package settings → Manage Actions access (or the user/team list) and add the repository or person. Docker Hub: add the account to the organisation team that has read on the repository. Red Hat: use a registry service account of an account entitled to the content.",
            where: "github.com → your organisation → Packages → the package → Package settings",
          },
        ],
      },
      {
        title: "Use the credentials that do have access",
        when: "The client sends another identity than the one that was granted access (an old login, a different pull secret)",
        steps: [
          {
            text: "Log out and log in again with the right identity, then pull.",
            commands: [
              { client: "docker", run: "docker logout {loginServer} && docker login {loginServer}" },
              { client: "podman", run: "podman logout {loginServer} && podman login {loginServer}" },
              { client: "az", run: "az acr login --name {registryName}" },
            ],
          },
          {
            text: "Kubernetes: replace the pull secret with the right credentials. OpenShift: add them to the global pull secret.",
            commands: [
              {
                client: "kubernetes",
                run: 'kubectl create secret docker-registry <secret-name> -n <namespace> --docker-server={loginServer} --docker-username="$USERNAME" --docker-password="$PASSWORD" --dry-run=client -o yaml | kubectl apply -f -',
              },
              {
                client: "openshift",
                run: 'oc get secret/pull-secret -n openshift-config --template=\'{{index .data ".dockerconfigjson" | base64decode}}\' > pull-secret.json && oc registry login --registry={loginServer} --auth-basic="$USERNAME:$PASSWORD" --to=pull-secret.json && oc set data secret/pull-secret -n openshift-config --from-file=.dockerconfigjson=pull-secret.json',
              },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Pull the image again with the client that failed.",
        commands: [
          { client: "docker", run: "docker pull {image}" },
          { client: "podman", run: "podman pull {image}" },
          { client: "containerd", run: 'crictl pull --creds "$USERNAME:$PASSWORD" {image}' },
          {
            client: "kubernetes",
            run: "kubectl rollout restart deployment/<deployment> -n <namespace> && kubectl get pods -n <namespace> -w",
          },
        ],
        good: 'The pull completes ("Status: Downloaded newer image" / pod Running); the token\'s access claim lists pull',
      },
    ],
    related: [
      "repository-not-found",
      "credentials-required",
      "acr-role-missing",
      "abac-repository-permissions",
      "image-pull-secret-missing",
      "aks-acr-not-attached",
    ],
    tellApart: [
      {
        cause: "repository-not-found",
        how: "List the repository with an identity that can read the whole registry (az acr repository list, the package page). If it is not there, the name is wrong; if it is, the refusal is about rights.",
      },
      {
        cause: "credentials-required",
        how: "Did the client send any credentials? With no login or no pull secret the refusal is credentials-required; access-denied needs a login that succeeded.",
      },
      {
        cause: "credentials-invalid",
        how: 'If docker login itself fails ("incorrect username or password", 401 from the token service), the credentials are wrong; here login succeeds and only the repository is refused.',
      },
      {
        cause: "abac-repository-permissions",
        how: "On ACR, az acr show --query roleAssignmentMode: AbacRepositoryPermissions means AcrPull and AcrPush no longer count.",
      },
      {
        cause: "registry-ip-denied",
        how: 'A 403 DENIED that names "client with IP … is not allowed access" is the registry\'s firewall, not a permission.',
      },
    ],
    cannotSee: [
      "Which identity your client actually sends, and what the registry's owner granted it (role assignments, scope maps, package access lists)",
      'Private repositories: without your credentials the live check cannot tell "does not exist" from "not allowed"',
    ],
    sources: [
      { seed: "acr-login-troubleshoot", section: "Confirm credentials are authorized to access registry" },
      { seed: "acr-auth-errors", section: "Error 3" },
      {
        title: "Distribution token authentication specification",
        url: "https://github.com/distribution/distribution/blob/main/docs/content/spec/auth/token.md",
      },
      { title: "moby/moby#29038: distinguish not found from unauthorized", url: "https://github.com/moby/moby/issues/29038" },
      {
        title: "GitHub: configuring a package's access control",
        url: "https://docs.github.com/en/packages/learn-github-packages/configuring-a-packages-access-control-and-visibility",
      },
      { title: "ACR Entra permissions and role assignments overview", url: `${LEARN}/container-registry-rbac-built-in-roles-overview` },
    ],
  },
  {
    id: "acr-role-missing",
    group: "permissions",
    title: "The Entra identity has no AcrPull, AcrPush or AcrDelete role on the registry",
    summary:
      'In "RBAC Registry Permissions" mode an Entra identity needs AcrPull to pull, AcrPush to push and AcrDelete to delete. Without a role, az acr login or the pull is refused with 401.',
    explanation: [
      'Azure Container Registry authorizes Microsoft Entra identities (a user, a service principal, a managed identity, an AKS kubelet identity) through Azure role assignments on the registry, or on its resource group or subscription. In the "RBAC Registry Permissions" mode (shown on the registry\'s Properties blade), AcrPull lets an identity pull, AcrPush lets it pull and push, and AcrDelete lets it delete images. Owner can pull, push and assign roles to others. A service principal or managed identity with no such role can sign in to Entra ID but gets no registry token.',
      "Adding, changing or removing role assignments needs Owner or Role Based Access Control Administrator on the registry (or above). A new assignment takes a few minutes to apply; if the right comes through a group membership that just changed, the identity must sign in again to get a token that carries it.",
      "az acr login also looks the registry up through Azure Resource Manager to find its login server. An identity with only AcrPull cannot read the resource, so az acr login warns that the resource could not be found and falls back to <name>.azurecr.io; that warning is harmless when the login then succeeds.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "az acr login fails with CONNECTIVITY_REFRESH_TOKEN_ERROR and response code 401, even after az login",
      'docker pull works but docker push answers "unauthorized: authentication required" (the identity has AcrPull only)',
      "A pipeline, app or cluster using a service principal or managed identity cannot pull, while a person with Owner can",
      'az acr check-health fails at "Fetch refresh token" or "Fetch access token"',
    ],
    errorTexts: [
      "Unable to get AAD authorization tokens with message: <date> <time> An error occurred: CONNECTIVITY_REFRESH_TOKEN_ERROR",
      "Access to registry '<acr-name>.azurecr.io' was denied. Response code: 401. Please try running 'az login' again to refresh permissions.",
      "An error occurred: CONNECTIVITY_ACCESS_TOKEN_ERROR",
      "unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.",
      "failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized",
    ],
    confirm: [
      {
        text: 'Check the registry\'s permission mode first: this cause is about the "RBAC Registry Permissions" mode. In ABAC mode the roles are different.',
        where: "Azure portal → your registry → Settings → Properties → Role assignment permissions mode",
        commands: [{ client: "az", run: "az acr show --name {registryName} --query roleAssignmentMode -o tsv" }],
        good: "LegacyRegistryPermissions (this cause applies)",
        bad: 'AbacRepositoryPermissions: see "Registry in ABAC mode ignores AcrPull, AcrPush and AcrDelete"',
      },
      {
        text: "Find the object ID of the identity that signs in: yourself, a service principal (by its application/client ID), or a managed identity (its principal ID).",
        commands: [
          { client: "az", run: "az ad signed-in-user show --query id -o tsv" },
          { client: "az", run: "az ad sp show --id $SP_ID --query id -o tsv" },
        ],
      },
      {
        text: "List the role assignments on the registry and look for that object ID.",
        where: "Azure portal → your registry → Access control (IAM) → Role assignments (or Check access)",
        commands: [
          { client: "az", run: `az role assignment list --scope ${ACR_ID} -o table` },
          { client: "az", run: `az role assignment list --assignee <object-id> --scope ${ACR_ID} --include-inherited -o table` },
          {
            client: "powershell",
            run: "Get-AzRoleAssignment -ObjectId <object-id> -Scope (Get-AzContainerRegistry -ResourceGroupName <resource-group> -Name {registryName}).Id",
          },
        ],
        good: "A row with AcrPull (to pull) or AcrPush (to push) for the identity, at the registry or a parent scope",
        bad: "No row for the identity, or AcrPull only while you try to push",
      },
      {
        text: "Reproduce with the identity itself. Pull succeeding and push failing points to AcrPull without AcrPush.",
        commands: [
          { client: "az", run: "az acr login --name {registryName}" },
          { client: "docker", run: "docker pull {image} && docker push {image}" },
          {
            client: "podman",
            run: "az acr login --name {registryName} --expose-token --output tsv --query accessToken | podman login {loginServer} --username 00000000-0000-0000-0000-000000000000 --password-stdin && podman pull {image}",
          },
          { client: "kubernetes", run: "kubectl describe pod <pod-name> -n <namespace>" },
        ],
        bad: 'CONNECTIVITY_REFRESH_TOKEN_ERROR … Response code: 401, or "unauthorized: authentication required" on pull or push',
      },
    ],
    fixes: [
      {
        title: "Assign the role the identity needs",
        steps: [
          {
            text: "Assign AcrPull to pull, AcrPush to push, AcrDelete to delete, at the registry's scope. For a managed identity pass its principal ID as the object ID.",
            where: "Azure portal → your registry → Access control (IAM) → Add → Add role assignment",
            commands: [
              { client: "az", run: `az role assignment create --assignee $SP_ID --role AcrPull --scope ${ACR_ID}` },
              {
                client: "az",
                run: `az role assignment create --assignee-object-id <principal-id> --assignee-principal-type ServicePrincipal --role AcrPush --scope ${ACR_ID}`,
                note: "managed identity or service principal by object ID",
              },
              {
                client: "powershell",
                run: "New-AzRoleAssignment -ObjectId <object-id> -RoleDefinitionName AcrPull -Scope (Get-AzContainerRegistry -ResourceGroupName <resource-group> -Name {registryName}).Id",
              },
            ],
          },
        ],
      },
      {
        title: "Ask someone who may assign roles",
        when: "Your own role assignment command fails with AuthorizationFailed on Microsoft.Authorization/roleAssignments/write",
        steps: [
          {
            text: "Role assignments are created by an Owner or a Role Based Access Control Administrator of the registry, its resource group or subscription. Send them the identity's object ID and the role (AcrPull, AcrPush or AcrDelete).",
            commands: [{ client: "az", run: `az role assignment list --scope ${ACR_ID} --role Owner -o table` }],
          },
        ],
      },
      {
        title: "Sign in again after the change",
        steps: [
          {
            text: "Wait a few minutes for the assignment to apply, then get a fresh Entra token and registry token. A group-membership change reaches the token only after a new sign-in.",
            commands: [
              { client: "az", run: "az login && az acr login --name {registryName}" },
              { client: "powershell", run: "Connect-AzAccount; Connect-AzContainerRegistry -Name {registryName}" },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Log in and run the health check, then pull (and push, if that was the goal).",
        commands: [
          { client: "az", run: "az acr check-health --name {registryName} --ignore-errors --yes" },
          { client: "docker", run: "docker pull {image}" },
        ],
        good: "\"Fetch refresh token for registry '<acr-name>.azurecr.io' : OK\" and \"Fetch access token for registry '<acr-name>.azurecr.io' : OK\"; the pull completes. Helm or Notary errors in the same output can be ignored.",
      },
    ],
    related: [
      "abac-repository-permissions",
      "arm-role-missing",
      "aad-token-refresh-failed",
      "aks-acr-not-attached",
      "access-denied",
      "service-principal-wrong-id",
      "portal-stale-browser-cache",
    ],
    tellApart: [
      {
        cause: "abac-repository-permissions",
        how: "az acr show --query roleAssignmentMode: in AbacRepositoryPermissions mode an AcrPull assignment exists and still does not work.",
      },
      {
        cause: "aad-token-refresh-failed",
        how: "A 401 on the refresh token also comes from a stale az login or the wrong subscription. Run az account show and az login again; if the role is listed and it still fails, look there.",
      },
      {
        cause: "registry-ip-denied",
        how: 'Response code 403 with "client with IP … is not allowed access" is the firewall; 401 is the identity\'s rights.',
      },
      {
        cause: "arm-role-missing",
        how: "AcrPull/AcrPush are data-plane rights (pull, push). Not seeing the registry in the portal or failing az acr update is the control plane.",
      },
    ],
    cannotSee: ["Your registry's role assignments and which identity your client signs in with"],
    sources: [
      { seed: "acr-login-troubleshoot", section: "Verify identity permissions and role assignments" },
      { seed: "acr-login-troubleshoot", section: "Confirm credentials are authorized to access registry" },
      { seed: "acr-auth-errors", section: "Error 4" },
      { seed: "acr-authentication-options", section: "Service principal" },
      { title: "ACR Entra permissions and role assignments overview", url: `${LEARN}/container-registry-rbac-built-in-roles-overview` },
    ],
  },
  {
    id: "abac-repository-permissions",
    group: "permissions",
    title: "Registry in ABAC mode ignores AcrPull, AcrPush and AcrDelete",
    summary:
      'With "RBAC Registry + ABAC Repository Permissions", only Container Registry Repository Reader, Writer and Contributor grant image access, optionally limited to some repositories.',
    explanation: [
      'A registry\'s "Role assignment permissions mode" (the seed calls it "Registry role assignment permissions mode"; it is on the registry\'s Properties blade) decides which roles count. In "RBAC Registry + ABAC Repository Permissions" mode the AcrPull, AcrPush and AcrDelete roles are not honoured, and Owner, Contributor and Reader give only control-plane rights (manage the registry), not pull or push. Identities need Container Registry Repository Reader to pull, Container Registry Repository Writer to push, and Container Registry Repository Contributor to delete.',
      "These roles can carry ABAC conditions that limit them to one repository or to a name prefix. An identity whose condition names other repositories can pull those but not this one. Without a condition the role covers the whole registry. A prefix condition needs its trailing slash (backend/), or it also matches backend-infra and backendsvc.",
      "Switching an existing registry to ABAC mode without first assigning the new roles cuts off everything that relied on AcrPull: an AKS cluster attached with --attach-acr (which cannot grant the ABAC role), App Service and Container Apps identities, pipelines. ACR Tasks and quick builds also lose their default access and need an identity set with --source-acr-auth-id.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "Pulls, pushes or deletes started failing after the permission mode was changed",
      "az acr login succeeds, but pulling or pushing is refused",
      "The identity can pull some repositories but not this one",
      "AKS nodes, App Service or Container Apps cannot pull although AcrPull is assigned",
    ],
    errorTexts: [
      "unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.",
      "failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized",
      "An error occurred: CONNECTIVITY_ACCESS_TOKEN_ERROR",
    ],
    confirm: [
      {
        text: "Read the registry's permission mode.",
        where: "Azure portal → your registry → Settings → Properties → Role assignment permissions mode",
        commands: [{ client: "az", run: "az acr show --name {registryName} --query roleAssignmentMode -o tsv" }],
        good: 'LegacyRegistryPermissions ("RBAC Registry Permissions"): this cause does not apply',
        bad: 'AbacRepositoryPermissions ("RBAC Registry + ABAC Repository Permissions")',
      },
      {
        text: "List the role assignments with their conditions and find the identity that fails.",
        where: "Azure portal → your registry → Access control (IAM) → Role assignments (the Condition column)",
        commands: [
          {
            client: "az",
            run: `az role assignment list --scope ${ACR_ID} --include-inherited --query "[].{principal:principalName, role:roleDefinitionName, condition:condition}" -o table`,
          },
        ],
        good: "Container Registry Repository Reader (or Writer/Contributor) for the identity, with no condition or a condition naming this repository",
        bad: "Only AcrPull/AcrPush/Owner for the identity, or a condition whose repository name or prefix does not match this repository",
      },
      {
        text: "Reproduce: a login that succeeds followed by a refused pull. For AKS, read the kubelet identity and check its roles.",
        commands: [
          { client: "docker", run: "az acr login --name {registryName} && docker pull {image}" },
          {
            client: "podman",
            run: "az acr login --name {registryName} --expose-token --output tsv --query accessToken | podman login {loginServer} --username 00000000-0000-0000-0000-000000000000 --password-stdin && podman pull {image}",
          },
          {
            client: "kubernetes",
            run: "az aks show --resource-group <resource-group> --name <cluster> --query identityProfile.kubeletidentity.objectId -o tsv",
          },
        ],
        bad: 'Login Succeeded, then "unauthorized: authentication required" on the pull',
      },
    ],
    fixes: [
      {
        title: "Assign the ABAC-enabled role for the whole registry",
        when: "The identity should reach every repository",
        steps: [
          {
            text: "Assign Container Registry Repository Reader to pull (Writer to push, Contributor to delete), without a condition.",
            where: "Azure portal → your registry → Access control (IAM) → Add role assignment",
            commands: [
              {
                client: "az",
                run: `az role assignment create --role "Container Registry Repository Reader" --assignee-object-id <principal-id> --assignee-principal-type ServicePrincipal --scope ${ACR_ID}`,
              },
            ],
          },
        ],
      },
      {
        title: "Assign the role for one repository with an ABAC condition",
        when: "The identity should reach only some repositories",
        steps: [
          {
            text: "Build the condition in the portal's visual editor (Attribute source Request, Attribute Repository name, StringEqualsIgnoreCase, or StringStartsWithIgnoreCase with a trailing slash for a prefix), or pass it on the command line. The scope is always the registry's resource ID, never the repository.",
            where: "Azure portal → your registry → Access control (IAM) → Add role assignment → Conditions → Add condition",
            commands: [
              {
                client: "az",
                run: `condition="((!(ActionMatches{'Microsoft.ContainerRegistry/registries/repositories/content/read'}) AND !(ActionMatches{'Microsoft.ContainerRegistry/registries/repositories/metadata/read'})) OR (@Request[Microsoft.ContainerRegistry/registries/repositories:name] StringEqualsIgnoreCase '{repository}'))"; az role assignment create --role "Container Registry Repository Reader" --assignee <assignee> --scope ${ACR_ID} --condition "$condition" --condition-version "2.0"`,
              },
            ],
          },
        ],
      },
      {
        title: "Give AKS, ACR Tasks and quick builds their access back",
        when: "A cluster, task or az acr build stopped working after the mode change",
        steps: [
          {
            text: "az aks update --attach-acr only grants AcrPull, which ABAC mode ignores: assign Container Registry Repository Reader to the kubelet identity by hand.",
            commands: [
              {
                client: "az",
                run: `KUBELET_ID=$(az aks show --resource-group <resource-group> --name <cluster> --query identityProfile.kubeletidentity.objectId -o tsv); az role assignment create --role "Container Registry Repository Reader" --assignee-object-id "$KUBELET_ID" --assignee-principal-type ServicePrincipal --scope ${ACR_ID}`,
              },
            ],
          },
          {
            text: "ACR Tasks: attach an identity for the source registry and give it a repository role. Quick builds and runs: run them as the caller.",
            commands: [
              { client: "az", run: 'az acr task update --name <task> --registry {registryName} --source-acr-auth-id "[system]"' },
              { client: "az", run: 'az acr build --registry {registryName} --source-acr-auth-id "[caller]" --image {repository}:{tag} .' },
            ],
          },
        ],
      },
      {
        title: "Switch the registry back to RBAC-only mode",
        when: "ABAC mode was turned on by mistake and the old AcrPull/AcrPush assignments should count again",
        steps: [
          {
            text: "Changing the mode back makes the Repository Reader/Writer/Contributor assignments meaningless and restores AcrPull/AcrPush/AcrDelete. Microsoft plans to make ABAC mode the default, so prefer assigning the new roles.",
            commands: [{ client: "az", run: "az acr update --name {registryName} --role-assignment-mode rbac" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Pull again as the identity, and read the tags of the repository (which needs the read role, not the catalog).",
        commands: [
          { client: "docker", run: "az acr login --name {registryName} && docker pull {image}" },
          { client: "az", run: "az acr repository show-tags --name {registryName} --repository {repository} -o table" },
          { client: "kubernetes", run: "kubectl rollout restart deployment/<deployment> -n <namespace>" },
        ],
        good: "The pull completes and the tags are listed. (az acr repository list may still fail: listing needs the Catalog Lister role.)",
      },
    ],
    related: [
      "acr-role-missing",
      "abac-catalog-lister-missing",
      "aks-acr-not-attached",
      "access-denied",
      "azure-service-registry-settings",
    ],
    tellApart: [
      {
        cause: "acr-role-missing",
        how: "Same symptoms; the mode decides. LegacyRegistryPermissions → AcrPull/AcrPush is missing; AbacRepositoryPermissions → this cause.",
      },
      {
        cause: "abac-catalog-lister-missing",
        how: "If pulling by name works and only listing repositories fails, the missing piece is Catalog Lister, not a repository role.",
      },
      {
        cause: "aks-acr-not-attached",
        how: "az aks check-acr may still say the cluster can pull: it tests the token exchange, not the repository role. Check the kubelet identity's roles against the mode.",
      },
    ],
    cannotSee: ["Your registry's permission mode, role assignments and ABAC conditions"],
    sources: [
      { seed: "acr-login-troubleshoot", section: "Verify identity permissions and role assignments" },
      { title: "Microsoft Entra ABAC for repository permissions", url: `${LEARN}/container-registry-rbac-abac-repository-permissions` },
      { title: "Troubleshoot AKS image pull errors from ACR", url: AKS_PULL_TS },
    ],
  },
  {
    id: "abac-catalog-lister-missing",
    group: "permissions",
    title: "ABAC-mode registry: repository roles do not let you list repositories",
    summary:
      "In ABAC mode the Repository Reader, Writer and Contributor roles never include listing repositories. Listing needs Container Registry Repository Catalog Lister, which lists all of them.",
    explanation: [
      'Listing the repositories of a registry (the catalog: /v2/_catalog, /acr/v1/_catalog, az acr repository list) is a registry-wide action. In "RBAC Registry + ABAC Repository Permissions" mode the repository roles grant reading, writing and deleting inside repositories, but not the list. Pulling by name keeps working.',
      "The separate Container Registry Repository Catalog Lister role grants the list. It takes no ABAC conditions, so it always lists every repository name in the registry (not their content). Decide whether the names themselves are sensitive before you assign it.",
      "Tools that list first break while pulls work: az acr repository list, browsing a registry in an IDE, scanners that walk the catalog, scripts that run oras repo ls. az acr check-health asks for a catalog token, so it may report an access-token error for an identity that can pull.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "az acr repository list fails or returns nothing, while docker pull of a known image works",
      "An IDE or scanner shows the registry as empty or unauthorized",
      "The error names the catalog: Name:catalog Type:registry",
    ],
    errorTexts: [
      "unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.: [map[Action:* Name:catalog Type:registry]]",
      "GET https://<acr-name>.azurecr.io/v2/_catalog?n=1000: UNAUTHORIZED: authentication required, visit https://aka.ms/acr/authorization for more information.; [map[Action:* Name:catalog Type:registry]]",
      'could not list repositories for "<registry>"',
    ],
    confirm: [
      {
        text: "Check that the registry is in ABAC mode.",
        where: "Azure portal → your registry → Settings → Properties → Role assignment permissions mode",
        commands: [{ client: "az", run: "az acr show --name {registryName} --query roleAssignmentMode -o tsv" }],
        good: "LegacyRegistryPermissions: this cause does not apply",
        bad: "AbacRepositoryPermissions",
      },
      {
        text: "Compare listing with reading one repository by name, as the same identity.",
        commands: [
          { client: "az", run: "az acr repository list --name {registryName} -o table" },
          { client: "az", run: "az acr repository show-tags --name {registryName} --repository {repository} -o table" },
          { client: "skopeo", run: "skopeo list-tags docker://{loginServer}/{repository}" },
          { client: "docker", run: "docker pull {image}" },
        ],
        good: "Both the list and the tags are shown",
        bad: "The tags and the pull work; the repository list is refused",
      },
      {
        text: "Look for a Catalog Lister assignment for the identity.",
        commands: [
          {
            client: "az",
            run: `az role assignment list --scope ${ACR_ID} --role "Container Registry Repository Catalog Lister" --include-inherited -o table`,
          },
        ],
        bad: "No row for the identity",
      },
    ],
    fixes: [
      {
        title: "Assign Container Registry Repository Catalog Lister",
        when: "The identity must list repositories (and may see every repository name)",
        steps: [
          {
            text: "Assign the role at the registry scope. It cannot be limited to some repositories.",
            where: "Azure portal → your registry → Access control (IAM) → Add role assignment",
            commands: [
              {
                client: "az",
                run: `az role assignment create --role "Container Registry Repository Catalog Lister" --assignee <assignee> --scope ${ACR_ID}`,
              },
            ],
          },
        ],
      },
      {
        title: "Work without listing",
        when: "Repository names must stay hidden from this identity",
        steps: [
          {
            text: "Configure the tool with the repository names it needs, and pull or read tags by name.",
            commands: [{ client: "az", run: "az acr repository show-tags --name {registryName} --repository {repository} -o table" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "List the repositories again (sign in again first if the az login session is old).",
        commands: [{ client: "az", run: "az acr login --name {registryName} && az acr repository list --name {registryName} -o table" }],
        good: "The repository names are listed",
      },
    ],
    related: ["abac-repository-permissions", "acr-role-missing", "access-denied"],
    tellApart: [
      {
        cause: "abac-repository-permissions",
        how: "If pulling by name also fails, the identity lacks a repository role; if only listing fails, it lacks Catalog Lister.",
      },
      {
        cause: "check-health-helm-notary-noise",
        how: "Helm or Notary errors in check-health are harmless; an access-token error for the catalog in ABAC mode is this cause.",
      },
    ],
    cannotSee: ["Your registry's role assignments and permission mode"],
    sources: [
      { seed: "acr-login-troubleshoot", section: "Verify identity permissions and role assignments" },
      { title: "Microsoft Entra ABAC for repository permissions", url: `${LEARN}/container-registry-rbac-abac-repository-permissions` },
      { title: "Azure/AgentBaker#7105: ABAC registry refuses repository listing", url: "https://github.com/Azure/AgentBaker/issues/7105" },
    ],
  },
  {
    id: "arm-role-missing",
    group: "permissions",
    title: "No Azure Resource Manager rights: the portal and az acr management commands refuse you",
    summary:
      "Seeing and managing the registry (portal blades, az acr show/update, network rules, access keys) needs control-plane rights such as Container Registry Contributor and Data Access Configuration Administrator.",
    explanation: [
      "A registry has two sets of rights. The data plane is pushing and pulling images (AcrPull, AcrPush, or the ABAC repository roles). The control plane is Azure Resource Manager: reading the registry's settings, changing network rules, enabling the admin user, reading access keys, attaching it to AKS. Pull rights do not open the registry in the portal, and read-only rights do not let you change it.",
      "To open the registry in the Azure portal or manage it with the Azure CLI you need at least the Container Registry Contributor and Data Access Configuration Administrator role or equivalent (read-only: Container Registry Configuration Reader and Data Access Configuration Reader; Owner and Contributor also work). Adding, changing or removing role assignments needs Role Based Access Control Administrator (or Owner). az aks update --attach-acr creates a role assignment, so it needs that right too.",
      "Other things block network settings even with the right role: IP rules, service endpoints and private endpoints need the Premium tier, and a virtual network in another subscription needs the Microsoft.ContainerRegistry resource provider registered there. With public access disabled, repositories and tags cannot be listed from outside the virtual network, in the portal or anywhere else.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "The registry does not appear in the portal, or its blades say you have no access",
      "az acr show, az acr update or az acr network-rule add fail with AuthorizationFailed",
      "You cannot add or change virtual network settings or public access rules",
      "az acr credential show fails, or az aks update --attach-acr says it could not create a role assignment",
    ],
    errorTexts: [
      "(AuthorizationFailed) The client '<user>' with object id '<object-id>' does not have authorization to perform action 'Microsoft.ContainerRegistry/registries/read' over scope '/subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/Microsoft.ContainerRegistry/registries/<acr-name>' or the scope is invalid. If access was recently granted, please refresh your credentials.",
      "(AuthorizationFailed) The client '<user>' with object id '<object-id>' does not have authorization to perform action 'Microsoft.ContainerRegistry/registries/write' over scope '/subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/Microsoft.ContainerRegistry/registries/<acr-name>' or the scope is invalid. If access was recently granted, please refresh your credentials.",
      "does not have authorization to perform action 'Microsoft.ContainerRegistry/registries/listCredentials/action'",
      "does not have authorization to perform action 'Microsoft.Authorization/roleAssignments/write'",
      "Could not create a role assignment for ACR. Are you an Owner on this subscription?",
      "The resource with name '<acr-name>' and type 'Microsoft.ContainerRegistry/registries' could not be found in subscription '<subscription-name> (<subscription-id>)'.",
    ],
    confirm: [
      {
        text: "Check that the CLI is signed in to the right tenant and subscription.",
        commands: [
          { client: "az", run: 'az account show --query "{subscription:name, id:id, user:user.name, tenant:tenantId}" -o table' },
          { client: "powershell", run: "Get-AzContext" },
        ],
        good: "The subscription that holds the registry",
        bad: "Another subscription or tenant (switch with az account set --subscription <subscription-id>)",
      },
      {
        text: "Try a read of the registry's settings.",
        commands: [
          {
            client: "az",
            run: 'az acr show --name {registryName} --query "{name:name, sku:sku.name, public:publicNetworkAccess}" -o table',
          },
        ],
        good: "The registry's name, tier and public access setting",
        bad: 'AuthorizationFailed on Microsoft.ContainerRegistry/registries/read, or "could not be found in subscription"',
      },
      {
        text: "List your own role assignments. In the portal, Check access → View my access shows the same for this registry.",
        where: "Azure portal → your registry → Access control (IAM) → Check access → View my access",
        commands: [
          { client: "az", run: "az role assignment list --assignee $(az ad signed-in-user show --query id -o tsv) --all -o table" },
        ],
        good: "Owner, Contributor, Container Registry Contributor and Data Access Configuration Administrator (or the Reader variant) at the registry, its resource group or subscription",
        bad: "Only AcrPull/AcrPush/Repository roles, or nothing",
      },
      {
        text: "For network settings, check the tier: IP rules, service endpoints and private endpoints are Premium features.",
        commands: [{ client: "az", run: "az acr show --name {registryName} --query sku.name -o tsv" }],
        good: "Premium",
        bad: "Basic or Standard",
      },
    ],
    fixes: [
      {
        title: "Get a control-plane role on the registry",
        steps: [
          {
            text: "An Owner or Role Based Access Control Administrator assigns Container Registry Contributor and Data Access Configuration Administrator (to manage) or Container Registry Configuration Reader and Data Access Configuration Reader (to view). Give them the full resource ID if you cannot read the registry yourself.",
            where: "Azure portal → your registry → Access control (IAM) → Add role assignment",
            commands: [
              {
                client: "az",
                run: 'az role assignment create --assignee <user-or-object-id> --role "Container Registry Contributor and Data Access Configuration Administrator" --scope /subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/Microsoft.ContainerRegistry/registries/{registryName}',
              },
            ],
          },
          {
            text: "To create role assignments yourself (for example for az aks update --attach-acr), you also need Role Based Access Control Administrator or Owner at the registry's scope.",
          },
        ],
      },
      {
        title: "Select the right subscription",
        when: "The registry is in another subscription than the one az is using",
        steps: [
          {
            text: "Switch subscription, then retry.",
            commands: [{ client: "az", run: "az account set --subscription <subscription-id>" }],
          },
        ],
      },
      {
        title: "Move to the Premium tier for network rules",
        when: "The tier is Basic or Standard and you need IP rules, service endpoints or private endpoints",
        steps: [
          {
            text: "Upgrade the tier (this changes the price).",
            commands: [{ client: "az", run: "az acr update --name {registryName} --sku Premium" }],
          },
        ],
      },
      {
        title: "Refresh your session",
        when: "The role was granted minutes ago",
        steps: [
          {
            text: "Sign in again in the CLI; in the browser, try an InPrivate/incognito window.",
            commands: [{ client: "az", run: "az account clear && az login" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Read the registry again, and open it in the portal.",
        commands: [
          {
            client: "az",
            run: 'az acr show --name {registryName} --query "{name:name, sku:sku.name, public:publicNetworkAccess, mode:roleAssignmentMode}" -o table',
          },
        ],
        good: "The settings are shown; the portal opens the registry's blades",
      },
    ],
    related: [
      "portal-stale-browser-cache",
      "registry-resource-not-found",
      "acr-role-missing",
      "vnet-provider-not-registered",
      "azure-cloud-mismatch",
      "aks-acr-not-attached",
    ],
    tellApart: [
      {
        cause: "registry-resource-not-found",
        how: 'ARM says "could not be found" both when the registry is absent and when you may not read it. Ask the owner to confirm the name and subscription, or check az account show: if the registry exists there, it is a missing role.',
      },
      {
        cause: "acr-role-missing",
        how: "Pull and push failures are data-plane rights; portal and az acr show/update failures are control-plane rights.",
      },
      {
        cause: "portal-stale-browser-cache",
        how: "If az role assignment list already shows the role and only the portal disagrees, it is the browser.",
      },
      {
        cause: "vnet-provider-not-registered",
        how: '"Failed to save firewall and virtual network settings" with a subnet from another subscription points to the resource provider, not to your role.',
      },
    ],
    cannotSee: ["Your Azure role assignments, and which tenant and subscription your CLI or portal session uses"],
    sources: [
      { seed: "acr-login-troubleshoot", section: "Confirm credentials are authorized to access registry" },
      { seed: "acr-network-troubleshoot", section: "Symptoms" },
      { title: "ACR Entra permissions and role assignments overview", url: `${LEARN}/container-registry-rbac-built-in-roles-overview` },
    ],
  },
  {
    id: "portal-stale-browser-cache",
    group: "permissions",
    title: "The portal still shows no access after your permissions changed",
    summary:
      "Access was just granted, but the Azure portal keeps showing the old view. Stale browser cache and cookies can hide the change: retry in an InPrivate or incognito window.",
    explanation: [
      'The Azure portal caches what it learned about your access in the browser session. After someone grants you a role, a tab that was already open, or a browser with old cookies, can keep showing "no access" although the assignment exists.',
      "Two other delays look the same: a new role assignment takes a few minutes to apply everywhere, and a right that comes through a group you were just added to reaches your session only after you sign in again.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "The registry owner confirms the role assignment, but the portal still says you lack permission",
      "The Azure CLI works with the same account while the portal does not",
    ],
    errorTexts: [],
    confirm: [
      {
        text: "Check on the server side that the assignment really exists.",
        commands: [
          {
            client: "az",
            run: `az role assignment list --assignee <your-upn-or-object-id> --scope ${ACR_ID} --include-inherited -o table`,
          },
        ],
        good: "The new role is listed: the server knows, the browser does not yet",
        bad: "No row: the role is not assigned (see the missing-role causes)",
      },
      {
        text: "Open the portal in a private window, where no cache or cookie from the old session exists.",
        commands: [
          {
            client: "shell",
            run: "msedge --inprivate https://portal.azure.com",
            note: "Windows: start msedge --inprivate https://portal.azure.com",
          },
          { client: "shell", run: "google-chrome --incognito https://portal.azure.com" },
          { client: "shell", run: "firefox --private-window https://portal.azure.com" },
        ],
        good: "The registry opens in the private window",
      },
    ],
    fixes: [
      {
        title: "Use a fresh browser session",
        steps: [
          {
            text: "Sign in through an InPrivate/incognito window, or sign out of the portal, clear the cookies for portal.azure.com and sign in again. If the role was assigned minutes ago, wait up to about ten minutes.",
            where: "Azure portal → your account menu (top right) → Sign out",
          },
          {
            text: "The CLI keeps tokens too: clear them and sign in again, especially after a group membership change.",
            commands: [{ client: "az", run: "az account clear && az login" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Open the registry again in the portal, and read it with the CLI.",
        commands: [{ client: "az", run: "az acr show --name {registryName} --query name -o tsv" }],
        good: "The registry's blades open and the CLI prints its name",
      },
    ],
    related: ["arm-role-missing", "acr-role-missing", "abac-repository-permissions"],
    tellApart: [
      { cause: "arm-role-missing", how: "If az role assignment list does not show the role, no cache is involved: the role is missing." },
    ],
    cannotSee: ["Your browser's cache, cookies and portal session"],
    sources: [{ seed: "acr-login-troubleshoot", section: "Confirm credentials are authorized to access registry" }],
  },

  // ─────────────────────────── network-firewall ───────────────────────────
  {
    id: "registry-ip-denied",
    group: "network-firewall",
    title: "The registry's firewall refuses your client's IP address",
    summary:
      'ACR answered 403 DENIED "client with IP … is not allowed access": public network access is Disabled, or set to Selected networks without the address the registry saw.',
    explanation: [
      "Azure Container Registry has a built-in firewall that limits its public endpoint: it can allow all networks (the default), allow only selected public IP addresses and ranges (Premium tier), or disable public access entirely. A client has to get through it before it can even authenticate, so docker login, az acr login and pulls all fail with 403.",
      "The address in the message is the one the registry saw: the public address your traffic leaves from (your NAT gateway, corporate proxy, the AKS load balancer's outbound IP, an App Service's outbound addresses, a hosted CI agent's changing IP), not your machine's private address. When Registry Doctor's live check gets this answer, the address is the Registry Doctor server's, not yours.",
      "IP rules apply only to the public endpoint, never to private endpoints. A client that should go through the registry's private endpoint but resolves the public address gets this same 403 (see the private DNS cause). A private address (10.x, 172.16–31.x, 192.168.x) in the message usually means the request came through a service endpoint from a subnet that has no network rule. When az acr login fails with CONNECTIVITY_REFRESH_TOKEN_ERROR, the response code decides: 403 is this firewall, 401 is the identity's rights.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "Login and pull fail from one network (office, cluster, CI runner) and work from another",
      "The error names an IP address and points to https://aka.ms/acr/firewall",
      "az acr login fails with CONNECTIVITY_REFRESH_TOKEN_ERROR and response code 403",
      'docker login fails with 403 Forbidden; AKS pods show "failed to fetch anonymous token: unexpected status: 403 Forbidden"',
      "az acr check-health reports CONNECTIVITY_FORBIDDEN_ERROR",
    ],
    errorTexts: [
      "Unable to get AAD authorization tokens with message: <date> <time> An error occurred: CONNECTIVITY_REFRESH_TOKEN_ERROR",
      "Access to registry '<acr-name>.azurecr.io' was denied. Response code: 403. Please try running 'az login' again to refresh permissions.",
      'Error response from daemon: Get "https://<acr-name>.azurecr.io/v2/": denied: {"errors":[{"code":"DENIED","message":"client with IP \\u0027<ip-address>\\u0027 is not allowed access. Refer https://aka.ms/acr/firewall to grant access."}]}',
      "denied: client with IP '<ip-address>' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.",
      "Head \"https://<acr-name>.azurecr.io/v2/<repository>/manifests/<tag>\": denied: client with IP '<ip-address>' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.",
      "Error response from daemon: login attempt failed with status: 403 Forbidden",
      "Error response from daemon: login attempt to https://<acr-name>.azurecr.io/v2/ failed with status: 403 Forbidden",
      "failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden",
      "Looks like you don't have access to registry '<acr-name>.azurecr.io'. To see configured firewall rules, run 'az acr show --query networkRuleSet --name <acr-name>'. To see if public network access is enabled, run 'az acr show --query publicNetworkAccess'.",
      "Looks like you don't have access to registry '<acr-name>.azurecr.io'. Are firewalls and virtual networks enabled?",
      "An error occurred: CONNECTIVITY_FORBIDDEN_ERROR",
    ],
    confirm: [
      {
        text: "From the machine that fails, ask the registry's /v2/ endpoint directly. A healthy registry answers 401 with a challenge; the firewall answers 403 with a DENIED body that names the IP it saw.",
        commands: [
          { client: "curl", run: "curl -si https://{loginServer}/v2/" },
          {
            client: "powershell",
            run: "Invoke-WebRequest -Uri https://{loginServer}/v2/ -SkipHttpErrorCheck | Select-Object StatusCode, Content",
          },
        ],
        good: 'HTTP/1.1 401 Unauthorized with Www-Authenticate: Bearer realm="https://<acr-name>.azurecr.io/oauth2/token"',
        bad: 'HTTP/1.1 403 Forbidden … {"errors":[{"code":"DENIED","message":"client with IP \'<ip-address>\' is not allowed access. …"}]}',
      },
      {
        text: "Read the registry's network settings.",
        where: "Azure portal → your registry → Settings → Networking → Public access",
        commands: [
          { client: "az", run: 'az acr show -n {registryName} --query "{public:publicNetworkAccess, rules:networkRuleSet}"' },
          { client: "az", run: "az acr network-rule list --name {registryName}" },
        ],
        good: "publicNetworkAccess Enabled with defaultAction Allow, or an ipRules entry that covers the IP in the message",
        bad: "publicNetworkAccess Disabled, or defaultAction Deny with no ipRules entry for that IP",
      },
      {
        text: "Reproduce with your client: the same DENIED text appears whatever the tool.",
        commands: [
          { client: "docker", run: "docker login {loginServer}" },
          { client: "podman", run: "podman pull {image}" },
          { client: "containerd", run: "crictl pull {image}" },
          { client: "kubernetes", run: "kubectl get events -n <namespace> --field-selector reason=Failed" },
          { client: "az", run: "az acr check-health --name {registryName} --ignore-errors --yes" },
        ],
        bad: '"client with IP … is not allowed access", "403 Forbidden", or CONNECTIVITY_FORBIDDEN_ERROR',
      },
      {
        text: "For AKS, find the cluster's outbound public IP, which is what the registry sees from the nodes.",
        commands: [
          {
            client: "az",
            run: 'az network public-ip show --ids $(az aks show --resource-group <resource-group> --name <cluster> --query "networkProfile.loadBalancerProfile.effectiveOutboundIPs[0].id" -o tsv) --query ipAddress -o tsv',
          },
        ],
      },
      {
        text: "If resource logs are collected, ContainerRegistryLoginEvents shows each failed attempt with the caller's IP and identity.",
        where: "Azure portal → your registry → Monitoring → Logs",
        commands: [
          {
            client: "az",
            run: "az monitor log-analytics query --workspace <workspace-guid> --analytics-query \"ContainerRegistryLoginEvents | where ResultDescription != '200' | project TimeGenerated, Identity, CallerIpAddress, ResultDescription\"",
          },
        ],
      },
    ],
    fixes: [
      {
        title: "Allow the client's public IP address",
        when: "Clients reach the registry over the internet from known addresses",
        steps: [
          {
            text: "Add the IP (or CIDR range) named in the error. If public access is Disabled, first switch it to Selected networks. Rules need the Premium tier, take a few minutes to apply, and a registry holds at most 100 of them.",
            where: "Azure portal → your registry → Settings → Networking → Public access → Selected networks → Firewall",
            commands: [
              { client: "az", run: "az acr update --name {registryName} --public-network-enabled true --default-action Deny" },
              { client: "az", run: "az acr network-rule add --name {registryName} --ip-address <your-ip>" },
            ],
          },
          {
            text: "Behind a corporate proxy, allow the proxy's egress IP. For AKS, give the cluster a fixed egress (Standard load balancer outbound IPs or a NAT gateway) and allow it; for Azure Pipelines or GitHub-hosted runners, whose IPs change, use a self-hosted agent with a known address.",
          },
        ],
      },
      {
        title: "Connect through a private endpoint",
        when: "The client runs in (or is connected to) an Azure virtual network",
        steps: [
          {
            text: "Use Azure Private Link: a private endpoint in the client's virtual network, with the privatelink.azurecr.io private DNS zone linked to it. IP rules do not apply to private endpoints, so public access can stay Disabled.",
            where: "Azure portal → your registry → Settings → Networking → Private access → Create a private endpoint connection",
            commands: [{ client: "az", run: "az acr private-endpoint-connection list --registry-name {registryName} -o table" }],
          },
        ],
      },
      {
        title: "Let Azure services through as trusted services",
        when: "The blocked client is an Azure service such as Container Instances, Defender for Cloud or Machine Learning",
        steps: [
          {
            text: 'Enable the trusted-services exception; see "An Azure service cannot reach a network-restricted registry" for which services it covers.',
            commands: [{ client: "az", run: "az acr update --name {registryName} --allow-trusted-services true" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "After a few minutes, call /v2/ and log in again from the same machine.",
        commands: [
          { client: "curl", run: "curl -si https://{loginServer}/v2/" },
          { client: "az", run: "az acr login --name {registryName}" },
          { client: "docker", run: "docker pull {image}" },
        ],
        good: '401 with a Bearer challenge from curl; "Login Succeeded"; the pull completes',
      },
    ],
    related: [
      "private-dns-zone-not-linked",
      "network-restricted-service",
      "service-endpoint-rule-missing",
      "service-endpoint-public-access-disabled",
      "aad-token-refresh-failed",
      "proxy-refused",
      "access-denied",
    ],
    tellApart: [
      {
        cause: "proxy-refused",
        how: "curl -v shows who answered: a 403 to the CONNECT from your proxy (before any TLS to the registry) is the proxy; a 403 with ACR's DENIED JSON naming an IP is the registry.",
      },
      {
        cause: "private-dns-zone-not-linked",
        how: "nslookup the login server: a CNAME through <name>.privatelink.azurecr.io that ends at a public IP means a private endpoint exists and your DNS misses its zone; fix DNS, not the IP rules.",
      },
      {
        cause: "aad-token-refresh-failed",
        how: "Response code 401 on CONNECTIVITY_REFRESH_TOKEN_ERROR is about the identity or a stale login; 403 is the firewall.",
      },
      { cause: "access-denied", how: 'A 403 DENIED without "client with IP" wording, after a successful login, is a permission refusal.' },
      {
        cause: "service-endpoint-rule-missing",
        how: "A private address in the message means the request came over a service endpoint: add a subnet rule, not an IP rule.",
      },
    ],
    cannotSee: [
      "Your network's public egress address: when the live check is refused, the IP in the message is the Registry Doctor server's",
      "Whether your client is meant to reach the registry through a private endpoint",
    ],
    sources: [
      { seed: "acr-auth-errors", section: "Error 5" },
      { seed: "acr-login-troubleshoot", section: "Causes" },
      { seed: "acr-network-troubleshoot", section: "Configure public access to registry" },
      { title: "Client with IP is not allowed access", url: `${LEARN_TS}/client-ip-address-not-allowed-access` },
      { title: "Configure public IP network rules", url: `${LEARN}/container-registry-access-selected-networks` },
      { title: "Health check error reference", url: `${LEARN}/container-registry-health-error-reference` },
      { title: "Azure/acr#633: which IP does the registry see?", url: "https://github.com/Azure/acr/issues/633" },
    ],
  },
  {
    id: "client-firewall-blocks-endpoints",
    group: "network-firewall",
    title: "Your firewall or proxy does not allow all of the registry's endpoints",
    summary:
      "A pull needs the REST endpoint (the login server) and the data endpoints (<registry>.<region>.data.azurecr.io per replica, or *.blob.core.windows.net), all on port 443.",
    explanation: [
      "To push or pull, a client talks to two kinds of endpoint over HTTPS on port 443. The REST endpoint is the login server (myregistry.azurecr.io): authentication, manifests, registry operations. The data (storage) endpoint serves the image layers. With dedicated data endpoints enabled (Premium; automatic with a private endpoint) it is <registry>.<region>.data.azurecr.io, one per region where the registry is geo-replicated; without them it is a storage account under *.blob.core.windows.net. azurecr.io itself must also be reachable for the wildcard certificate.",
      "A client firewall or proxy that allows only the login server lets docker login succeed and then stalls or fails the layer download. Enabling dedicated data endpoints on a registry whose clients allow only *.blob.core.windows.net breaks their pulls, and so does adding a replica in a region whose data endpoint is not allowed.",
      "Behind an HTTPS proxy, both the Docker client and the Docker daemon must be configured to use it, and the daemon restarted after the change. The registry's ContainerRegistryLoginEvents log (if resource logs are collected) shows the attempts that reached it, with their IP addresses.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      'Login works, but the pull hangs at "Waiting" or "Pulling fs layer" and then times out',
      "Client.Timeout exceeded while awaiting headers, or the Azure CLI says it could not connect to the registry login server",
      "Pulls broke after dedicated data endpoints were enabled or a geo-replica was added",
    ],
    errorTexts: [
      "net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)",
      "Client.Timeout exceeded while awaiting headers",
      "Could not connect to the registry login server '<acr-name>.azurecr.io'. Please verify that the registry exists and the URL 'https://<acr-name>.azurecr.io/v2/' is reachable from your environment.",
      "error pulling image configuration: download failed after attempts=6: dial tcp <storage-endpoint-ip-address>:443: i/o timeout",
    ],
    confirm: [
      {
        text: "List every endpoint the registry uses: the login server and one data endpoint per region.",
        commands: [
          { client: "az", run: "az acr show-endpoints --name {registryName}" },
          { client: "az", run: "az acr show --name {registryName} --query dataEndpointEnabled" },
        ],
        good: "loginServer plus dataEndpoints such as <registry>.<region>.data.azurecr.io (true); false means layers come from *.blob.core.windows.net",
      },
      {
        text: "From the failing machine, open a TLS connection to each endpoint on port 443 (any HTTP answer, even 4xx, means the path is open).",
        commands: [
          { client: "shell", run: "nc -vz -w 5 {loginServer} 443 && nc -vz -w 5 {dataEndpoint} 443" },
          { client: "curl", run: "curl -sv --max-time 10 -o /dev/null https://{dataEndpoint}/" },
          { client: "powershell", run: "Test-NetConnection {dataEndpoint} -Port 443" },
        ],
        good: '"succeeded" / "Connected to" / TcpTestSucceeded : True for every endpoint',
        bad: "A timeout, a reset, or an HTML block page from the firewall for the data endpoint (or the login server)",
      },
      {
        text: "Behind a proxy, check the daemon's proxy settings, not only your shell's.",
        where: "/etc/systemd/system/docker.service.d/http-proxy.conf (Linux), Docker Desktop → Settings → Resources → Proxies",
        commands: [
          { client: "docker", run: "docker info --format '{{.HTTPSProxy}} {{.NoProxy}}'" },
          { client: "podman", run: "env | grep -i _proxy" },
          { client: "containerd", run: "systemctl show containerd --property=Environment" },
        ],
        good: "The proxy your network requires, with the registry endpoints allowed through it",
      },
      {
        text: "On a Kubernetes node, test from the node itself (pods use the node's network path for image pulls).",
        commands: [
          {
            client: "kubernetes",
            run: "kubectl debug node/<node-name> -it --image=mcr.microsoft.com/cbl-mariner/busybox:2.0 -- chroot /host curl -sv --max-time 10 -o /dev/null https://{dataEndpoint}/",
          },
        ],
      },
    ],
    fixes: [
      {
        title: "Allow the REST and data endpoints in the client firewall or proxy",
        steps: [
          {
            text: "Allow HTTPS (443) to the login server, to azurecr.io, and to every data endpoint: <registry>.<region>.data.azurecr.io for each replica region, or *.blob.core.windows.net when dedicated data endpoints are off. If your policy only allows IP ranges, use the AzureContainerRegistry and Storage ranges from the weekly Azure IP Ranges and Service Tags file, and keep them updated.",
            commands: [{ client: "az", run: "az acr show-endpoints --name {registryName} -o json" }],
          },
        ],
      },
      {
        title: "Turn on dedicated data endpoints to narrow the rule",
        when: "Your firewall should not allow all of *.blob.core.windows.net (Premium tier)",
        steps: [
          {
            text: "Add the data endpoint rules to the firewall first, then enable dedicated data endpoints; enabling them first breaks clients that only allow *.blob.core.windows.net.",
            where: "Azure portal → your registry → Settings → Networking → Public access → Enable dedicated data endpoint",
            commands: [{ client: "az", run: "az acr update --name {registryName} --data-endpoint-enabled" }],
          },
        ],
      },
      {
        title: "Configure the Docker daemon for the proxy",
        when: "The network requires an HTTPS proxy",
        steps: [
          {
            text: "Set HTTPS_PROXY for the daemon (not only the shell), then restart it.",
            where: "/etc/systemd/system/docker.service.d/http-proxy.conf",
            commands: [{ client: "shell", run: "sudo systemctl daemon-reload && sudo systemctl restart docker" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Pull an image whose layers you do not have yet.",
        commands: [
          { client: "docker", run: "docker pull {image}" },
          { client: "podman", run: "podman pull {image}" },
          { client: "containerd", run: "crictl pull {image}" },
        ],
        good: 'All layers download ("Pull complete")',
      },
    ],
    related: [
      "data-endpoint-unreachable",
      "nsg-or-firewall-blocks-outbound",
      "docker-proxy-not-configured",
      "network-timeout",
      "registry-ip-denied",
    ],
    tellApart: [
      {
        cause: "data-endpoint-unreachable",
        how: "That is what the live check sees when the blob redirect fails from its own network; this cause is the client-side allow-list that produces it on yours.",
      },
      {
        cause: "docker-proxy-not-configured",
        how: "If curl through the proxy reaches every endpoint but docker does not, the daemon is not using the proxy.",
      },
      { cause: "registry-ip-denied", how: "A 403 DENIED naming your IP comes from the registry's own firewall, not from yours." },
      {
        cause: "nsg-or-firewall-blocks-outbound",
        how: "Inside Azure, the block is often an NSG, route table or Azure Firewall rather than an on-premises firewall; NSG diagnostics in Network Watcher show it.",
      },
    ],
    cannotSee: ["Your firewall's and proxy's allow-lists, and your Docker daemon's proxy settings"],
    sources: [
      { seed: "acr-network-troubleshoot", section: "Configure client firewall access" },
      { seed: "acr-network-troubleshoot", section: "Advanced troubleshooting" },
      { seed: "acr-login-troubleshoot", section: "Advanced troubleshooting" },
      {
        title: "Configure rules to access an Azure container registry behind a firewall",
        url: `${LEARN}/container-registry-firewall-access-rules`,
      },
      { title: "I/O time-out error when accessing ACR", url: `${LEARN_TS}/download-failed-443-io-time-out` },
    ],
  },
  {
    id: "data-endpoint-unreachable",
    group: "network-firewall",
    title: "The registry answers, but the layer download host cannot be reached",
    summary:
      "Manifests come from the registry, but blobs are redirected to another host (ACR data endpoint or Azure Storage, Docker Hub's CDN, cdn*.quay.io). That host is blocked, unresolvable or intercepted.",
    explanation: [
      "A pull touches up to three hosts: the registry's API, its token service, and the host that actually serves the layer bytes. Most registries answer a blob request with a redirect to storage or a CDN. A firewall, proxy or DNS that allows the registry's name but not the blob host lets docker login and the manifest succeed, and then fails the first layer.",
      "The blob hosts by registry: Azure Container Registry, <registry>.<region>.data.azurecr.io (dedicated data endpoints, one per replica) or *.blob.core.windows.net; Docker Hub, production.cloudflare.docker.com and docker-images-prod.<id>.r2.cloudflarestorage.com; Red Hat (registry.redhat.io) and Quay, cdn.quay.io and cdn01–03.quay.io since 2023, so allowing registry.redhat.io and sso.redhat.com alone is no longer enough; GitHub, pkg-containers.githubusercontent.com; Amazon ECR, prod-<region>-starport-layer-bucket.s3.<region>.amazonaws.com.",
      'A TLS-inspecting filter that treats the CDN differently from the registry shows up as "remote error: tls: access denied" or an untrusted certificate on the blob host only. Registry Doctor follows the redirect from its own network; from yours the answer can differ.',
    ],
    appliesTo: ["any", "acr", "redhat"],
    symptoms: [
      "docker login and the manifest work; the pull fails while downloading the first layer or the image configuration",
      "The error names a host that is not the registry (blob.core.windows.net, data.azurecr.io, cloudflare, quay.io CDN)",
      "skopeo inspect --raw works but skopeo inspect --config fails",
    ],
    errorTexts: [
      "error pulling image configuration: download failed after attempts=6: dial tcp <storage-ip>:443: i/o timeout",
      'failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://<account>.blob.core.windows.net/<path>": EOF',
      'parsing image configuration: Get "https://cdn02.quay.io/sha256/<path>": dial tcp <ip-address>:443: i/o timeout',
      "remote error: tls: access denied",
    ],
    confirm: [
      {
        text: "Separate the manifest from the blobs: --raw reads only the manifest from the registry; --config also fetches the config blob through the redirect.",
        commands: [
          { client: "skopeo", run: "skopeo inspect --raw docker://{image} > /dev/null && echo manifest-ok" },
          { client: "skopeo", run: "skopeo inspect --config docker://{image} > /dev/null && echo blob-ok" },
        ],
        good: "manifest-ok and blob-ok",
        bad: "manifest-ok, then an error naming the blob host",
      },
      {
        text: "Read the failing host out of your client's error, then test a TLS connection to it from the same machine.",
        commands: [
          { client: "docker", run: "docker pull {image}" },
          { client: "podman", run: "podman pull --log-level=debug {image}" },
          { client: "containerd", run: "crictl pull {image}" },
          { client: "kubernetes", run: "kubectl describe pod <pod-name> -n <namespace>" },
          { client: "curl", run: "curl -sv --max-time 10 -o /dev/null https://<blob-host>/" },
        ],
        good: "curl completes a TLS handshake and gets any HTTP status from the blob host",
        bad: 'Timeout, connection reset, "tls: access denied", or a certificate issued by your proxy',
      },
      {
        text: "For ACR, list the data endpoints the registry redirects to.",
        commands: [
          { client: "az", run: "az acr show-endpoints --name {registryName}" },
          { client: "shell", run: "nc -vz -w 5 {dataEndpoint} 443" },
        ],
      },
    ],
    fixes: [
      {
        title: "Allow the blob host in your firewall or proxy",
        steps: [
          {
            text: "Add the blob host(s) for your registry to the allow-list (and to NO_PROXY if they must bypass the proxy): ACR data endpoints or *.blob.core.windows.net; Docker Hub's CDN hosts; cdn.quay.io and cdn01-03.quay.io for Red Hat and Quay; pkg-containers.githubusercontent.com; the ECR layer bucket.",
            commands: [{ client: "az", run: "az acr show-endpoints --name {registryName} -o json" }],
          },
        ],
      },
      {
        title: "Exempt the blob host from TLS inspection",
        when: 'The failure is "tls: access denied" or an untrusted certificate on the blob host only',
        steps: [
          {
            text: "Ask the network team to bypass inspection for the CDN or storage host, or trust the inspecting proxy's CA on the client (for Docker: /etc/docker/certs.d/<host>/ca.crt is per registry host, so the system trust store is usually the right place).",
            where: "/etc/pki/ca-trust/source/anchors/ (RHEL) or /usr/local/share/ca-certificates/ (Debian/Ubuntu)",
          },
        ],
      },
    ],
    verify: [
      {
        text: "Fetch a blob again.",
        commands: [
          { client: "skopeo", run: "skopeo inspect --config docker://{image}" },
          { client: "docker", run: "docker pull {image}" },
          { client: "podman", run: "podman pull {image}" },
        ],
        good: "The image configuration is printed; all layers download",
      },
    ],
    related: [
      "client-firewall-blocks-endpoints",
      "nsg-or-firewall-blocks-outbound",
      "redhat-hosts-not-allowed",
      "tls-untrusted-certificate",
      "network-timeout",
    ],
    tellApart: [
      {
        cause: "network-timeout",
        how: "If /v2/ on the registry itself times out, the whole registry is unreachable; here only the redirected host fails.",
      },
      {
        cause: "redhat-hosts-not-allowed",
        how: "For registry.redhat.io, a blocked sso.redhat.com or registry host fails the login; a blocked cdn*.quay.io fails only the layers.",
      },
      {
        cause: "tls-untrusted-certificate",
        how: "If the registry host also fails certificate checks, the inspection covers everything, not only the CDN.",
      },
    ],
    cannotSee: ["Your proxy's and firewall's rules for the blob hosts: the live check follows the redirect from its own network only"],
    sources: [
      { seed: "acr-network-troubleshoot", section: "Configure client firewall access" },
      { title: "I/O time-out error when accessing ACR", url: `${LEARN_TS}/download-failed-443-io-time-out` },
      { title: "MicrosoftDocs/azure-docs#116188: blob endpoint blocked", url: "https://github.com/MicrosoftDocs/azure-docs/pull/116188" },
      {
        title: "microsoft/containerregistry#19: tls access denied on the CDN",
        url: "https://github.com/microsoft/containerregistry/issues/19",
      },
      { title: "Docker Desktop allow-list", url: "https://docs.docker.com/desktop/setup/allow-list/" },
      {
        title: "Red Hat: container image registries changes (CDN hosts)",
        url: "https://connect.redhat.com/blog/container-image-registries-changes-part-3-consequences",
      },
    ],
  },
  {
    id: "nsg-or-firewall-blocks-outbound",
    group: "network-firewall",
    title: "An NSG, route or Azure Firewall blocks outbound traffic to the registry",
    summary:
      "Inside Azure, a network security group, a route table or Azure Firewall stops VMs or AKS nodes from reaching the registry's endpoints. Allow the AzureContainerRegistry and Storage tags or the FQDNs.",
    explanation: [
      "Traffic from a VM or an AKS node to the registry passes the subnet's and NIC's network security groups, the subnet's route table, and often a hub firewall (Azure Firewall or another network virtual appliance). Any of them can drop it: an NSG outbound deny, a route whose next hop is None, or a firewall without a rule for the registry.",
      "NSGs filter by IP, so use service tags: AzureContainerRegistry for the REST endpoint, and Storage (or Storage.<region>) for the layer data, which comes from Azure Storage. Azure Firewall can filter by name: allow the login server and each data endpoint (<registry>.<region>.data.azurecr.io), or *.blob.core.windows.net when dedicated data endpoints are off. An AKS cluster with egress forced through a firewall needs these on top of its own required outbound FQDNs.",
      "With a private endpoint the traffic stays in the virtual network, but NSGs, routes and a hub firewall between the client's subnet and the endpoint's subnet still apply (see the private endpoint route cause).",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "A VM or AKS node times out on the registry while the same pull works from your laptop",
      "net/http: TLS handshake timeout or i/o timeout from nodes behind a firewall appliance",
      "az aks check-acr fails on the nodes while az acr check-health passes on another machine",
    ],
    errorTexts: [
      "dial tcp <ip-address>:443: i/o timeout",
      "net/http: TLS handshake timeout",
      "Client.Timeout exceeded while awaiting headers",
      "error pulling image configuration: download failed after attempts=6: dial tcp <storage-endpoint-ip-address>:443: i/o timeout",
    ],
    confirm: [
      {
        text: "Ask Network Watcher whether a VM in the subnet can reach the registry on 443, and which rule decides.",
        where: "Azure portal → Network Watcher → Network diagnostic tools → Connection troubleshoot / NSG diagnostics",
        commands: [
          {
            client: "az",
            run: "az network watcher test-connectivity --resource-group <resource-group> --source-resource <vm-name-or-id> --dest-address {loginServer} --dest-port 443",
          },
        ],
        good: "connectionStatus Reachable",
        bad: "Unreachable, with the hop and the NSG or route that dropped it",
      },
      {
        text: "Read the effective rules and routes of the client's network interface.",
        commands: [
          { client: "az", run: "az network nic list-effective-nsg --resource-group <resource-group> --name <nic-name>" },
          { client: "az", run: "az network nic show-effective-route-table --resource-group <resource-group> --name <nic-name> -o table" },
        ],
        bad: "An outbound Deny that matches 443 to AzureContainerRegistry/Storage/Internet, or a route to those addresses with next hop None or a firewall appliance",
      },
      {
        text: "Test from an AKS node, which is where the pull runs.",
        commands: [
          { client: "az", run: "az aks check-acr --resource-group <resource-group> --name <cluster> --acr {loginServer}" },
          {
            client: "kubernetes",
            run: "kubectl debug node/<node-name> -it --image=mcr.microsoft.com/cbl-mariner/busybox:2.0 -- chroot /host curl -sv --max-time 10 -o /dev/null https://{loginServer}/v2/",
          },
        ],
        good: "The node gets a 401 from /v2/ (reachable)",
        bad: "Connection timed out, or a TLS handshake that never completes",
      },
    ],
    fixes: [
      {
        title: "Allow the registry in the NSG",
        steps: [
          {
            text: "Add outbound rules for TCP 443 to the AzureContainerRegistry service tag and to Storage (or Storage.<region>) for the layers, with priorities that come before any deny (a lower number).",
            where: "Azure portal → the network security group → Outbound security rules",
            commands: [
              {
                client: "az",
                run: "az network nsg rule create --resource-group <resource-group> --nsg-name <nsg-name> --name AllowAcrOutbound --priority 200 --direction Outbound --access Allow --protocol Tcp --destination-address-prefixes AzureContainerRegistry --destination-port-ranges 443",
              },
              {
                client: "az",
                run: "az network nsg rule create --resource-group <resource-group> --nsg-name <nsg-name> --name AllowStorageOutbound --priority 210 --direction Outbound --access Allow --protocol Tcp --destination-address-prefixes Storage --destination-port-ranges 443",
                note: "use Storage.<region> to narrow it to the registry's regions",
              },
            ],
          },
        ],
      },
      {
        title: "Allow the registry in Azure Firewall",
        when: "Egress goes through Azure Firewall (for example AKS with userDefinedRouting)",
        steps: [
          {
            text: "Add an application rule for the login server and each data endpoint (or *.blob.core.windows.net). With a Firewall Policy, add the same FQDNs to an application rule collection in the policy.",
            commands: [
              {
                client: "az",
                run: "az network firewall application-rule create --resource-group <resource-group> --firewall-name <firewall> --collection-name allow-acr --name acr --priority 200 --action Allow --source-addresses <client-subnet-cidr> --protocols Https=443 --target-fqdns {loginServer} {dataEndpoint}",
              },
            ],
          },
        ],
      },
      {
        title: "Fix a route that drops the traffic",
        when: "The effective route for the registry's addresses has next hop None or points to an appliance that blocks it",
        steps: [
          {
            text: "Correct the user-defined route in the subnet's route table, or add the rule on the appliance it points to.",
            commands: [
              {
                client: "az",
                run: "az network route-table route list --resource-group <resource-group> --route-table-name <route-table> -o table",
              },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Run the connectivity test again and pull from a node.",
        commands: [
          {
            client: "az",
            run: "az network watcher test-connectivity --resource-group <resource-group> --source-resource <vm-name-or-id> --dest-address {loginServer} --dest-port 443",
          },
          { client: "kubernetes", run: "kubectl rollout restart deployment/<deployment> -n <namespace>" },
          { client: "docker", run: "docker pull {image}" },
        ],
        good: "Reachable; pods reach Running",
      },
    ],
    related: [
      "client-firewall-blocks-endpoints",
      "private-endpoint-no-route",
      "data-endpoint-unreachable",
      "network-timeout",
      "aks-acr-not-attached",
    ],
    tellApart: [
      {
        cause: "private-endpoint-no-route",
        how: "If the name resolves to a private IP, check peering and routes to the endpoint; if it resolves public, check egress rules to the service tags.",
      },
      { cause: "aks-acr-not-attached", how: "A 401 in the pod events is the kubelet identity; a timeout is the network." },
      {
        cause: "client-firewall-blocks-endpoints",
        how: "On-premises or laptop firewalls and proxies are the client side; NSGs, routes and Azure Firewall are inside Azure.",
      },
    ],
    cannotSee: ["Your NSGs, route tables and firewall rules"],
    sources: [
      { seed: "acr-network-troubleshoot", section: "Configure VNet access" },
      {
        title: "Outbound network and FQDN rules for AKS clusters",
        url: "https://learn.microsoft.com/azure/aks/outbound-rules-control-egress",
      },
      { title: "Virtual network service tags", url: "https://learn.microsoft.com/azure/virtual-network/service-tags-overview" },
      { title: "Troubleshoot AKS image pull errors from ACR", url: AKS_PULL_TS },
    ],
  },

  // ─────────────────────────────── name-dns ───────────────────────────────
  {
    id: "dns-private-address",
    group: "name-dns",
    title: "The registry's name resolves to a private address",
    summary:
      "DNS answers with a private IP (a private endpoint or split-horizon DNS). Inside that network this is correct; from anywhere else the address cannot be reached, including from Registry Doctor's server.",
    explanation: [
      "Some registries are meant to be reached only from inside a network. An Azure container registry with a private endpoint resolves, inside the linked virtual network, through <name>.privatelink.azurecr.io to an address such as 10.0.0.7; a company registry (Harbor, Artifactory, registry:2) may live on an internal address behind split-horizon DNS. A private answer from inside that network is the healthy state, not a fault.",
      "The same answer is a dead end for a machine outside: a laptop at home, a CI runner on the internet, a cluster in another virtual network without peering, or the server that runs Registry Doctor's live check. The live check refuses to connect to private, loopback and link-local addresses on purpose, and reports this cause instead of calling the registry broken.",
      "So the questions are: where does the client that fails run, and should it be inside the registry's network? If it should, it needs a route there (VPN, ExpressRoute, peering) and the same DNS. If it should not, the registry needs a public path (public access with IP rules) or the client must move.",
    ],
    appliesTo: ["acr", "any"],
    symptoms: [
      "nslookup or dig returns a 10.x, 172.16–31.x or 192.168.x address for the registry",
      "The pull works on a VM inside the virtual network and times out elsewhere",
      "Registry Doctor's live check reports the address as private and stops",
    ],
    errorTexts: ["dial tcp <private-ip>:443: i/o timeout"],
    confirm: [
      {
        text: "Resolve the name on the machine that fails, and note the resolver it used and the CNAME chain.",
        commands: [
          { client: "shell", run: "dig +noall +answer {loginServer}" },
          { client: "shell", run: "nslookup {loginServer}" },
          { client: "shell", run: "getent hosts {loginServer}", note: "what docker, podman and containerd see, /etc/hosts included" },
          { client: "powershell", run: "Resolve-DnsName {loginServer}" },
        ],
        good: "Inside the registry's network: a CNAME through <name>.privatelink.azurecr.io to the private endpoint's IP",
        bad: "The same private answer on a machine that has no route into that network",
      },
      {
        text: "On Kubernetes, resolve from the node: image pulls use the node's resolver, not the cluster DNS that pods use.",
        commands: [
          {
            client: "kubernetes",
            run: "kubectl debug node/<node-name> -it --image=mcr.microsoft.com/cbl-mariner/busybox:2.0 -- chroot /host getent hosts {loginServer}",
          },
        ],
      },
      {
        text: "On ACR, see whether the registry has private endpoints and whether public access is still open.",
        commands: [
          {
            client: "az",
            run: 'az acr show --name {registryName} --query "{public:publicNetworkAccess, privateEndpoints:privateEndpointConnections[].privateEndpoint.id}"',
          },
        ],
      },
      {
        text: "From the failing machine, try to open a connection to the private address.",
        commands: [
          { client: "shell", run: "nc -vz -w 5 {loginServer} 443" },
          { client: "docker", run: "docker pull {image}" },
          { client: "podman", run: "podman pull {image}" },
        ],
        good: "Connected: the machine is inside (or routed into) the network",
        bad: "Timed out: the machine is outside the network the address belongs to",
      },
    ],
    fixes: [
      {
        title: "Run the client from inside the registry's network",
        when: "The registry is meant to be private",
        steps: [
          {
            text: "Pull from a machine in the virtual network (or a peered one), or connect your network to it with VPN or ExpressRoute and forward DNS for azurecr.io to Azure DNS (see the private endpoint route and DNS causes).",
            commands: [{ client: "az", run: "az network vnet peering list --resource-group <resource-group> --vnet-name <vnet> -o table" }],
          },
        ],
      },
      {
        title: "Open a public path for outside clients",
        when: "Clients outside the network must keep pulling",
        steps: [
          {
            text: "Keep the private endpoint for inside clients and allow selected public addresses for the others. Public DNS keeps answering with the public address outside the network.",
            commands: [
              { client: "az", run: "az acr update --name {registryName} --public-network-enabled true --default-action Deny" },
              { client: "az", run: "az acr network-rule add --name {registryName} --ip-address <client-public-ip>" },
            ],
          },
        ],
      },
      {
        title: "Let Registry Doctor check from inside",
        when: "You operate Registry Doctor and it runs inside the registry's network",
        steps: [
          {
            text: "Allow the private range and, if needed, point the check at the resolver linked to the private zone, with the PROBE_ALLOW_NETWORKS and PROBE_DNS_SERVERS settings of the server (for example 10.0.0.0/8 and 168.63.129.16 on an Azure VM).",
          },
        ],
      },
    ],
    verify: [
      {
        text: "From the client that must pull, resolve and connect again.",
        commands: [
          { client: "shell", run: "nc -vz -w 5 {loginServer} 443" },
          { client: "curl", run: "curl -si https://{loginServer}/v2/" },
        ],
        good: "Connected, and /v2/ answers 401 with a Bearer challenge",
      },
    ],
    related: ["private-endpoint-no-route", "private-dns-zone-not-linked", "registry-ip-denied", "network-timeout"],
    tellApart: [
      {
        cause: "private-endpoint-no-route",
        how: "Both resolve to a private address. If the client is supposed to be inside the network (peered VNet, VPN), the missing piece is the route: this is private-endpoint-no-route.",
      },
      { cause: "private-dns-zone-not-linked", how: "The opposite symptom: a privatelink CNAME that ends at a public address." },
      {
        cause: "network-timeout",
        how: "A timeout to a public address is a firewall or routing problem on the internet path, not a private endpoint.",
      },
    ],
    cannotSee: [
      "Your private DNS and what it answers inside your network; Registry Doctor resolves from its own server",
      "Whether your machine has a route into the registry's network",
    ],
    sources: [
      { seed: "acr-network-troubleshoot", section: "Configure VNet access" },
      {
        title: "Connect privately to an Azure container registry using Azure Private Link",
        url: `${LEARN}/container-registry-private-link`,
      },
      { title: "Azure Private Endpoint DNS configuration", url: "https://learn.microsoft.com/azure/private-link/private-endpoint-dns" },
    ],
  },
  {
    id: "private-dns-zone-not-linked",
    group: "name-dns",
    title: "A private endpoint exists, but this client still resolves the public address",
    summary:
      "The name's CNAME chain runs through <name>.privatelink.azurecr.io, yet ends at a public IP: the privatelink.azurecr.io zone is not linked to the client's network, or its custom DNS does not forward to Azure.",
    explanation: [
      'With a private endpoint, <name>.azurecr.io is a CNAME to <name>.privatelink.azurecr.io. Resolvers that can see the private DNS zone privatelink.azurecr.io answer with the endpoint\'s private IP; everyone else follows the public chain (<region>.fe.azcr.io, trafficmanager.net, cloudapp.azure.com) to a public IP. If public network access is disabled, the registry then refuses that client with 403 "client with IP … is not allowed access".',
      "A client resolves the public address when: the private DNS zone has no virtual network link for the client's virtual network (for example AKS in another VNet than the endpoint); the virtual network uses a custom DNS server that has no forwarder to Azure DNS (168.63.129.16); or that custom DNS server's own virtual network is not linked to the zone. On-premises clients need a conditional forwarder for azurecr.io to a resolver inside Azure.",
      "Records are needed for the registry FQDN and for each data-endpoint FQDN (<name>.<region>.data.azurecr.io, one per geo-replica). With only the first, login works and layer downloads go to the public data endpoint and fail. Records added by hand must be updated when a replica is added.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "nslookup shows canonical name <name>.privatelink.azurecr.io followed by a public address",
      'Pulls fail with 403 "client with IP … is not allowed access" from inside Azure, where the private endpoint should be used',
      "az acr check-health --vnet reports that DNS routing through the private IP is incorrect",
      "Login works but the layer download fails (data-endpoint record missing)",
    ],
    errorTexts: [
      'DNS routing to registry "<acr-name>" through private IP is incorrect. Expect: <private-ip>, Actual: <public-ip>',
      "DNS routing verification failed",
      "failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden",
      "denied: client with IP '<ip-address>' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.",
    ],
    confirm: [
      {
        text: "Resolve the login server and each data endpoint from the failing machine.",
        commands: [
          { client: "shell", run: "nslookup {loginServer}" },
          { client: "shell", run: "dig +noall +answer {loginServer} {dataEndpoint}" },
          { client: "powershell", run: "Resolve-DnsName {loginServer}" },
        ],
        good: "<name>.azurecr.io canonical name = <name>.privatelink.azurecr.io, then Address: 10.x.x.x (the endpoint's IP)",
        bad: "<name>.privatelink.azurecr.io canonical name = <region>.fe.azcr.io … Address: <public IP>",
      },
      {
        text: "Let the Azure CLI compare what this machine resolves with the private endpoint's addresses in a virtual network (name in the registry's resource group, or the full resource ID).",
        commands: [{ client: "az", run: "az acr check-health --name {registryName} --vnet <vnet-name-or-id> --ignore-errors --yes" }],
        good: "DNS routing to private endpoint : OK",
        bad: 'DNS routing to registry "<acr-name>" through private IP is incorrect. Expect: <private-ip>, Actual: <public-ip>',
      },
      {
        text: "Check the zone's virtual network links and records.",
        where: "Azure portal → Private DNS zones → privatelink.azurecr.io → Virtual network links / Recordsets",
        commands: [
          {
            client: "az",
            run: "az network private-dns link vnet list --resource-group <dns-zone-resource-group> --zone-name privatelink.azurecr.io -o table",
          },
          {
            client: "az",
            run: "az network private-dns record-set a list --resource-group <dns-zone-resource-group> --zone-name privatelink.azurecr.io -o table",
          },
          {
            client: "az",
            run: "az network vnet show --resource-group <resource-group> --name <client-vnet> --query dhcpOptions.dnsServers",
          },
        ],
        good: "A link for the client's VNet; A records for <name> and <name>.<region>.data for every region; DNS servers empty (Azure DNS) or a server that forwards to 168.63.129.16",
        bad: "No link for the client's VNet, a missing data-endpoint record, or custom DNS servers without a forwarder",
      },
      {
        text: "On AKS, resolve from a node, and read the pod events.",
        commands: [
          {
            client: "kubernetes",
            run: "kubectl debug node/<node-name> -it --image=mcr.microsoft.com/cbl-mariner/busybox:2.0 -- chroot /host getent hosts {loginServer}",
          },
          { client: "kubernetes", run: "kubectl describe pod <pod-name> -n <namespace>" },
        ],
        bad: 'A public address on the node; "failed to fetch anonymous token: unexpected status: 403 Forbidden" in the events',
      },
    ],
    fixes: [
      {
        title: "Link the private DNS zone to the client's virtual network",
        when: "The client (VM, AKS, App Service with VNet integration) is in another virtual network than the one linked",
        steps: [
          {
            text: "Add a virtual network link from privatelink.azurecr.io to the client's virtual network (auto-registration is not needed).",
            where: "Azure portal → Private DNS zones → privatelink.azurecr.io → Settings → Virtual network links → Add",
            commands: [
              {
                client: "az",
                run: "az network private-dns link vnet create --resource-group <dns-zone-resource-group> --zone-name privatelink.azurecr.io --name <link-name> --virtual-network <client-vnet-resource-id> --registration-enabled false",
              },
            ],
          },
        ],
      },
      {
        title: "Forward from your custom DNS to Azure DNS",
        when: "The virtual network uses your own DNS servers, or clients are on-premises",
        steps: [
          {
            text: "On a DNS server (or Azure DNS Private Resolver inbound endpoint) inside a virtual network that is linked to the zone, forward azurecr.io to 168.63.129.16; on-premises DNS forwards azurecr.io to that server. The exact steps depend on the DNS product (Windows DNS, BIND, CoreDNS, Infoblox).",
          },
        ],
      },
      {
        title: "Add the missing records",
        when: "The registry record exists but a data endpoint (or a new replica's) is missing",
        steps: [
          {
            text: "Read the FQDNs and private IPs from the private endpoint's DNS configuration, then add an A record for each.",
            where: "Azure portal → the private endpoint → Settings → DNS configuration",
            commands: [
              {
                client: "az",
                run: "az network private-dns record-set a add-record --resource-group <dns-zone-resource-group> --zone-name privatelink.azurecr.io --record-set-name {registryName}.<region>.data --ipv4-address <data-endpoint-private-ip>",
              },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Resolve again (cached answers may take the record's TTL to expire) and pull.",
        commands: [
          { client: "az", run: "az acr check-health --name {registryName} --vnet <vnet-name-or-id> --ignore-errors --yes" },
          { client: "shell", run: "nslookup {loginServer}" },
          { client: "docker", run: "docker pull {image}" },
          { client: "kubernetes", run: "kubectl rollout restart deployment/<deployment> -n <namespace>" },
        ],
        good: "DNS routing to private endpoint : OK; the name resolves to the private IP; the pull completes",
      },
    ],
    related: [
      "registry-ip-denied",
      "private-endpoint-no-route",
      "dns-private-address",
      "tls-hostname-mismatch",
      "data-endpoint-unreachable",
    ],
    tellApart: [
      {
        cause: "registry-ip-denied",
        how: "Both end in the same 403. If nslookup shows a privatelink CNAME ending at a public IP, fix DNS; adding the IP rule would only send the traffic over the internet.",
      },
      {
        cause: "private-endpoint-no-route",
        how: "If the name already resolves to the private IP and the connection times out, DNS is fine and the route is missing.",
      },
      {
        cause: "tls-hostname-mismatch",
        how: "Do not work around DNS by pulling from <name>.privatelink.azurecr.io: the certificate is for *.azurecr.io and the pull fails with a hostname mismatch.",
      },
    ],
    cannotSee: ["Your private DNS zones, virtual network links and custom DNS forwarders; Registry Doctor resolves from its own network"],
    sources: [
      { seed: "acr-network-troubleshoot", section: "Configure VNet access" },
      { title: "Can't get private IP address of an ACR FQDN", url: `${LEARN_TS}/cant-resolve-container-registry-fqdn-private-ip-address` },
      {
        title: "Connect privately to an Azure container registry using Azure Private Link",
        url: `${LEARN}/container-registry-private-link`,
      },
      { title: "Troubleshoot AKS image pull errors from ACR", url: AKS_PULL_TS },
      { title: "Azure/acr#594: check-health passes on a VM while AKS fails", url: "https://github.com/Azure/acr/issues/594" },
    ],
  },

  // ───────────────────────────── azure-network ─────────────────────────────
  {
    id: "private-endpoint-no-route",
    group: "azure-network",
    title: "The name resolves to the private endpoint, but there is no route to it",
    summary:
      "DNS correctly returns the registry's private IP, but this client cannot reach it: no VNet peering, a disconnected peering, an on-premises link that does not carry the range, or a firewall in between.",
    explanation: [
      "A private endpoint's IP lives in one virtual network. Other networks reach it only through virtual network peering, a hub with a firewall or appliance that forwards the traffic, or a VPN/ExpressRoute connection from on-premises. When DNS already gives the private answer but none of these paths carries the traffic, connections to port 443 simply time out.",
      "Typical setups: AKS in a spoke virtual network resolving through a shared private DNS zone but with no peering to the endpoint's network; a peering that shows Disconnected after the other side was recreated; a hub firewall without a network rule for the endpoint IPs; an on-premises network whose VPN does not advertise the endpoint subnet. The registry endpoint and each data endpoint have their own private IP, and all must be reachable.",
      "az acr check-health can pass on a VM next to the endpoint while the cluster that actually pulls cannot reach it: always test from the machine that fails.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "nslookup gives the private IP, but the pull times out",
      '"host is not reachable" when accessing a registry configured with a private endpoint',
      'AKS pods show "dial tcp 10.x.x.x:443: i/o timeout" in their events',
    ],
    errorTexts: [
      "host is not reachable",
      'Failed to pull image "<acr-name>.azurecr.io/<repository>:<tag>": rpc error: code = Unknown desc = failed to pull and unpack image "<acr-name>.azurecr.io/<repository>:<tag>": failed to resolve reference "<acr-name>.azurecr.io/<repository>:<tag>": failed to do request: Head "https://<acr-name>.azurecr.io/v2/<repository>/manifests/<tag>": dial tcp <private-ip>:443: i/o timeout',
      "dial tcp <private-ip>:443: i/o timeout",
      "net/http: TLS handshake timeout",
    ],
    confirm: [
      {
        text: "On the failing machine, resolve the name and connect to port 443.",
        commands: [
          { client: "shell", run: "nslookup {loginServer} && nc -vz -w 5 {loginServer} 443" },
          { client: "powershell", run: "Test-NetConnection {loginServer} -Port 443" },
          {
            client: "kubernetes",
            run: "kubectl debug node/<node-name> -it --image=mcr.microsoft.com/cbl-mariner/busybox:2.0 -- chroot /host curl -sv --max-time 10 -o /dev/null https://{loginServer}/v2/",
          },
        ],
        good: 'A private IP and "succeeded" / TcpTestSucceeded : True',
        bad: 'A private IP, then a timeout (TcpTestSucceeded : False, "Connection timed out")',
      },
      {
        text: "Check the peering between the client's virtual network and the endpoint's, from both sides.",
        where: "Azure portal → Virtual networks → <vnet> → Settings → Peerings",
        commands: [{ client: "az", run: "az network vnet peering list --resource-group <resource-group> --vnet-name <vnet> -o table" }],
        good: "A peering to the other network with PeeringState Connected on both sides",
        bad: "No peering, or Disconnected / Initiated",
      },
      {
        text: "Read the effective routes of the client's network interface for the endpoint's IP.",
        commands: [
          { client: "az", run: "az network nic show-effective-route-table --resource-group <resource-group> --name <nic-name> -o table" },
        ],
        bad: "No route covering the endpoint subnet, a next hop of None, or an appliance that has no rule for it",
      },
      {
        text: "List the private endpoint's IPs: the registry and each data endpoint must all be reachable.",
        where: "Azure portal → the private endpoint → Settings → DNS configuration",
        commands: [{ client: "az", run: "az acr private-endpoint-connection list --registry-name {registryName} -o table" }],
      },
    ],
    fixes: [
      {
        title: "Peer the virtual networks",
        when: "The client and the private endpoint are in different virtual networks",
        steps: [
          {
            text: "Create the peering in both directions. If a peering shows Disconnected, delete it on both sides and create it again.",
            commands: [
              {
                client: "az",
                run: "az network vnet peering create --resource-group <resource-group> --name <peering-name> --vnet-name <client-vnet> --remote-vnet <endpoint-vnet-resource-id> --allow-vnet-access",
              },
            ],
          },
        ],
      },
      {
        title: "Allow the endpoint IPs through the hub firewall",
        when: "Spokes talk through a hub with Azure Firewall or another appliance",
        steps: [
          {
            text: "Add network rules that allow TCP 443 from the client subnets to the private endpoint's IPs (registry and data endpoints).",
            commands: [
              {
                client: "az",
                run: "az network firewall network-rule create --resource-group <resource-group> --firewall-name <firewall> --collection-name allow-acr-pe --name acr-pe --priority 200 --action Allow --protocols TCP --source-addresses <client-subnet-cidr> --destination-addresses <registry-private-ip> <data-endpoint-private-ip> --destination-ports 443",
              },
            ],
          },
        ],
      },
      {
        title: "Carry the range over VPN or ExpressRoute",
        when: "The client is on-premises",
        steps: [
          {
            text: "Make sure the gateway advertises the endpoint's subnet to on-premises and that on-premises routes it back through the gateway; forward DNS for azurecr.io to a resolver in Azure.",
          },
        ],
      },
    ],
    verify: [
      {
        text: "Connect and pull again from the machine that failed.",
        commands: [
          { client: "shell", run: "nc -vz -w 5 {loginServer} 443" },
          { client: "docker", run: "docker pull {image}" },
          { client: "podman", run: "podman pull {image}" },
          { client: "kubernetes", run: "kubectl rollout restart deployment/<deployment> -n <namespace>" },
        ],
        good: "Connected; the pull completes",
      },
    ],
    related: ["dns-private-address", "private-dns-zone-not-linked", "nsg-or-firewall-blocks-outbound", "network-timeout"],
    tellApart: [
      {
        cause: "private-dns-zone-not-linked",
        how: "If nslookup returns a public IP under a privatelink CNAME, DNS is the problem; a private IP that times out is the route.",
      },
      {
        cause: "nsg-or-firewall-blocks-outbound",
        how: "Effective routes present and peering Connected, but still blocked: look at the NSGs on both subnets and the firewall logs.",
      },
      {
        cause: "dns-private-address",
        how: "If the client is not meant to be inside the network at all, it needs a public path, not a route.",
      },
    ],
    cannotSee: ["Your virtual network peerings, routes and firewalls between the client and the private endpoint"],
    sources: [
      { seed: "acr-network-troubleshoot", section: "Symptoms" },
      { seed: "acr-network-troubleshoot", section: "Configure VNet access" },
      { title: "Troubleshoot AKS image pull errors from ACR (i/o timeout)", url: AKS_PULL_TS },
      {
        title: "Troubleshoot Azure Private Endpoint connectivity",
        url: "https://learn.microsoft.com/azure/private-link/troubleshoot-private-endpoint-connectivity",
      },
    ],
  },
  {
    id: "service-endpoint-public-access-disabled",
    group: "azure-network",
    title: "Public access was disabled, which also shuts out the service endpoint",
    summary:
      "A registry reached through a virtual network service endpoint still uses its public endpoint. Setting public network access to Disabled cuts off that subnet too.",
    explanation: [
      "A service endpoint does not give the registry a private address: the subnet's traffic goes to the registry's public endpoint over the Azure backbone, identified by its subnet, and a network rule on the registry lets that subnet in. Disabling public network access turns off the public endpoint entirely, and with it all service-endpoint access. Private endpoints are the only path that keeps working with public access disabled.",
      "Microsoft plans no further development of service endpoints for Azure Container Registry and recommends private endpoints. A registry cannot use both a private endpoint and service endpoint rules from the same virtual network.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "VMs or AKS nodes in a subnet with a Microsoft.ContainerRegistry service endpoint lost access right after public access was disabled",
      "The refusal names a private address of the subnet: client with IP '10.x.x.x' is not allowed access",
    ],
    errorTexts: [
      "Error response from daemon: login attempt to https://<acr-name>.azurecr.io/v2/ failed with status: 403 Forbidden",
      "denied: client with IP '<ip-address>' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.",
      "Looks like you don't have access to registry '<acr-name>.azurecr.io'. Are firewalls and virtual networks enabled?",
    ],
    confirm: [
      {
        text: "Read the public access setting and the virtual network rules together.",
        where: "Azure portal → your registry → Settings → Networking → Public access",
        commands: [
          {
            client: "az",
            run: 'az acr show --name {registryName} --query "{public:publicNetworkAccess, vnetRules:networkRuleSet.virtualNetworkRules}"',
          },
        ],
        good: "publicNetworkAccess Enabled with defaultAction Deny and the subnet in virtualNetworkRules",
        bad: "publicNetworkAccess Disabled while virtualNetworkRules lists subnets",
      },
      {
        text: "From a VM in the subnet, try to log in or pull.",
        commands: [
          { client: "docker", run: "docker login {loginServer}" },
          { client: "podman", run: "podman pull {image}" },
          { client: "kubernetes", run: "kubectl describe pod <pod-name> -n <namespace>" },
        ],
        bad: "403 Forbidden, or DENIED naming the VM's private IP",
      },
    ],
    fixes: [
      {
        title: "Re-enable public access restricted to selected networks",
        when: "You want to keep the service endpoint",
        steps: [
          {
            text: "Enable the public endpoint with default action Deny: only the subnets (and IPs) in the network rules get in.",
            where: "Azure portal → your registry → Settings → Networking → Public access → Selected networks",
            commands: [{ client: "az", run: "az acr update --name {registryName} --public-network-enabled true --default-action Deny" }],
          },
        ],
      },
      {
        title: "Move to a private endpoint",
        when: "Public access must stay disabled",
        steps: [
          {
            text: "Create a private endpoint in the virtual network with the privatelink.azurecr.io zone linked, then remove the service-endpoint network rules for that network.",
            where: "Azure portal → your registry → Settings → Networking → Private access → Create a private endpoint connection",
            commands: [
              { client: "az", run: "az acr network-rule list --name {registryName}" },
              { client: "az", run: "az acr network-rule remove --name {registryName} --subnet <subnet-resource-id>" },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Log in from a VM in the subnet.",
        commands: [
          { client: "az", run: "az acr login --name {registryName}" },
          { client: "docker", run: "docker pull {image}" },
        ],
        good: "Login Succeeded; the pull completes",
      },
    ],
    related: ["service-endpoint-rule-missing", "registry-ip-denied", "private-dns-zone-not-linked"],
    tellApart: [
      {
        cause: "service-endpoint-rule-missing",
        how: "Public access Enabled (Selected networks) but the subnet absent from virtualNetworkRules is the missing rule; public access Disabled is this cause.",
      },
      {
        cause: "registry-ip-denied",
        how: "A public address in the DENIED message is an internet client; a private one is a service-endpoint subnet.",
      },
    ],
    cannotSee: ["Your registry's network settings and your subnets' service endpoints"],
    sources: [
      { seed: "acr-network-troubleshoot", section: "Configure public access to registry" },
      {
        title: "Configure public IP network rules (disable public network access)",
        url: `${LEARN}/container-registry-access-selected-networks`,
      },
      { title: "Restrict access to a container registry using a service endpoint", url: `${LEARN}/container-registry-vnet` },
    ],
  },
  {
    id: "service-endpoint-rule-missing",
    group: "azure-network",
    title: "Service endpoint configured, but no network rule lets that subnet in",
    summary:
      "The subnet has a Microsoft.ContainerRegistry service endpoint, but the registry has no virtual network rule for it. Only VMs and AKS clusters can use service endpoints at all.",
    explanation: [
      "Access through a service endpoint needs two halves: the subnet enables the Microsoft.ContainerRegistry service endpoint, and the registry (Premium tier, public access on Selected networks) has a network rule naming that subnet. With only the first half, the registry sees traffic from the subnet's private addresses and refuses it.",
      "Service endpoints serve only Azure virtual machines and AKS clusters in the subnet; Container Instances and other services are not supported. They cannot be configured in the Azure portal, are not available in the Azure US Government or Azure China clouds, and a registry holds at most 100 virtual network rules. Microsoft recommends private endpoints instead.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "A VM or AKS node in the subnet is refused with 403 while the network team says the service endpoint is on",
      "The DENIED message names the VM's private IP address",
    ],
    errorTexts: [
      "Error response from daemon: login attempt to https://<acr-name>.azurecr.io/v2/ failed with status: 403 Forbidden",
      "denied: client with IP '<ip-address>' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.",
    ],
    confirm: [
      {
        text: "Check that the subnet has the service endpoint.",
        commands: [
          {
            client: "az",
            run: 'az network vnet subnet show --resource-group <resource-group> --vnet-name <vnet> --name <subnet> --query "{id:id, endpoints:serviceEndpoints[].service}"',
          },
        ],
        good: "endpoints lists Microsoft.ContainerRegistry",
        bad: "Microsoft.ContainerRegistry missing: enable it first",
      },
      {
        text: "Check that the registry has a rule for the subnet's resource ID.",
        commands: [
          { client: "az", run: "az acr network-rule list --name {registryName}" },
          {
            client: "az",
            run: 'az acr show --name {registryName} --query "{public:publicNetworkAccess, defaultAction:networkRuleSet.defaultAction}"',
          },
        ],
        good: "virtualNetworkRules contains the subnet ID; public access Enabled, default action Deny",
        bad: "The subnet ID is not in virtualNetworkRules",
      },
      {
        text: "Reproduce from a VM or node in the subnet.",
        commands: [
          { client: "docker", run: "docker login {loginServer}" },
          { client: "podman", run: "podman pull {image}" },
          { client: "kubernetes", run: "kubectl describe pod <pod-name> -n <namespace>" },
        ],
        bad: "403 Forbidden, or DENIED naming the private IP",
      },
    ],
    fixes: [
      {
        title: "Add the subnet's network rule to the registry",
        steps: [
          {
            text: "Add the rule with the subnet's resource ID. Rules take a few minutes to apply.",
            commands: [{ client: "az", run: "az acr network-rule add --name {registryName} --subnet <subnet-resource-id>" }],
          },
          {
            text: "If the subnet lacks the service endpoint, add it. --service-endpoints replaces the subnet's whole list: repeat the ones it already has (for example Microsoft.Storage).",
            commands: [
              {
                client: "az",
                run: "az network vnet subnet update --resource-group <resource-group> --vnet-name <vnet> --name <subnet> --service-endpoints Microsoft.ContainerRegistry <existing-service-endpoints>",
              },
            ],
          },
        ],
      },
      {
        title: "Use a private endpoint instead",
        when: "The client is not a VM or AKS node (for example Container Instances), or you are in Azure US Government or Azure China",
        steps: [
          {
            text: "Create a private endpoint in the client's virtual network and link the privatelink.azurecr.io zone.",
            where: "Azure portal → your registry → Settings → Networking → Private access",
            commands: [{ client: "az", run: "az acr private-endpoint-connection list --registry-name {registryName} -o table" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Log in and pull from the subnet.",
        commands: [
          { client: "az", run: "az acr login --name {registryName}" },
          { client: "docker", run: "docker pull {image}" },
          { client: "kubernetes", run: "kubectl rollout restart deployment/<deployment> -n <namespace>" },
        ],
        good: "Login Succeeded; the pull completes",
      },
    ],
    related: ["service-endpoint-public-access-disabled", "registry-ip-denied", "network-restricted-service"],
    tellApart: [
      {
        cause: "service-endpoint-public-access-disabled",
        how: "If public access is Disabled, no subnet rule helps; re-enable Selected networks or use a private endpoint.",
      },
      {
        cause: "registry-ip-denied",
        how: "A public IP in the DENIED message needs an IP rule; a private one from a service-endpoint subnet needs a subnet rule.",
      },
    ],
    cannotSee: ["Your subnets' service endpoints and your registry's network rules"],
    sources: [
      { seed: "acr-network-troubleshoot", section: "Configure VNet access" },
      { title: "Restrict access to a container registry using a service endpoint", url: `${LEARN}/container-registry-vnet` },
    ],
  },
  {
    id: "bastion-not-supported",
    group: "azure-network",
    title: "Azure Bastion is not a supported path to the registry",
    summary:
      "An Azure Bastion endpoint is currently not supported for reaching the registry over the virtual network. Run the client on a VM inside the network (you can reach the VM through Bastion).",
    explanation: [
      "Registry access from a virtual network works through a private endpoint (Private Link) or a service endpoint. Azure Bastion is a remote-console service for reaching virtual machines over RDP or SSH; it is not a way for your own machine's Docker to reach the registry's private or restricted endpoints, and Microsoft lists it as not supported for registry access.",
      "People meet this when the registry is locked to the virtual network and they try to pull from their laptop through a Bastion session or tunnel. The working pattern is to run docker, podman or az acr inside a VM in the network, which Bastion lets you sign in to.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "You connect through Azure Bastion and expect your local docker pull to use the virtual network",
      "Pulls from your own machine are refused (403) or time out while the registry is private",
    ],
    errorTexts: [],
    confirm: [
      {
        text: "Check where the failing docker command runs: on your own machine (not supported through Bastion) or inside the VM you reached with Bastion.",
        commands: [
          {
            client: "az",
            run: 'az acr show --name {registryName} --query "{public:publicNetworkAccess, privateEndpoints:privateEndpointConnections[].privateEndpoint.id}"',
          },
          { client: "shell", run: "nslookup {loginServer}" },
        ],
        good: "The command runs on a VM in the virtual network, and the name resolves to the private endpoint",
        bad: "The command runs on your own machine, which resolves the public address and is refused",
      },
    ],
    fixes: [
      {
        title: "Pull from a VM inside the virtual network",
        steps: [
          {
            text: "Sign in to a VM in the network through Bastion, then run the registry commands there. The VM needs Docker (or Podman) and the Azure CLI, and the network needs a private endpoint (or service endpoint) for the registry.",
            commands: [
              {
                client: "az",
                run: "az network bastion ssh --name <bastion> --resource-group <resource-group> --target-resource-id <vm-resource-id> --auth-type AAD",
              },
              { client: "az", run: "az acr login --name {registryName}" },
              { client: "docker", run: "docker pull {image}" },
              { client: "podman", run: "podman pull {image}" },
            ],
          },
        ],
      },
      {
        title: "Give your own machine a supported path",
        when: "You must pull from your workstation",
        steps: [
          {
            text: "Connect your network with VPN or ExpressRoute and DNS forwarding to the private endpoint, or allow your public IP in the registry's firewall.",
            commands: [{ client: "az", run: "az acr network-rule add --name {registryName} --ip-address <your-public-ip>" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Pull from the VM (or from your machine after the change).",
        commands: [{ client: "docker", run: "docker pull {image}" }],
        good: "The pull completes",
      },
    ],
    related: ["private-endpoint-no-route", "dns-private-address", "registry-ip-denied"],
    tellApart: [
      {
        cause: "private-endpoint-no-route",
        how: "A VM in a peered network that resolves the private IP and times out lacks a route; a laptop behind a Bastion session was never on the path.",
      },
    ],
    cannotSee: ["How you are connected to the virtual network and where your client runs"],
    sources: [
      { seed: "acr-network-troubleshoot", section: "Configure VNet access" },
      { title: "Azure Bastion overview", url: "https://learn.microsoft.com/azure/bastion/bastion-overview" },
    ],
  },
  {
    id: "vnet-provider-not-registered",
    group: "azure-network",
    title: "The other subscription has no Microsoft.ContainerRegistry provider registered",
    summary:
      "Restricting the registry to a virtual network in another subscription fails until the Microsoft.ContainerRegistry resource provider is registered in that subscription.",
    explanation: [
      "Adding a virtual network rule (service endpoint) or a private endpoint from a virtual network that lives in another Azure subscription (or tenant) requires the Microsoft.ContainerRegistry resource provider to be registered in that subscription. Subscriptions that never held a registry often do not have it.",
      "Until then, saving the registry's network settings fails. Registering a provider needs a role with the register action on that subscription (Contributor or Owner). Register it with the Azure portal, the Azure CLI or PowerShell.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "Saving the registry's networking settings fails: Failed to save firewall and virtual network settings for container registry",
      "The subnet or private endpoint is in a different subscription from the registry",
    ],
    errorTexts: [
      "Failed to save firewall and virtual network settings for container registry",
      "(MissingSubscriptionRegistration) The subscription is not registered to use namespace 'Microsoft.ContainerRegistry'. See https://aka.ms/rps-not-found for how to register subscriptions.",
    ],
    confirm: [
      {
        text: "Check the provider's state in the subscription that holds the virtual network.",
        where: "Azure portal → Subscriptions → <other subscription> → Settings → Resource providers → Microsoft.ContainerRegistry",
        commands: [
          {
            client: "az",
            run: "az provider show --namespace Microsoft.ContainerRegistry --subscription <other-subscription-id> --query registrationState -o tsv",
          },
          {
            client: "powershell",
            run: "Get-AzResourceProvider -ProviderNamespace Microsoft.ContainerRegistry | Select-Object RegistrationState",
          },
        ],
        good: "Registered",
        bad: "NotRegistered (or Unregistered)",
      },
    ],
    fixes: [
      {
        title: "Register the resource provider in that subscription",
        steps: [
          {
            text: "Register Microsoft.ContainerRegistry in the virtual network's subscription, wait until it shows Registered, then save the network settings again.",
            commands: [
              { client: "az", run: "az provider register --namespace Microsoft.ContainerRegistry --subscription <other-subscription-id>" },
              {
                client: "powershell",
                run: "Set-AzContext -Subscription <other-subscription-id>; Register-AzResourceProvider -ProviderNamespace Microsoft.ContainerRegistry",
              },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Confirm the registration, then add the rule or private endpoint again.",
        commands: [
          {
            client: "az",
            run: "az provider show --namespace Microsoft.ContainerRegistry --subscription <other-subscription-id> --query registrationState -o tsv",
          },
          { client: "az", run: "az acr network-rule add --name {registryName} --subnet <subnet-resource-id>" },
        ],
        good: "Registered; the rule is saved",
      },
    ],
    related: ["arm-role-missing", "service-endpoint-rule-missing", "private-dns-zone-not-linked"],
    tellApart: [
      {
        cause: "arm-role-missing",
        how: "AuthorizationFailed on Microsoft.ContainerRegistry/registries/write is your role; MissingSubscriptionRegistration or a subnet in another subscription is the provider.",
      },
    ],
    cannotSee: ["Your subscriptions' resource provider registrations"],
    sources: [
      { seed: "acr-network-troubleshoot", section: "Symptoms" },
      { seed: "acr-network-troubleshoot", section: "Configure VNet access" },
      {
        title: "Azure resource providers and types",
        url: "https://learn.microsoft.com/azure/azure-resource-manager/management/resource-providers-and-types",
      },
      {
        title: "Connect privately to an Azure container registry (register the provider)",
        url: `${LEARN}/container-registry-private-link`,
      },
    ],
  },

  // ──────────────────────────── azure-services ────────────────────────────
  {
    id: "network-restricted-service",
    group: "azure-services",
    title: "An Azure service cannot reach a network-restricted registry",
    summary:
      "Defender for Cloud, App Service, Container Instances, ACR Tasks or Azure DevOps run outside your registry's allowed networks. Allow trusted services, give the service a network path, or lift the restriction.",
    explanation: [
      "Once a registry is limited to private endpoints, selected subnets or selected IP addresses, Azure services that run on shared, multi-tenant infrastructure are outside those networks. Microsoft Defender for Cloud cannot scan the images (or the results never appear), App Service and Container Instances cannot pull, ACR Tasks and az acr build cannot push or pull, and Azure DevOps Microsoft-hosted agents cannot reach a private endpoint.",
      "Since January 2021 a network-restricted registry can let selected trusted services bypass its network rules (the setting is on by default in new registries): today Container Instances (with a managed identity and a pull role), Microsoft Defender for Cloud, Azure Machine Learning, and ACR itself for az acr import. It applies to private endpoints and IP rules, not to service endpoints, and it does not cover App Service.",
      'Other services need a network path of their own: App Service pulls over its virtual network integration with "Container image pull" enabled; ACR Tasks run on a dedicated agent pool in your virtual network (or you allow the AzureContainerRegistry service-tag IPs of the region); Azure DevOps needs a self-hosted agent inside the network. The last resort, which the seed gives first, is to remove the restriction (delete the private endpoints or relax the public access rules).',
    ],
    appliesTo: ["acr"],
    symptoms: [
      "Defender for Cloud shows no vulnerability results for the registry's images",
      "An App Service or Container Instances deployment fails to pull right after the registry was locked down",
      "ACR Tasks or az acr build cannot push or pull images",
      "An Azure DevOps pipeline on Microsoft-hosted agents cannot push to the registry",
    ],
    errorTexts: [
      'DockerApiException: Docker API responded with status code=InternalServerError, response={"message":"Head \\"https://<acr-name>.azurecr.io/v2/<repository>/manifests/<tag>\\": denied: client with IP \'<web-app-outbound-ip>\' is not allowed access. Refer https://aka.ms/acr/firewall to grant access."}',
      "(InaccessibleImage) The image '<image>' in container group '<container-group>' is not accessible. Please check the image and registry credential.",
      "denied: client with IP '<ip-address>' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.",
    ],
    confirm: [
      {
        text: "Read how the registry is restricted and whether trusted services may bypass it.",
        where:
          "Azure portal → your registry → Settings → Networking → Public access (Firewall exception: Allow trusted Microsoft services)",
        commands: [
          {
            client: "az",
            run: 'az acr show --name {registryName} --query "{public:publicNetworkAccess, defaultAction:networkRuleSet.defaultAction, bypass:networkRuleBypassOptions, privateEndpoints:privateEndpointConnections[].privateEndpoint.id}"',
          },
        ],
        good: "public Enabled with defaultAction Allow (no restriction), or bypass AzureServices for a trusted service",
        bad: "public Disabled or defaultAction Deny, with bypass None or a service that is not a trusted service",
      },
      {
        text: "Read the failing service's own log for the pull error.",
        where:
          "App Service: your app → Deployment Center → Logs, or Monitoring → Log stream. Container Instances: the container group → Containers → Events. ACR Tasks: az acr task logs",
        commands: [
          { client: "az", run: "az webapp log tail --resource-group <resource-group> --name <app>" },
          {
            client: "az",
            run: 'az container show --resource-group <resource-group> --name <container-group> --query "containers[].instanceView.events[]" -o table',
          },
          { client: "az", run: "az acr task logs --registry {registryName}" },
        ],
        bad: "denied: client with IP … is not allowed access, InaccessibleImage, or a timeout",
      },
    ],
    fixes: [
      {
        title: "Allow trusted Azure services",
        when: "The service is Container Instances, Defender for Cloud, Machine Learning, or ACR import, and the registry uses a private endpoint or IP rules",
        steps: [
          {
            text: "Enable the trusted-services exception. For Container Instances and Machine Learning, also give the service a managed identity with AcrPull (or Container Registry Repository Reader in ABAC mode) and authenticate with it.",
            where: "Azure portal → your registry → Settings → Networking → Public access → Firewall exception",
            commands: [{ client: "az", run: "az acr update --name {registryName} --allow-trusted-services true" }],
          },
        ],
      },
      {
        title: "Pull over App Service virtual network integration",
        when: "The service is App Service (not covered by trusted services)",
        steps: [
          {
            text: "Integrate the app with a virtual network that can reach the registry's private endpoint, and enable \"Container image pull\" over it. Or allow the app's outbound addresses in the registry's firewall.",
            where:
              "Your web app → Networking → Virtual network integration (Container image pull); Deployment Center → Pull image over VNet",
            commands: [
              {
                client: "az",
                run: 'az resource update --resource-group <resource-group> --name <app> --resource-type "Microsoft.Web/sites" --set properties.vnetImagePullEnabled=true',
              },
              {
                client: "az",
                run: "az webapp show --resource-group <resource-group> --name <app> --query possibleOutboundIpAddresses -o tsv",
              },
            ],
          },
        ],
      },
      {
        title: "Run ACR Tasks on a dedicated agent pool",
        when: "ACR Tasks or az acr build fail against a network-restricted registry",
        steps: [
          {
            text: "Create an agent pool in your virtual network (Premium) and run the task or build on it. If no pool is available in your region, allow the regional AzureContainerRegistry service-tag IPs instead.",
            commands: [
              {
                client: "az",
                run: "az acr agentpool create --registry {registryName} --name <pool> --tier S2 --subnet-id <subnet-resource-id>",
              },
              { client: "az", run: "az acr build --registry {registryName} --agent-pool <pool> --image {repository}:{tag} ." },
            ],
          },
        ],
      },
      {
        title: "Remove the network restriction",
        when: "The service must reach the registry and none of the above applies",
        steps: [
          {
            text: "Remove the private endpoints, or change the public access rules, so the service's network is allowed again.",
            commands: [{ client: "az", run: "az acr update --name {registryName} --public-network-enabled true --default-action Allow" }],
          },
          {
            text: "Azure DevOps: Microsoft-hosted agents do not support private endpoints; use a self-hosted agent with a line of sight to the registry instead of opening the registry.",
          },
        ],
      },
    ],
    verify: [
      {
        text: "Redeploy or rerun the service, and watch its log.",
        commands: [
          { client: "az", run: "az webapp restart --resource-group <resource-group> --name <app>" },
          { client: "az", run: "az acr build --registry {registryName} --agent-pool <pool> --image {repository}:{tag} ." },
        ],
        good: "The image is pulled or pushed; Defender for Cloud shows scan results again after its next scan",
      },
    ],
    related: [
      "registry-ip-denied",
      "azure-service-registry-settings",
      "service-endpoint-rule-missing",
      "private-dns-zone-not-linked",
      "aks-acr-not-attached",
    ],
    tellApart: [
      {
        cause: "azure-service-registry-settings",
        how: 'A 401 or "unauthorized" from the service is its credentials; a 403 naming an IP, or a timeout, is the network restriction.',
      },
      {
        cause: "registry-ip-denied",
        how: "For a machine you control, add its IP; for a multi-tenant Azure service, whose IPs you do not control, use trusted services or a network path.",
      },
      {
        cause: "service-endpoint-rule-missing",
        how: "Trusted services do not apply to service-endpoint restrictions, and only VMs and AKS can use service endpoints.",
      },
    ],
    cannotSee: ["Which Azure service pulls, from which network, and with which identity"],
    sources: [
      { seed: "acr-network-troubleshoot", section: "Configure service access" },
      { seed: "acr-network-troubleshoot", section: "Symptoms" },
      { title: "Allow trusted services to access a network-restricted registry", url: `${LEARN}/allow-access-trusted-services` },
      { title: "Fail to pull images to Azure Web App from ACR", url: `${LEARN_TS}/pull-image-to-web-app-fail` },
      { title: "ACR Tasks dedicated agent pools", url: `${LEARN}/tasks-agent-pools` },
    ],
  },
  {
    id: "azure-service-registry-settings",
    group: "azure-services",
    title: "The Azure service pulling the image has wrong or stale registry settings",
    summary:
      "AKS, Azure DevOps, App Service, Container Instances, Container Apps and ACR Tasks each keep their own registry address and credentials. Check the settings of the service that fails, not your own login.",
    explanation: [
      "When an Azure service pulls or pushes, it does not use your docker login. Each service stores its own registry configuration: a login server, and either a managed identity, a service principal, the admin user, or a pull secret. A registry that works from your laptop can fail from the service because that copy is wrong, expired or missing.",
      "Common stale copies: an App Service or Container Instances group still holding an admin password that was regenerated (or an admin user that was disabled); an Azure DevOps service connection whose service principal secret expired; a Container App or App Service set to use a managed identity that has no pull role; an AKS cluster without the registry attached. Portal deployments of a registry image to Container Instances or Web App for Containers use the admin account; managed identities work only from services that support them.",
      "Container Instances keeps the credentials given at creation: to change them, recreate the container group.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "You can pull the image yourself, but the Azure service cannot",
      'The service\'s log shows unauthorized, 401, or "image … is not accessible"',
      "It started failing after a password or secret was rotated, or the admin user was disabled",
    ],
    errorTexts: [
      'Head "https://<acr-name>.azurecr.io/v2/<repository>/manifests/<tag>": unauthorized',
      "(InaccessibleImage) The image '<image>' in container group '<container-group>' is not accessible. Please check the image and registry credential.",
      "unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.",
    ],
    confirm: [
      {
        text: "App Service: read the registry settings and where the credentials come from (admin credentials, or managed identity with acrUseManagedIdentityCreds).",
        where:
          "Your web app → Deployment Center → Settings (Registry source, Authentication); Settings → Environment variables (DOCKER_REGISTRY_SERVER_URL / USERNAME / PASSWORD)",
        commands: [
          { client: "az", run: "az webapp config container show --resource-group <resource-group> --name <app>" },
          { client: "az", run: "az webapp config show --resource-group <resource-group> --name <app> --query acrUseManagedIdentityCreds" },
        ],
        good: "The registry URL is https://<acr-name>.azurecr.io and the username/password match Access keys, or the managed identity is used and holds a pull role",
        bad: "An old password, another registry, or a managed identity with no pull role",
      },
      {
        text: "Container Instances and Container Apps: read the registry credentials the group or app carries.",
        commands: [
          {
            client: "az",
            run: "az container show --resource-group <resource-group> --name <container-group> --query imageRegistryCredentials",
          },
          { client: "az", run: "az containerapp registry list --resource-group <resource-group> --name <app> -o table" },
        ],
      },
      {
        text: "Compare with the registry's admin user (if it is used) and its role assignments.",
        where: "Azure portal → your registry → Settings → Access keys; Access control (IAM)",
        commands: [
          { client: "az", run: "az acr show --name {registryName} --query adminUserEnabled" },
          { client: "az", run: `az role assignment list --scope ${ACR_ID} -o table` },
        ],
      },
      {
        text: "Azure DevOps: open the Docker Registry service connection, check its registry and authentication, and use Verify. A service principal connection fails when its secret expires.",
        where: "Azure DevOps → Project settings → Pipelines → Service connections → the Docker Registry connection",
        commands: [
          { client: "az", run: "az devops service-endpoint list --organization https://dev.azure.com/<org> --project <project> -o table" },
        ],
      },
      {
        text: "AKS: check the cluster's access to the registry from its nodes.",
        commands: [
          { client: "az", run: "az aks check-acr --resource-group <resource-group> --name <cluster> --acr {loginServer}" },
          { client: "kubernetes", run: "kubectl describe pod <pod-name> -n <namespace>" },
        ],
      },
      {
        text: "ACR Tasks: read the task's identity and any custom registry credentials.",
        commands: [
          { client: "az", run: "az acr task show --name <task> --registry {registryName} --query identity" },
          { client: "az", run: "az acr task credential list --name <task> --registry {registryName}" },
        ],
      },
    ],
    fixes: [
      {
        title: "Use the service's managed identity with a pull role",
        when: "The service supports managed identities (App Service, Container Apps, Container Instances, AKS kubelet identity, ACR Tasks)",
        steps: [
          {
            text: "Give the identity AcrPull (Container Registry Repository Reader in ABAC mode) and switch the service to it.",
            commands: [
              {
                client: "az",
                run: `az role assignment create --assignee-object-id <principal-id> --assignee-principal-type ServicePrincipal --role AcrPull --scope ${ACR_ID}`,
              },
              {
                client: "az",
                run: "az webapp config set --resource-group <resource-group> --name <app> --generic-configurations '{\"acrUseManagedIdentityCreds\": true}'",
              },
              {
                client: "az",
                run: "az containerapp registry set --resource-group <resource-group> --name <app> --server {loginServer} --identity system",
              },
            ],
          },
        ],
      },
      {
        title: "Update the stored credentials",
        when: "The service uses the admin user, a service principal or a token",
        steps: [
          {
            text: "Put the current password or secret into the service: App Service in Deployment Center; Azure DevOps by editing the service connection; Container Instances by recreating the group with --registry-login-server, --registry-username and --registry-password (or --acr-identity).",
            where: "Your web app → Deployment Center → Settings; Azure DevOps → Project settings → Service connections",
            commands: [
              {
                client: "az",
                run: 'az container create --resource-group <resource-group> --name <container-group> --image {image} --registry-login-server {loginServer} --registry-username "$USERNAME" --registry-password "$PASSWORD"',
              },
            ],
          },
        ],
      },
      {
        title: "Attach the registry to AKS",
        when: "The failing service is an AKS cluster",
        steps: [
          {
            text: 'See "AKS cannot pull from ACR: the cluster\'s identity has no pull role".',
            commands: [
              { client: "az", run: "az aks update --name <cluster> --resource-group <resource-group> --attach-acr {registryName}" },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Restart or redeploy the service and read its log.",
        commands: [
          { client: "az", run: "az webapp restart --resource-group <resource-group> --name <app>" },
          { client: "az", run: "az webapp log tail --resource-group <resource-group> --name <app>" },
        ],
        good: "The log shows the image pulled and the container started",
      },
    ],
    related: [
      "aks-acr-not-attached",
      "network-restricted-service",
      "admin-user-disabled",
      "admin-password-regenerated",
      "credentials-expired",
      "acr-role-missing",
      "abac-repository-permissions",
    ],
    tellApart: [
      {
        cause: "network-restricted-service",
        how: "401/unauthorized from the service is its credentials; 403 naming an IP, or a timeout, is the registry's network restriction.",
      },
      {
        cause: "admin-password-regenerated",
        how: "If the service uses the admin user, compare its stored password with Access keys: a mismatch means it was regenerated.",
      },
      {
        cause: "credentials-expired",
        how: 'For a service principal, az ad app credential list --id "$SP_ID" --query "[].endDateTime" -o tsv shows whether the secret expired.',
      },
    ],
    cannotSee: ["The registry settings and credentials stored in your Azure services"],
    sources: [
      { seed: "acr-login-troubleshoot", section: "Confirm credentials used to access registry" },
      { seed: "acr-login-troubleshoot", section: "Symptoms" },
      { seed: "acr-authentication-options", section: "Authentication options" },
      { seed: "acr-authentication-options", section: "Admin account" },
      { title: "Fail to pull images to Azure Web App from ACR", url: `${LEARN_TS}/pull-image-to-web-app-fail` },
    ],
  },
  {
    id: "aks-acr-not-attached",
    group: "azure-services",
    title: "AKS cannot pull from ACR: the cluster's identity has no pull role",
    summary:
      "AKS nodes pull with the cluster's kubelet identity (or service principal). Without AcrPull on the registry (Repository Reader in ABAC mode) pods fail with 401 Unauthorized.",
    explanation: [
      "An AKS cluster pulls from ACR without a pull secret by using its kubelet managed identity (or, on older clusters, its service principal). az aks create or update with --attach-acr gives that identity the AcrPull role on the registry. If the registry was never attached, the assignment was removed, the kubelet identity was detached from the node scale sets, or the service principal's secret expired, every pull from the registry fails with 401.",
      'In ABAC mode ("RBAC Registry + ABAC Repository Permissions") AcrPull is ignored and --attach-acr cannot grant the Container Registry Repository Reader role: assign it by hand. The attached identity works only within the registry\'s own tenant; for a registry in another Entra tenant use a service principal of that tenant or a pull secret.',
      'az aks check-acr runs a small pod on a node that checks DNS and the token exchange for the kubelet identity. Its success message, "Your cluster can pull images from …", is broader than what it tests: it pulls no image and checks no repository, manifest, layer or ABAC role, and it runs only on AMD64 nodes. Kubelet also always tries an anonymous token first, so a wrong image name or a platform mismatch can show the same 401.',
    ],
    appliesTo: ["acr"],
    symptoms: [
      "Pods stay in ErrImagePull / ImagePullBackOff; kubectl describe pod shows 401 Unauthorized",
      "az aks update --attach-acr says it could not create a role assignment",
      "Pulls worked until the service principal secret expired or the registry moved to ABAC mode",
    ],
    errorTexts: [
      'Failed to pull image "<acr-name>.azurecr.io/<repository>:<tag>": [rpc error: code = Unknown desc = failed to pull and unpack image "<acr-name>.azurecr.io/<repository>:<tag>": failed to resolve reference "<acr-name>.azurecr.io/<repository>:<tag>": failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized',
      "failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://<acr-name>.azurecr.io/oauth2/token?scope=repository%3A<repository>%3Apull&service=<acr-name>.azurecr.io: 401 Unauthorized",
      "Could not create a role assignment for ACR. Are you an Owner on this subscription?",
      "ACR <acr-name>.azurecr.io rejected token exchange: ACR token exchange endpoint returned error status: <status>. body: <body>",
      "exec /canipull: exec format error",
    ],
    confirm: [
      {
        text: "Read the pod's events.",
        commands: [
          { client: "kubernetes", run: "kubectl describe pod <pod-name> -n <namespace>" },
          { client: "kubernetes", run: "kubectl get events -n <namespace> --field-selector reason=Failed" },
        ],
        bad: "failed to fetch oauth token (or anonymous token): unexpected status: 401 Unauthorized",
      },
      {
        text: "Run the cluster-side check (it runs on an AMD64 node; add --node-name to pick one).",
        commands: [{ client: "az", run: "az aks check-acr --resource-group <resource-group> --name <cluster> --acr {loginServer}" }],
        good: '"Validating image pull permission: SUCCEEDED" and "Your cluster can pull images from <acr-name>.azurecr.io!" (the token exchange works; repository rights are not tested)',
        bad: '"Validating image pull permission: FAILED", or "rejected token exchange … error status: 401/403"',
      },
      {
        text: "Find the identity the nodes use and list its roles on the registry.",
        commands: [
          { client: "az", run: "az aks show --resource-group <resource-group> --name <cluster> --query identityProfile.kubeletidentity" },
          {
            client: "az",
            run: "az aks show --resource-group <resource-group> --name <cluster> --query servicePrincipalProfile.clientId -o tsv",
            note: "clusters using a service principal",
          },
          { client: "az", run: `az role assignment list --assignee <kubelet-object-id> --scope ${ACR_ID} --include-inherited -o table` },
          { client: "az", run: "az acr show --name {registryName} --query roleAssignmentMode -o tsv" },
        ],
        good: "AcrPull for the kubelet identity (LegacyRegistryPermissions), or Container Registry Repository Reader (AbacRepositoryPermissions)",
        bad: "No assignment, an assignment for an old service principal, or AcrPull on an ABAC-mode registry",
      },
      {
        text: "Check that the kubelet identity is still on the node scale sets, and, for service principal clusters, that its secret has not expired.",
        commands: [
          { client: "az", run: "az vmss identity show --resource-group <node-resource-group> --name <vmss-name>" },
          { client: "az", run: 'az ad app credential list --id "$SP_ID" --query "[].endDateTime" -o tsv' },
        ],
      },
    ],
    fixes: [
      {
        title: "Attach the registry to the cluster",
        when: "RBAC-only registry in the same tenant",
        steps: [
          {
            text: 'Attach the registry (name, or resource ID if it is in another subscription). This needs Owner or Role Based Access Control Administrator on the registry; otherwise it ends with "Could not create a role assignment for ACR".',
            commands: [
              { client: "az", run: "az aks update --name <cluster> --resource-group <resource-group> --attach-acr {registryName}" },
            ],
          },
        ],
      },
      {
        title: "Assign Container Registry Repository Reader by hand",
        when: "The registry is in ABAC mode",
        steps: [
          {
            text: "Give the kubelet identity the ABAC-enabled pull role (optionally with a repository condition).",
            commands: [
              {
                client: "az",
                run: `KUBELET_ID=$(az aks show --resource-group <resource-group> --name <cluster> --query identityProfile.kubeletidentity.objectId -o tsv); az role assignment create --role "Container Registry Repository Reader" --assignee-object-id "$KUBELET_ID" --assignee-principal-type ServicePrincipal --scope ${ACR_ID}`,
              },
            ],
          },
        ],
      },
      {
        title: "Repair the cluster's identity",
        when: "The kubelet identity was removed from the scale sets, or the cluster's service principal secret expired",
        steps: [
          {
            text: "A plain update reconciles the kubelet identity on the scale sets; a service principal cluster gets new credentials with update-credentials.",
            commands: [
              { client: "az", run: "az aks update --resource-group <resource-group> --name <cluster>" },
              {
                client: "az",
                run: 'az aks update-credentials --resource-group <resource-group> --name <cluster> --reset-service-principal --service-principal "$SP_ID" --client-secret "$SP_PASSWORD"',
              },
            ],
          },
        ],
      },
      {
        title: "Use a pull secret instead",
        when: "The registry is in another Entra tenant, or you cannot create role assignments",
        steps: [
          {
            text: "Create a docker-registry secret with a service principal (or token) of the registry's tenant, and reference it from the pod spec or the namespace's service account.",
            commands: [
              {
                client: "kubernetes",
                run: 'kubectl create secret docker-registry acr-pull -n <namespace> --docker-server={loginServer} --docker-username="$SP_ID" --docker-password="$SP_PASSWORD"',
              },
              {
                client: "kubernetes",
                run: 'kubectl patch serviceaccount default -n <namespace> -p \'{"imagePullSecrets": [{"name": "acr-pull"}]}\'',
              },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Restart the workload and watch the pods; run the check again.",
        commands: [
          {
            client: "kubernetes",
            run: "kubectl rollout restart deployment/<deployment> -n <namespace> && kubectl get pods -n <namespace> -w",
          },
          { client: "az", run: "az aks check-acr --resource-group <resource-group> --name <cluster> --acr {loginServer}" },
        ],
        good: 'Pods reach Running; "Your cluster can pull images from <acr-name>.azurecr.io!"',
      },
    ],
    related: [
      "abac-repository-permissions",
      "acr-role-missing",
      "image-pull-secret-missing",
      "credentials-expired",
      "azure-service-registry-settings",
      "private-dns-zone-not-linked",
      "platform-not-available",
    ],
    tellApart: [
      {
        cause: "repository-not-found",
        how: "Kubelet tries an anonymous token first, so a wrong image name also shows 401. Check the name with az acr repository show-tags before changing roles.",
      },
      {
        cause: "platform-not-available",
        how: '"no match for platform in manifest" next to the 401 means the image lacks the node\'s architecture, not a permission problem.',
      },
      {
        cause: "private-dns-zone-not-linked",
        how: "403 Forbidden on the anonymous token (not 401) from a cluster in another VNet points to private DNS or the registry firewall.",
      },
      {
        cause: "abac-repository-permissions",
        how: "check-acr can succeed while pulls fail with 401 in ABAC mode: check roleAssignmentMode and the kubelet identity's role.",
      },
    ],
    cannotSee: ["Your cluster's kubelet identity and its role assignments; check-acr must run inside the cluster"],
    sources: [
      { seed: "acr-login-troubleshoot", section: "Further diagnosis" },
      { seed: "acr-network-troubleshoot", section: "Further diagnosis" },
      { seed: "acr-authentication-options", section: "Authentication options" },
      { title: "Troubleshoot AKS image pull errors from ACR", url: AKS_PULL_TS },
      { title: "Azure/aks-canipull", url: "https://github.com/Azure/aks-canipull" },
    ],
  },
];
