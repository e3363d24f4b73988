// The wizard's decision tree: what a person sees → which tool → what the error says → narrowing
// questions → a diagnosis (a cause id from lib/catalogue/ids.ts, with look-alike causes and how to
// tell them apart). Data a support engineer can review; the tests in tree.test.ts keep it honest.
//
// Seeds are cited by file number in ../shared/seeds/: 000 ACR authentication errors (Russian),
// 001 troubleshoot registry login (Chinese), 002 troubleshoot network issues (Portuguese),
// 003 ACR authentication options (Chinese), 004 registry.redhat.io authentication (Japanese);
// "notes" is ../shared/seed-notes.md, "research" ../shared/research/registry-probing.md.
//
// Rules kept here: every question a person may not know the answer to says where to look; node ids
// are stable (links carry them); commands use only {loginServer} {registryName} {azureCloud}
// {cloudSuffix} {dataEndpoint} {repository} {tag} {image}, and $VARS for anything else.
import type { InstructionInput } from "@/lib/catalogue/schema";
import { TreeSchema, type Tree, type TreeNodeInput } from "./schema";

// ---- instructions several questions share ------------------------------------------------------

const NSLOOKUP: InstructionInput = {
  text: "On the machine that fails (an AKS node, a build agent, a VM — not your laptop unless that is the one), look up the registry's name.",
  commands: [
    { client: "shell", run: "nslookup {loginServer}" },
    { client: "powershell", run: "Resolve-DnsName {loginServer}" },
    {
      client: "kubernetes",
      run: "kubectl run dnscheck -it --rm --restart=Never --image=busybox:1.36 -- nslookup {loginServer}",
      note: "runs the look-up from inside the cluster",
    },
  ],
  good: "Over the internet: a public address. Inside a network with a private endpoint: a private address (10.x, 172.16–31.x, 192.168.x), reached through a name containing 'privatelink'.",
  bad: "'NXDOMAIN' / 'Non-existent domain', 'SERVFAIL', a time-out, or a public address where a private one is expected.",
};

const NETWORKING_BLADE: InstructionInput = {
  text: "Look at the registry's own network settings.",
  where: "Azure portal → your registry → Settings → Networking (tabs 'Public access' and 'Private access')",
  commands: [
    {
      client: "az",
      run: 'az acr show --name {registryName} --query "{publicNetworkAccess:publicNetworkAccess, defaultAction:networkRuleSet.defaultAction, ipRules:networkRuleSet.ipRules}"',
    },
    { client: "az", run: "az acr private-endpoint-connection list --registry-name {registryName} -o table" },
  ],
  good: "publicNetworkAccess 'Enabled' with defaultAction 'Allow' = open to all networks.",
  bad: "defaultAction 'Deny' = selected networks only; publicNetworkAccess 'Disabled' = private endpoints only.",
};

const PERMISSION_MODE: InstructionInput = {
  text: "Read the registry's role assignment permissions mode.",
  where: "Azure portal → your registry → Settings → Properties → 'Registry role assignment permissions mode'",
  commands: [
    {
      client: "az",
      run: "az acr show --name {registryName} --query roleAssignmentMode -o tsv",
      note: "LegacyRegistryPermissions = 'RBAC Registry Permissions'; AbacRepositoryPermissions = 'RBAC Registry + ABAC Repository Permissions'",
    },
  ],
};

const ROLE_ASSIGNMENTS: InstructionInput = {
  text: "List the roles the identity holds on the registry (ASSIGNEE_ID = the user's e-mail, or the app/client ID of a service principal or managed identity).",
  where: "Azure portal → your registry → Access control (IAM) → Role assignments",
  commands: [
    {
      client: "az",
      run: "az role assignment list --assignee $ASSIGNEE_ID --scope $(az acr show --name {registryName} --query id -o tsv) --include-inherited -o table",
    },
  ],
  good: "AcrPull (pull), AcrPush (pull and push) — or, in ABAC mode, Container Registry Repository Reader / Writer / Contributor.",
};

const CURL_V2: InstructionInput = {
  text: "Ask the registry directly from the failing machine. -v shows each step: name look-up, proxy, TLS, then the HTTP answer.",
  commands: [
    { client: "curl", run: "curl -v https://{loginServer}/v2/" },
    { client: "powershell", run: "curl.exe -v https://{loginServer}/v2/" },
  ],
  good: "'HTTP/1.1 401 Unauthorized' (or 200) with a 'www-authenticate' header: the registry answered, so the network path works for curl.",
};

const PROXY_SETTINGS: InstructionInput = {
  text: "See whether a proxy is set for your shell and for the tool that pulls. Docker pulls through its daemon, which does not read your shell's HTTPS_PROXY.",
  where:
    "Docker Desktop → Settings → Resources → Proxies; Linux: /etc/systemd/system/docker.service.d/http-proxy.conf; Podman: /etc/containers/containers.conf or the environment",
  commands: [
    { client: "shell", run: "env | grep -i _proxy" },
    { client: "docker", run: "docker info --format 'HTTP={{.HTTPProxy}} HTTPS={{.HTTPSProxy}} NO_PROXY={{.NoProxy}}'" },
    { client: "containerd", run: "systemctl show --property=Environment containerd" },
  ],
};

const OPENSSL: InstructionInput = {
  text: "Look at the certificate this machine is given for the registry (use the registry's own port instead of 443 if it has one).",
  commands: [
    { client: "shell", run: "openssl s_client -connect {loginServer}:443 -servername {loginServer} -showcerts </dev/null" },
    { client: "curl", run: "curl -v https://{loginServer}/v2/" },
  ],
};

const K8S_EVENTS: InstructionInput = {
  text: "Read the pod's events: the text after 'Failed to pull image \"…\":' is the real error (ErrImagePull and ImagePullBackOff are only wrappers).",
  commands: [
    { client: "kubernetes", run: "kubectl describe pod $POD -n $NAMESPACE" },
    { client: "kubernetes", run: "kubectl get events -n $NAMESPACE --field-selector reason=Failed" },
    { client: "openshift", run: "oc describe pod $POD -n $NAMESPACE" },
  ],
};

const STORED_LOGINS: InstructionInput = {
  text: "See which registry names this machine has stored logins for; the key must match the image's registry host exactly (case, port, no https://).",
  where: 'Docker: ~/.docker/config.json → "auths" (root\'s file when you use sudo); Podman: ${XDG_RUNTIME_DIR}/containers/auth.json',
  commands: [
    { client: "shell", run: "jq '.auths | keys' ~/.docker/config.json", note: "prints only the registry names, not the secrets" },
    { client: "podman", run: "podman login --get-login {loginServer}" },
  ],
};

const AZ_LOGIN_FIRST_ERROR: InstructionInput = {
  text: "Run the login again and read the output from the top: az acr login tries Microsoft Entra ID first, then the admin user, then a prompt, and prints a failure for each. The first failure is the cause.",
  commands: [
    { client: "az", run: "az acr login --name {registryName}" },
    { client: "az", run: "az acr login --name {registryName} --debug", note: "shows every request and its response code" },
  ],
};

// ---- the nodes -------------------------------------------------------------------------------

const nodes: TreeNodeInput[] = [
  // ============================================================================================
  // Entry: what the person is doing when it fails.
  // ============================================================================================
  {
    kind: "question",
    id: "q-start",
    question: "What are you trying to do when it fails?",
    help: "Pick the first step that fails. If you only have an error message, pick the last answer.",
    answers: [
      { id: "az-acr-login", label: "az acr login fails", next: "q-azlogin-error", client: "az" },
      { id: "login", label: "docker login, podman login or helm registry login fails", next: "q-login-tool" },
      {
        id: "pull",
        label: "Pulling or pushing an image fails",
        hint: "docker pull/push, podman pull, crictl pull, …",
        next: "q-pull-tool",
      },
      {
        id: "kubernetes",
        label: "Kubernetes, AKS or OpenShift pods cannot pull their image",
        hint: "Pod status ErrImagePull or ImagePullBackOff",
        next: "q-k8s-platform",
        client: "kubernetes",
      },
      {
        id: "azure-service",
        label: "An Azure service cannot reach the registry",
        hint: "App Service, Container Instances, ACR Tasks, Defender for Cloud, Azure DevOps",
        next: "q-azure-service",
      },
      {
        id: "manage",
        label: "I cannot see or manage the registry in the Azure portal or with az",
        next: "q-manage",
        client: "az",
      },
      { id: "check-health", label: "az acr check-health reports errors", next: "q-checkhealth", client: "az" },
      {
        id: "redhat",
        label: "Anything with registry.redhat.io",
        hint: "podman/docker login, pulls, an OpenShift pull secret for Red Hat images",
        next: "q-redhat-what",
      },
      { id: "not-sure", label: "Not sure — I have an error message", next: "q-error-family" },
    ],
  },

  // "Paste your error" by hand: recognisable text → the branch that handles it.
  {
    kind: "question",
    id: "q-error-family",
    question: "Which of these does your error message contain?",
    help: "Match on the words, not the whole line: registries and tools wrap the same error in different text.",
    whereToLook: [
      {
        text: "Copy the last error line the tool prints. Docker prefixes it with 'Error response from daemon:'; Kubernetes shows it in the pod's events.",
        commands: [{ client: "kubernetes", run: "kubectl describe pod $POD -n $NAMESPACE" }],
      },
    ],
    answers: [
      {
        id: "unauthorized",
        label: "unauthorized / authentication required / incorrect username or password",
        hint: "also 'no basic auth credentials' or '401 Unauthorized'",
        next: "q-login-registry",
      },
      {
        id: "denied",
        label: "denied / requested access to the resource is denied / 403 Forbidden",
        hint: "also 'pull access denied' and 'insufficient_scope'",
        next: "q-pull-denied",
      },
      { id: "ip-not-allowed", label: "client with IP '…' is not allowed access", next: "q-firewall-where" },
      {
        id: "not-found",
        label: "manifest unknown / not found / name unknown / no matching manifest",
        next: "q-pull-notfound",
      },
      { id: "rate", label: "toomanyrequests / 429 Too Many Requests", next: "d-rate-limited" },
      {
        id: "network",
        label: "no such host / timeout / connection refused / EOF / proxyconnect",
        hint: "e.g. 'Client.Timeout exceeded while awaiting headers', 'dial tcp … i/o timeout'",
        next: "q-net-error",
      },
      { id: "tls", label: "x509: … / tls: … (a certificate error)", next: "q-tls-error" },
      {
        id: "docker-command",
        label: "DOCKER_COMMAND_ERROR / Cannot connect to the Docker daemon",
        next: "q-docker-missing",
        client: "docker",
      },
      {
        id: "az-code",
        label: "Another az acr code: CONNECTIVITY_…_ERROR, LOGIN_SERVER_ERROR, …",
        next: "q-checkhealth",
        client: "az",
      },
      {
        id: "redhat",
        label: "Please login to the Red Hat Registry using your Customer Portal credentials",
        next: "q-redhat-cred-type",
      },
      { id: "server", label: "500 / 502 / 503, UNAVAILABLE, or an HTML page", next: "q-server-response" },
      { id: "none", label: "None of these / I have no error text", next: "q-curl-v2" },
    ],
  },

  // ============================================================================================
  // az acr login (seed 000 errors 1–5, 001, 003; notes: the first failure is the cause).
  // ============================================================================================
  {
    kind: "question",
    id: "q-azlogin-error",
    question: "Which error does az acr login print first?",
    help: "Later lines such as 'Unable to get admin user credentials' are az trying its fallbacks; the first failure is the one to fix.",
    whereToLook: [AZ_LOGIN_FIRST_ERROR],
    answers: [
      {
        id: "docker-command",
        label: "DOCKER_COMMAND_ERROR",
        hint: "Please verify if Docker client is installed and running.",
        next: "q-docker-missing",
      },
      {
        id: "cloud-shell",
        label: "…requires running the docker daemon, which is not supported in Azure Cloud Shell",
        next: "d-cloud-shell-no-daemon",
      },
      {
        id: "refresh-token",
        label: "CONNECTIVITY_REFRESH_TOKEN_ERROR … Response code: …",
        hint: "Unable to get AAD authorization tokens … Access to registry '…' was denied",
        next: "q-refresh-code",
      },
      {
        id: "resource-not-found",
        label: "The resource with name '…' … could not be found in subscription",
        hint: "Pick this only if no CONNECTIVITY_REFRESH_TOKEN_ERROR line comes before it",
        next: "q-resource-not-found",
      },
      {
        id: "admin-disabled",
        label: "Unable to get admin user credentials … Admin user is disabled",
        hint: "Pick this only if nothing comes before it; otherwise pick the earlier error",
        next: "d-aad-token-refresh-failed-fallback",
      },
      {
        id: "app-not-registered",
        label: "unauthorized: Application not registered with AAD",
        next: "d-aad-application-not-registered",
      },
      {
        id: "signin-expired",
        label: "Please run 'az login' / AADSTS… / the refresh token has expired",
        next: "d-credentials-expired-az",
      },
      {
        id: "could-not-connect",
        label: "Could not connect to the registry login server",
        next: "q-curl-v2",
      },
      {
        id: "unknown-argument",
        label: "unrecognized arguments (e.g. --expose-token) / 'acr' is not an az command",
        next: "d-azure-cli-too-old",
      },
      { id: "other", label: "Something else, or I'm not sure", hint: "We'll start from az acr check-health", next: "q-checkhealth" },
    ],
  },
  {
    // Seed 000 error 1 and 2, seed 003 (podman on RHEL 8/9); notes: DOCKER_COMMAND_ERROR has three fixes.
    kind: "question",
    id: "q-docker-missing",
    question: "Where do you run az acr login when Docker cannot be found?",
    help: "az acr login hands the token to the docker command, so it needs Docker's client and daemon — unless you ask for the token instead (--expose-token) or point it at podman.",
    whereToLook: [
      {
        text: "Cloud Shell shows a prompt like 'you@Azure:~$' in the portal's shell window. On Linux, /etc/os-release names the distribution.",
        commands: [{ client: "shell", run: "cat /etc/os-release; command -v docker podman" }],
      },
    ],
    answers: [
      { id: "cloud-shell", label: "Azure Cloud Shell", next: "d-cloud-shell-no-daemon" },
      {
        id: "podman-host",
        label: "RHEL 8/9 or another machine that has Podman instead of Docker",
        next: "q-az-version",
        client: "podman",
      },
      {
        id: "no-daemon",
        label: "A build container or pipeline step that has no Docker daemon",
        next: "d-docker-daemon-not-running-nodaemon",
      },
      {
        id: "docker-host",
        label: "My own machine or a VM that has (or should have) Docker",
        next: "q-docker-version",
        client: "docker",
      },
      { id: "not-sure", label: "Not sure", next: "q-docker-version" },
    ],
  },
  {
    // Seed 001: Docker client 18.03 or later.
    kind: "question",
    id: "q-docker-version",
    question: "What does docker version print on that machine?",
    help: "It shows a Client section, and a Server section only when the daemon is running and you may use it.",
    whereToLook: [
      {
        text: "Run it in the same shell, as the same user, where az acr login fails.",
        commands: [
          { client: "docker", run: "docker version" },
          { client: "shell", run: "systemctl status docker" },
        ],
        good: "Both 'Client:' and 'Server:' sections, each with Version 18.03 or later.",
      },
    ],
    answers: [
      {
        id: "not-found",
        label: "docker: command not found / 'docker' is not recognized",
        next: "d-docker-daemon-not-running-missing",
      },
      {
        id: "no-server",
        label: "Client only, then 'Cannot connect to the Docker daemon' / 'error during connect'",
        next: "d-docker-daemon-not-running",
      },
      {
        id: "permission",
        label: "permission denied while trying to connect to the Docker daemon socket",
        next: "d-docker-daemon-not-running",
      },
      { id: "old", label: "Both sections, but a version older than 18.03", next: "d-docker-client-too-old" },
      { id: "fine", label: "Both sections, recent versions", next: "d-docker-daemon-not-running-env" },
    ],
  },
  {
    // Seed 003: DOCKER_COMMAND=podman needs Azure CLI 2.59.0 or later.
    kind: "question",
    id: "q-az-version",
    question: "Which Azure CLI version is installed?",
    help: "Telling az acr login to use podman (DOCKER_COMMAND=podman) works from Azure CLI 2.59.0.",
    whereToLook: [{ text: "Print the installed version.", commands: [{ client: "az", run: "az version --query '\"azure-cli\"' -o tsv" }] }],
    answers: [
      { id: "new", label: "2.59.0 or later", next: "d-podman-needs-docker-command" },
      { id: "old", label: "Older than 2.59.0", next: "d-azure-cli-too-old" },
      { id: "not-sure", label: "Not sure", next: "d-podman-needs-docker-command" },
    ],
  },
  {
    // Seed 000 errors 4 (401) and 5 (403); notes: the response code decides.
    kind: "question",
    id: "q-refresh-code",
    question: "What response code is on the CONNECTIVITY_REFRESH_TOKEN_ERROR line?",
    help: "401: your identity is not allowed, or az is looking in the wrong subscription. 403: the registry's firewall turned this machine away.",
    whereToLook: [
      {
        text: "The code is at the end of the line \"Access to registry '…' was denied. Response code: …\".",
        commands: [{ client: "az", run: "az acr login --name {registryName}" }],
      },
    ],
    answers: [
      { id: "401", label: "401", next: "q-refresh-401" },
      { id: "403", label: "403", hint: "often followed by \"client with IP '…' is not allowed access\"", next: "q-firewall-where" },
      { id: "other", label: "Another code, or none", next: "q-curl-v2" },
    ],
  },
  {
    kind: "question",
    id: "q-refresh-401",
    question: "What happens after you sign in again and select the registry's subscription?",
    help: "A 401 comes from a stale sign-in, from the wrong subscription (az cannot find the registry), or from an identity without a role on the registry.",
    whereToLook: [
      {
        text: "Sign in again, select the subscription the registry is in, check az can see the registry, and retry.",
        commands: [
          { client: "az", run: "az login" },
          { client: "az", run: "az account set --subscription $SUBSCRIPTION_ID" },
          { client: "az", run: "az acr show --name {registryName} --query loginServer -o tsv" },
          { client: "az", run: "az acr login --name {registryName}" },
        ],
      },
    ],
    answers: [
      { id: "works", label: "It works now", next: "d-aad-token-refresh-failed" },
      {
        id: "not-found",
        label: "Still 401, and az acr show cannot find the registry",
        hint: "ResourceNotFound / could not be found in subscription",
        next: "q-resource-not-found",
      },
      { id: "found", label: "Still 401, and az acr show prints the login server", next: "q-permission-mode" },
      { id: "cannot-try", label: "I can't try this now", next: "d-aad-token-refresh-failed" },
    ],
  },
  {
    // Seed 000 error 4 (second line), 001 "registry does not exist or the name is wrong", 003 (clouds).
    kind: "question",
    id: "q-resource-not-found",
    question: "Why might az not find the registry?",
    help: "az looks for the registry by its resource name in the subscription currently selected, in the cloud currently selected.",
    whereToLook: [
      {
        text: "Compare the selected cloud and subscription with where the registry lives.",
        where: "Azure portal → your registry → Overview ('Subscription', 'Login server')",
        commands: [
          { client: "az", run: "az cloud show --query name -o tsv" },
          { client: "az", run: 'az account show --query "{name:name, id:id}"' },
          { client: "az", run: 'az acr list --query "[].{name:name, loginServer:loginServer, resourceGroup:resourceGroup}" -o table' },
        ],
      },
    ],
    answers: [
      { id: "other-subscription", label: "It is in another subscription than the one selected", next: "d-registry-resource-not-found" },
      {
        id: "name-form",
        label: "I passed the login server or a misspelt name to --name",
        hint: "--name takes 'myregistry', not 'myregistry.azurecr.io'",
        next: "d-registry-name-wrong-form",
      },
      {
        id: "other-cloud",
        label: "It is in Azure China or Azure Government; az uses another cloud",
        next: "d-azure-cloud-mismatch",
      },
      { id: "no-access", label: "Right subscription, but I may have no role on the registry", next: "d-arm-role-missing" },
      { id: "not-sure", label: "Not sure", next: "d-registry-resource-not-found" },
    ],
  },
  {
    // Seed 001 "verify identity permissions and role assignments" (RBAC vs RBAC+ABAC); seed 000 error 3/4.
    kind: "question",
    id: "q-permission-mode",
    question: "What is the registry's role assignment permissions mode?",
    help: "In 'RBAC Registry + ABAC Repository Permissions' mode, AcrPull, AcrPush and AcrDelete no longer count; Container Registry Repository Reader/Writer/Contributor do.",
    whereToLook: [PERMISSION_MODE, ROLE_ASSIGNMENTS],
    answers: [
      { id: "rbac", label: "RBAC Registry Permissions", next: "d-acr-role-missing" },
      {
        id: "abac-pull",
        label: "RBAC Registry + ABAC Repository Permissions, and pull or push fails",
        next: "d-abac-repository-permissions",
      },
      {
        id: "abac-list",
        label: "RBAC Registry + ABAC Repository Permissions, and only listing repositories fails",
        next: "d-abac-catalog-lister-missing",
      },
      { id: "not-acr", label: "It is not an Azure registry", hint: "GHCR, Docker Hub, Quay, Harbor, ECR, …", next: "d-access-denied" },
      { id: "not-sure", label: "Not sure", next: "d-acr-role-missing" },
    ],
  },

  // ============================================================================================
  // az acr check-health (seed 000 first step; notes: HELM/NOTARY errors are harmless).
  // ============================================================================================
  {
    kind: "question",
    id: "q-checkhealth",
    question: "Which error does az acr check-health report?",
    help: "check-health checks this machine's tools, DNS, the registry's front door and an Entra ID token for your az login. Errors about Helm or Notary do not affect the registry.",
    whereToLook: [
      {
        text: "Run it on the machine that fails; each problem is a line 'An error occurred: <CODE>'.",
        commands: [{ client: "az", run: "az acr check-health --name {registryName} --ignore-errors --yes" }],
      },
    ],
    answers: [
      {
        id: "helm-notary",
        label: "Only HELM_… or NOTARY_… errors",
        hint: "HELM_COMMAND_ERROR, HELM_VERSION_ERROR, NOTARY_COMMAND_ERROR, NOTARY_VERSION_ERROR",
        next: "d-check-health-helm-notary-noise",
      },
      {
        id: "docker",
        label: "DOCKER_COMMAND_ERROR or DOCKER_DAEMON_ERROR",
        next: "q-docker-missing",
      },
      { id: "docker-version", label: "DOCKER_VERSION_ERROR, or Docker older than 18.03", next: "d-docker-client-too-old" },
      {
        id: "docker-pull",
        label: "DOCKER_PULL_ERROR",
        hint: "the sample pull from mcr.microsoft.com failed: this machine's outbound path",
        next: "q-timeout-proxy",
      },
      { id: "login-server", label: "LOGIN_SERVER_ERROR", next: "q-resource-not-found" },
      { id: "dns", label: "CONNECTIVITY_DNS_ERROR", next: "q-dns-error" },
      { id: "forbidden", label: "CONNECTIVITY_FORBIDDEN_ERROR", next: "q-firewall-where" },
      { id: "ssl", label: "CONNECTIVITY_SSL_ERROR", hint: "Are you using a proxy server?", next: "q-tls-error" },
      { id: "refresh", label: "CONNECTIVITY_REFRESH_TOKEN_ERROR", next: "q-refresh-code" },
      { id: "access-token", label: "CONNECTIVITY_ACCESS_TOKEN_ERROR", next: "q-permission-mode" },
      {
        id: "challenge",
        label: "CONNECTIVITY_CHALLENGE_ERROR or CONNECTIVITY_AAD_LOGIN_ERROR",
        hint: "the registry's front door did not answer as a registry should",
        next: "q-curl-v2",
      },
      { id: "all-ok", label: "Everything is OK, yet the login or pull still fails", next: "q-health-ok" },
    ],
  },
  {
    // Research §1.4: check-health never tests a pull, a data endpoint, the client's own credentials or the daemon's proxy.
    kind: "question",
    id: "q-health-ok",
    question: "check-health passes here. What still fails?",
    help: "check-health uses your az login identity from this machine, and never downloads an image layer or uses Docker's own proxy settings.",
    answers: [
      {
        id: "unauthorized",
        label: "docker/podman pull says unauthorized or denied",
        next: "q-pull-login-state",
      },
      {
        id: "layers",
        label: "Pull starts, then fails while downloading layers",
        hint: "names *.data.azurecr.io or *.blob.core.windows.net",
        next: "q-blob-host",
      },
      { id: "timeout", label: "docker pull or login times out", next: "d-docker-proxy-not-configured" },
      { id: "aks", label: "Only AKS nodes fail", next: "q-aks-identity", client: "kubernetes" },
      { id: "azure-service", label: "Only an Azure service fails (App Service, ACI, ACR Tasks, …)", next: "q-service-network" },
    ],
  },

  // ============================================================================================
  // docker login / podman login (seeds 000 error 3, 001, 003).
  // ============================================================================================
  {
    kind: "question",
    id: "q-login-tool",
    question: "Which tool do you log in with?",
    help: "The tools keep logins and proxy settings in different places, so the fixes differ.",
    answers: [
      { id: "docker", label: "docker (Docker Desktop or Docker Engine)", next: "q-login-error", client: "docker" },
      { id: "podman", label: "podman, buildah or skopeo", next: "q-login-error", client: "podman" },
      { id: "other", label: "helm registry login, oras or another tool", next: "q-login-error" },
    ],
  },
  {
    kind: "question",
    id: "q-login-error",
    question: "What does the login error say?",
    whereToLook: [
      {
        text: "Run the login again and copy the error line.",
        commands: [
          { client: "docker", run: "docker login {loginServer}" },
          { client: "podman", run: "podman login --log-level=debug {loginServer}" },
        ],
      },
    ],
    answers: [
      {
        id: "unauthorized",
        label: "unauthorized / incorrect username or password",
        hint: "unauthorized: authentication required, visit https://aka.ms/acr/authorization …",
        next: "q-login-registry",
      },
      {
        id: "ip-not-allowed",
        label: "denied: client with IP '…' is not allowed access",
        next: "q-firewall-where",
      },
      {
        id: "forbidden",
        label: "login attempt … failed with status: 403 Forbidden",
        hint: "no IP address named in the message",
        next: "q-403-source",
      },
      {
        id: "app-not-registered",
        label: "unauthorized: Application not registered with AAD",
        next: "d-aad-application-not-registered",
      },
      {
        id: "network",
        label: "no such host / timeout / connection refused / EOF / proxyconnect",
        hint: "e.g. 'Client.Timeout exceeded while awaiting headers'",
        next: "q-net-error",
      },
      { id: "tls", label: "x509: … or another certificate / TLS error", next: "q-tls-error" },
      { id: "daemon", label: "Cannot connect to the Docker daemon", next: "d-docker-daemon-not-running", client: "docker" },
      { id: "server", label: "500 / 502 / 503, or an HTML page", next: "q-server-response" },
      { id: "other", label: "Something else, or I'm not sure", next: "q-curl-v2" },
    ],
  },
  {
    kind: "question",
    id: "q-login-registry",
    question: "Which registry are you logging in to?",
    help: "Each registry has its own rules for usernames and passwords.",
    whereToLook: [
      { text: "It is the host name at the start of the image name, e.g. myregistry.azurecr.io/team/app. No host name means Docker Hub." },
    ],
    answers: [
      { id: "acr", label: "Azure Container Registry", hint: "*.azurecr.io, *.azurecr.cn, *.azurecr.us", next: "q-acr-method" },
      { id: "redhat", label: "registry.redhat.io", next: "q-redhat-cred-type" },
      { id: "other", label: "Docker Hub, GHCR, Quay, ECR, Harbor or another registry", next: "q-other-login" },
    ],
  },
  {
    // Seed 003 (authentication options), 001 (verify credentials), 000 error 3.
    kind: "question",
    id: "q-acr-method",
    question: "Which credentials do you log in to the Azure registry with?",
    help: "Each way in has its own username: the admin user is the registry's name, a service principal its application ID, a token from --expose-token 00000000-0000-0000-0000-000000000000, a scoped token its own name.",
    whereToLook: [
      {
        text: "Look at the username you pass: the registry's name = admin user; a GUID = service principal (or the all-zero GUID for an --expose-token token); a name you created under Tokens = repository-scoped token.",
        where: "Azure portal → your registry → Settings → Access keys (admin user); Repository permissions → Tokens (scoped tokens)",
      },
    ],
    answers: [
      { id: "admin", label: "The admin user", hint: "username = the registry's name, password from Access keys", next: "q-admin-state" },
      { id: "service-principal", label: "A service principal", hint: "username = a GUID, password = a client secret", next: "q-sp-check" },
      {
        id: "expose-token",
        label: "A token from az acr login --expose-token",
        next: "q-expose-token-user",
      },
      {
        id: "scoped-token",
        label: "A repository-scoped token",
        hint: "created under Repository permissions → Tokens",
        next: "q-scoped-token",
      },
      {
        id: "own-account",
        label: "My Azure account's e-mail and password, or a managed identity",
        next: "d-username-convention-mismatch",
      },
      { id: "not-sure", label: "Not sure — someone gave me a username and password", next: "d-credentials-invalid-acr" },
    ],
  },
  {
    // Seed 003 (admin user: off by default, two passwords, 60 s to replicate), seed 000 error 3.
    kind: "question",
    id: "q-admin-state",
    question: "What does the Access keys blade show for the admin user?",
    whereToLook: [
      {
        text: "Check the admin user is on and compare your password with the two shown.",
        where: "Azure portal → your registry → Settings → Access keys → 'Admin user'",
        commands: [
          { client: "az", run: "az acr show --name {registryName} --query adminUserEnabled" },
          { client: "az", run: "az acr credential show --name {registryName}" },
        ],
      },
    ],
    answers: [
      { id: "disabled", label: "Admin user is off", hint: "adminUserEnabled: false", next: "d-admin-user-disabled" },
      { id: "no-match", label: "On, but my password matches neither password shown", next: "d-admin-password-regenerated" },
      {
        id: "match",
        label: "On, my password matches one of them",
        next: "d-username-convention-mismatch-admin",
      },
      { id: "not-sure", label: "Not sure / I can't see the blade", next: "d-admin-password-regenerated" },
    ],
  },
  {
    // Seed 000 error 3 (secret shown once, expiry), 001 (username = application/client ID), notes.
    kind: "question",
    id: "q-sp-check",
    question: "Which fits the service principal you log in with?",
    help: "The username is the application (client) ID — not the object ID — and the password is a client secret's Value, which expires (one year by default).",
    whereToLook: [
      {
        text: "Compare your username with the IDs, and see when each secret expires (SP_ID = the application ID).",
        where: "Azure portal → Microsoft Entra ID → App registrations → your app → Overview, and Certificates & secrets → 'Expires'",
        commands: [
          { client: "az", run: 'az ad sp show --id $SP_ID --query "{appId:appId, objectId:id, name:displayName}"' },
          { client: "az", run: 'az ad app credential list --id "$SP_ID" --query "[].endDateTime" -o tsv' },
        ],
      },
    ],
    answers: [
      {
        id: "wrong-id",
        label: "The username is the object ID or the app's name",
        next: "d-service-principal-wrong-id",
      },
      { id: "expired", label: "The secret has expired", next: "d-credentials-expired-sp" },
      {
        id: "secret-doubt",
        label: "Not sure the password is the secret's Value (not its Secret ID)",
        next: "d-credentials-invalid-sp",
      },
      {
        id: "all-right",
        label: "Application ID and a valid secret",
        next: "q-permission-mode",
      },
      { id: "not-sure", label: "Not sure", next: "d-service-principal-wrong-id" },
    ],
  },
  {
    // Seed 003 (--expose-token, all-zero username, 3-hour token), seed 001.
    kind: "question",
    id: "q-expose-token-user",
    question: "Which username do you pass with the --expose-token token?",
    help: "The token goes with the username 00000000-0000-0000-0000-000000000000 and lasts three hours.",
    whereToLook: [
      {
        text: "This is the documented form; compare it with your command or pipeline step.",
        commands: [
          { client: "az", run: "TOKEN=$(az acr login --name {registryName} --expose-token --output tsv --query accessToken)" },
          {
            client: "docker",
            run: "docker login {loginServer} --username 00000000-0000-0000-0000-000000000000 --password-stdin <<< $TOKEN",
          },
        ],
      },
    ],
    answers: [
      {
        id: "zero-old",
        label: "00000000-0000-0000-0000-000000000000, token fetched over 3 hours ago",
        next: "d-credentials-expired-token",
      },
      {
        id: "zero-fresh",
        label: "00000000-0000-0000-0000-000000000000, token fetched just now",
        next: "q-permission-mode",
      },
      {
        id: "other",
        label: "Something else (my e-mail, the registry name, an app ID)",
        next: "d-expose-token-wrong-username",
      },
    ],
  },
  {
    // Seed 000 error 3 (token password shown once, expiry date), 001 (non-Entra token permissions).
    kind: "question",
    id: "q-scoped-token",
    question: "What does the token's page show?",
    help: "A repository-scoped token logs in with its own name and one of its two passwords, and may only touch the repositories its scope map lists.",
    whereToLook: [
      {
        text: "Open the token and check status, password expiry and scope map (TOKEN_NAME = the token's name).",
        where: "Azure portal → your registry → Repository permissions → Tokens → your token",
        commands: [
          { client: "az", run: "az acr token show --name $TOKEN_NAME --registry {registryName}" },
          { client: "az", run: "az acr scope-map show --name $SCOPE_MAP --registry {registryName}" },
        ],
      },
    ],
    answers: [
      { id: "expired", label: "The token is disabled, or its password has expired", next: "d-credentials-expired-scoped" },
      {
        id: "password-doubt",
        label: "Enabled and valid, but I'm not sure my password is current",
        next: "d-credentials-invalid-scoped",
      },
      {
        id: "scope",
        label: "Login works; only some repositories or actions are refused",
        next: "d-access-denied-scope-map",
      },
      { id: "not-sure", label: "Not sure", next: "d-credentials-invalid-scoped" },
    ],
  },
  {
    // Research §6 items 1, 8, 9 and §4.4–4.5 (Docker ID vs e-mail, short-lived tokens, realms).
    kind: "question",
    id: "q-other-login",
    question: "Which of these fits your login?",
    whereToLook: [
      {
        text: "Check the username the registry expects: a Docker ID (not the e-mail) on Docker Hub; 'AWS' with a fresh token on ECR; a personal access token on GHCR.",
        commands: [{ client: "shell", run: "aws ecr get-login-password | docker login --username AWS --password-stdin {loginServer}" }],
      },
    ],
    answers: [
      {
        id: "email",
        label: "Docker Hub, and I log in with my e-mail or my account password (2FA on)",
        next: "d-username-convention-mismatch-hub",
      },
      {
        id: "short-lived",
        label: "The password is a short-lived token (ECR 12 h, a CI job token, …)",
        next: "d-credentials-expired",
      },
      { id: "wrong", label: "The password or token may be wrong or revoked", next: "d-credentials-invalid" },
      { id: "not-sure", label: "Not sure", next: "d-credentials-invalid" },
    ],
  },
  {
    // Seed 002 (HTTPS proxy: 'login attempt failed with status: 403 Forbidden'); research §3 row 15.
    kind: "question",
    id: "q-403-source",
    question: "Who sends the 403: a proxy, or the registry?",
    help: "A plain 403 at login comes from a proxy that refuses the tunnel, or from the registry's firewall.",
    whereToLook: [
      PROXY_SETTINGS,
      {
        text: "curl -v shows whether the 403 comes from the proxy (during CONNECT) or from the registry.",
        commands: [{ client: "curl", run: "curl -v https://{loginServer}/v2/" }],
        bad: "'Received HTTP code 403 from proxy after CONNECT' = the proxy; '< HTTP/1.1 403' after the TLS handshake = the registry.",
      },
    ],
    answers: [
      { id: "proxy", label: "The proxy: 'Received HTTP code 403 from proxy after CONNECT'", next: "d-proxy-refused" },
      { id: "acr", label: "The registry, and it is an Azure registry", next: "q-firewall-where" },
      { id: "other-registry", label: "The registry, and it is another registry", next: "d-access-denied" },
      { id: "not-sure", label: "Not sure", next: "d-proxy-refused" },
    ],
  },

  // ============================================================================================
  // The registry's own firewall and private networking (seed 000 error 5, seed 002; notes).
  // ============================================================================================
  {
    kind: "question",
    id: "q-firewall-where",
    question: "How is this machine meant to reach the registry?",
    help: "An Azure registry has its own firewall: open to all networks, to selected IP ranges and subnets, or closed to the internet with access only through private endpoints.",
    whereToLook: [
      NETWORKING_BLADE,
      {
        text: "The 403 names the address the registry saw: \"client with IP '<address>'\". That is the address to allow — often a NAT gateway's or proxy's, not the machine's own.",
      },
    ],
    answers: [
      {
        id: "selected",
        label: "Over the internet; the registry allows 'Selected networks'",
        next: "d-registry-ip-denied",
      },
      {
        id: "disabled",
        label: "Over the internet; the registry's public access is 'Disabled'",
        next: "d-registry-ip-denied-public-off",
      },
      {
        id: "private-endpoint",
        label: "Through a private endpoint",
        hint: "the Private access tab lists one",
        next: "q-pe-dns",
      },
      {
        id: "service-endpoint",
        label: "From an Azure subnet with a service endpoint",
        next: "q-service-endpoint",
      },
      { id: "bastion", label: "Through Azure Bastion", next: "d-bastion-not-supported" },
      {
        id: "azure-service",
        label: "It is an Azure service (App Service, ACI, ACR Tasks, Defender, …)",
        next: "d-network-restricted-service",
      },
      { id: "not-sure", label: "Not sure", next: "d-registry-ip-denied" },
    ],
  },
  {
    // Seed 002 (private endpoint: DNS must resolve the registry and every data endpoint to private IPs); notes.
    kind: "question",
    id: "q-pe-dns",
    question: "What does the registry's name resolve to on the failing machine?",
    help: "With a private endpoint, the machine must resolve the registry and its data endpoints to private addresses. A public answer means its DNS does not see the private zone.",
    whereToLook: [
      NSLOOKUP,
      {
        text: "Check each data endpoint too (one per region the registry is replicated to).",
        commands: [
          { client: "az", run: "az acr show-endpoints --name {registryName}" },
          { client: "shell", run: "nslookup {dataEndpoint}" },
          { client: "az", run: "az acr check-health --name {registryName} --vnet $VNET_NAME_OR_ID --ignore-errors --yes" },
        ],
      },
    ],
    answers: [
      {
        id: "public",
        label: "A public address",
        hint: "often through a name containing 'privatelink'",
        next: "d-private-dns-zone-not-linked",
      },
      {
        id: "private",
        label: "A private address for the registry",
        hint: "10.x, 172.16–31.x or 192.168.x",
        next: "d-private-dns-zone-not-linked-data",
      },
      { id: "not-sure", label: "Not sure", next: "d-private-dns-zone-not-linked" },
    ],
  },
  {
    // Seed 002: disabling public access also disables service-endpoint access; the subnet needs a rule.
    kind: "question",
    id: "q-service-endpoint",
    question: "What do the registry's network rules say about this subnet?",
    help: "Service-endpoint access works only while public access is 'Selected networks', and only for subnets added as rules.",
    whereToLook: [
      NETWORKING_BLADE,
      {
        text: "List the subnets the registry allows.",
        commands: [{ client: "az", run: "az acr network-rule list --name {registryName} -o table" }],
      },
    ],
    answers: [
      { id: "public-off", label: "Public access is 'Disabled'", next: "d-service-endpoint-public-access-disabled" },
      { id: "no-rule", label: "'Selected networks', and this subnet is not listed", next: "d-service-endpoint-rule-missing" },
      {
        id: "listed",
        label: "'Selected networks', and this subnet is listed",
        next: "d-service-endpoint-rule-missing-listed",
      },
      { id: "not-sure", label: "Not sure", next: "d-service-endpoint-rule-missing" },
    ],
  },

  // ============================================================================================
  // Can't reach the registry: DNS, time-outs, proxies, token and data hosts (seed 002; research §3).
  // ============================================================================================
  {
    kind: "question",
    id: "q-net-error",
    question: "Which of these is in the error?",
    help: "These errors come before the registry answers: the name, the route, a proxy, or another host the pull needs.",
    whereToLook: [
      {
        text: "Read the whole error line; the host it names matters (your registry, a token host, or a storage/CDN host).",
        commands: [{ client: "kubernetes", run: "kubectl describe pod $POD -n $NAMESPACE" }],
      },
    ],
    answers: [
      {
        id: "dns",
        label: "no such host / server misbehaving / lookup … i/o timeout",
        hint: "dial tcp: lookup myregistry.azurecr.io on 10.0.0.10:53: no such host",
        next: "q-dns-error",
      },
      {
        id: "timeout",
        label: "Client.Timeout exceeded / i/o timeout / context deadline exceeded",
        hint: "also 'TLS handshake timeout' and 'host is not reachable'",
        next: "q-timeout-where",
      },
      { id: "refused", label: "connect: connection refused (not after 'proxyconnect')", next: "d-network-connection-refused" },
      {
        id: "proxy",
        label: "proxyconnect tcp: … / Proxy Authentication Required / 407",
        next: "q-proxyconnect",
      },
      {
        id: "eof",
        label: "EOF on the registry's address, with no 'proxyconnect'",
        hint: 'Get "https://…/v2/": EOF',
        next: "d-proxy-refused-eof",
      },
      {
        id: "token-host",
        label: "It names a token URL, not the registry",
        hint: "auth.docker.io/token, …/oauth2/token, …/service/token",
        next: "q-realm-host",
      },
      {
        id: "blob-host",
        label: "It names a storage or CDN host",
        hint: "*.blob.core.windows.net, *.data.azurecr.io, cdn*.quay.io, …cloudflare.docker.com",
        next: "q-blob-host",
      },
      { id: "not-sure", label: "Not sure", hint: "start from the most common one: packets dropped on the way", next: "q-timeout-where" },
    ],
  },
  {
    // The "ask curl" sink: one command tells the network steps apart (seed 004's method, research §5).
    kind: "question",
    id: "q-curl-v2",
    question: "What does curl -v https://<registry>/v2/ print on the failing machine?",
    help: "curl shows each step in turn. If curl gets an answer from the registry and your tool does not, the tool is set up differently (its proxy, its certificates).",
    whereToLook: [CURL_V2],
    answers: [
      { id: "resolve", label: "Could not resolve host", next: "q-dns-error" },
      { id: "timeout", label: "Connection timed out, or it hangs", next: "q-timeout-where" },
      { id: "refused", label: "Connection refused", next: "d-network-connection-refused" },
      {
        id: "proxy",
        label: "A proxy error: 'Received HTTP code 403/407 from proxy after CONNECT'",
        next: "q-proxyconnect",
      },
      { id: "tls", label: "SSL certificate problem / a TLS error", next: "q-tls-error" },
      { id: "ip-denied", label: "403 with \"client with IP '…' is not allowed access\"", next: "q-firewall-where" },
      {
        id: "registry-answers",
        label: "HTTP 401 or 200 — the registry answers",
        hint: "so the network works for curl; the failing tool does not use the same path",
        next: "d-docker-proxy-not-configured-curl-ok",
      },
      { id: "html", label: "An HTML page, a 404, or a 200 without JSON", next: "d-not-a-registry" },
      { id: "5xx", label: "500, 502, 503 or 504", next: "d-registry-server-error" },
    ],
  },
  {
    kind: "question",
    id: "q-dns-error",
    question: "What does nslookup say for the registry's name?",
    help: "A name that does not exist is a spelling, suffix or deleted-registry problem; a resolver that fails is this machine's DNS.",
    whereToLook: [NSLOOKUP],
    answers: [
      {
        id: "nxdomain",
        label: "Non-existent domain / NXDOMAIN / can't find",
        next: "q-name-check",
      },
      {
        id: "servfail",
        label: "SERVFAIL / server failed / timed out / no servers could be reached",
        next: "d-dns-resolver-failed",
      },
      {
        id: "answers",
        label: "It answers with an address here, yet the tool still fails to look it up",
        next: "d-dns-resolver-failed-elsewhere",
      },
      { id: "not-sure", label: "Not sure", next: "q-name-check" },
    ],
  },
  {
    // Seed 001 (login server lowercase with suffix; az acr login takes the resource name), 003 (clouds).
    kind: "question",
    id: "q-name-check",
    question: "How did you write the registry's name?",
    help: "docker, podman and Kubernetes need the full login server in lowercase, e.g. myregistry.azurecr.io (.azurecr.cn in Azure China, .azurecr.us in Azure Government).",
    whereToLook: [
      {
        text: "Copy the login server from the registry's Overview blade and compare letter by letter.",
        where: "Azure portal → your registry → Overview → 'Login server'",
        commands: [{ client: "az", run: "az acr show --name {registryName} --query loginServer -o tsv" }],
      },
    ],
    answers: [
      {
        id: "short",
        label: "Without a suffix, with capitals, or with '.privatelink.'",
        hint: "e.g. 'myregistry', 'MyRegistry.azurecr.io', 'myregistry.privatelink.azurecr.io'",
        next: "d-registry-name-wrong-form",
      },
      {
        id: "other-cloud",
        label: "With another cloud's suffix (.azurecr.io vs .azurecr.cn / .azurecr.us)",
        next: "d-azure-cloud-mismatch",
      },
      { id: "exact", label: "Exactly as the Overview blade shows it", next: "d-dns-name-not-found" },
      { id: "not-acr", label: "It is not an Azure registry, or I'm not sure", next: "d-dns-name-not-found" },
    ],
  },
  {
    // Seed 002 (private endpoint 'host is not reachable', NSG / Azure Firewall, client firewall); research §6 items 3, 5.
    kind: "question",
    id: "q-timeout-where",
    question: "What does the registry's name resolve to, and where is the failing machine?",
    help: "A time-out means packets are dropped on the way: a firewall, a proxy the tool does not use, or a private address this machine has no route to.",
    whereToLook: [NSLOOKUP],
    answers: [
      {
        id: "private-inside",
        label: "A private address; the machine is inside the registry's network",
        hint: "same VNet, a peered VNet, or connected by VPN/ExpressRoute",
        next: "d-private-endpoint-no-route",
      },
      {
        id: "private-outside",
        label: "A private address; the machine is outside that network",
        hint: "a laptop at home, a GitHub-hosted runner, another cloud",
        next: "d-dns-private-address",
      },
      { id: "public", label: "A public address", next: "q-timeout-proxy" },
      { id: "not-sure", label: "Not sure", next: "q-timeout-proxy" },
    ],
  },
  {
    // Seed 002 (client firewall or proxy; daemon proxy and restart; NSG / Azure Firewall for AKS).
    kind: "question",
    id: "q-timeout-proxy",
    question: "How does the failing machine reach the internet?",
    help: "Docker's daemon, containerd and kubelet ignore the proxy in your shell unless they are configured for it themselves.",
    whereToLook: [PROXY_SETTINGS],
    answers: [
      {
        id: "proxy-not-set",
        label: "Through a proxy, but the failing tool is not set to use it",
        hint: "docker info shows no HTTPS Proxy, or the daemon was not restarted after the change",
        next: "d-docker-proxy-not-configured",
      },
      {
        id: "proxy-set",
        label: "Through a proxy, and the failing tool is set to use it",
        next: "d-client-firewall-blocks-endpoints-proxy",
      },
      {
        id: "azure-vnet",
        label: "From an Azure VM or AKS, past an NSG, Azure Firewall or appliance",
        next: "d-nsg-or-firewall-blocks-outbound",
      },
      {
        id: "company-firewall",
        label: "Through a company firewall, without a proxy",
        next: "d-client-firewall-blocks-endpoints",
      },
      { id: "direct", label: "Straight to the internet, or not sure", next: "d-network-timeout" },
    ],
  },
  {
    // Research §3 rows 9–12 (proxyconnect), seed 004 (curl -v proxy transcript).
    kind: "question",
    id: "q-proxyconnect",
    question: "What does the error, or curl -v, say about the proxy?",
    whereToLook: [
      PROXY_SETTINGS,
      {
        text: "Make curl use the same proxy and read the CONNECT lines.",
        commands: [{ client: "curl", run: "curl -v --proxy $HTTPS_PROXY https://{loginServer}/v2/" }],
        good: "'Establish HTTP proxy tunnel to …:443' then 'HTTP/1.1 200 Connection established'.",
      },
    ],
    answers: [
      {
        id: "unreachable",
        label: "The proxy cannot be reached",
        hint: "proxyconnect tcp: dial tcp …: connection refused / lookup <proxy>: no such host / curl: (7)",
        next: "d-proxy-unreachable",
      },
      {
        id: "407",
        label: "Proxy Authentication Required / 407",
        next: "d-proxy-auth-required",
      },
      {
        id: "refused",
        label: "proxyconnect tcp: EOF / Forbidden / 403 from proxy after CONNECT",
        next: "d-proxy-refused",
      },
      { id: "not-sure", label: "Not sure", next: "d-proxy-refused" },
    ],
  },
  {
    // Research §0 item 4, §2 (realm), §4.5 (Harbor behind a TLS proxy).
    kind: "question",
    id: "q-realm-host",
    question: "Where does the registry send clients for a token?",
    help: "A registry answers /v2/ with a 'www-authenticate' header naming its token service (the realm). The pull fails if that URL cannot be reached or is wrong.",
    whereToLook: [
      {
        text: "Read the realm the registry advertises.",
        commands: [{ client: "curl", run: "curl -sI https://{loginServer}/v2/ | grep -i www-authenticate" }],
        good: 'Bearer realm="https://<host>/…token",service="…" with an https URL this machine can reach.',
      },
    ],
    answers: [
      {
        id: "other-host",
        label: "Another host (e.g. auth.docker.io) that this machine can't reach",
        next: "d-auth-endpoint-unreachable",
      },
      {
        id: "wrong-url",
        label: "An http:// URL, a wrong port, or a name that does not resolve",
        hint: "common with Harbor or registry:2 behind a TLS-terminating proxy",
        next: "d-token-realm-misconfigured",
      },
      { id: "not-sure", label: "Not sure", next: "d-auth-endpoint-unreachable" },
    ],
  },
  {
    // Seed 002 (data endpoints, one per geo-replica, need firewall rules and DNS records); notes (cdn*.quay.io).
    kind: "question",
    id: "q-blob-host",
    question: "Which host does the download fail on, and what sits in the way?",
    help: "Login and the image's manifest come from the registry; the layers come from another host (storage or a CDN), which needs its own firewall, proxy and DNS entries.",
    whereToLook: [
      {
        text: "The host is in the error (…/sha256:… URL). For an Azure registry, list every endpoint the firewall must allow.",
        commands: [
          { client: "az", run: "az acr show-endpoints --name {registryName}" },
          { client: "shell", run: "nslookup {dataEndpoint}" },
        ],
      },
    ],
    answers: [
      {
        id: "acr-private",
        label: "An Azure data host, and the registry uses a private endpoint",
        hint: "*.data.azurecr.io or *.blob.core.windows.net",
        next: "d-private-dns-zone-not-linked-data",
      },
      {
        id: "acr-firewall",
        label: "An Azure data host, behind a company firewall or proxy",
        next: "d-client-firewall-blocks-endpoints",
      },
      { id: "redhat", label: "cdn.quay.io or cdn0N.quay.io (Red Hat images)", next: "d-redhat-hosts-not-allowed" },
      { id: "other", label: "Another host, or not sure", next: "d-data-endpoint-unreachable" },
    ],
  },

  // ============================================================================================
  // Certificates (research §3 rows 16–22; notes: 'x509: …').
  // ============================================================================================
  {
    kind: "question",
    id: "q-tls-error",
    question: "Which certificate or TLS message do you see?",
    whereToLook: [OPENSSL],
    answers: [
      {
        id: "unknown-authority",
        label: "certificate signed by unknown authority / self-signed certificate",
        next: "q-tls-issuer",
      },
      {
        id: "name",
        label: "certificate is valid for …, not … / doesn't contain any IP SANs",
        next: "d-tls-hostname-mismatch",
      },
      {
        id: "expired",
        label: "certificate has expired — and this machine's clock is right",
        next: "d-tls-certificate-expired",
      },
      {
        id: "clock",
        label: "certificate is not yet valid / has expired — and the clock is wrong",
        hint: "compare 'date -u' with the real time",
        next: "d-clock-skew",
      },
      {
        id: "handshake",
        label: "server gave HTTP response to HTTPS client / other TLS handshake error",
        hint: "first record does not look like a TLS handshake; wrong version number",
        next: "d-tls-handshake-failed",
      },
      { id: "not-sure", label: "Not sure", next: "q-tls-issuer" },
    ],
  },
  {
    kind: "question",
    id: "q-tls-issuer",
    question: "Who issued the certificate this machine receives?",
    help: "Company proxies that inspect HTTPS re-sign every site with their own certificate authority, which the container tool must trust.",
    whereToLook: [
      {
        ...OPENSSL,
        good: "A public CA (DigiCert, Microsoft, Let's Encrypt, …) and the chain printed with at least two certificates.",
        bad: "issuer= your company, Zscaler, Palo Alto, Fortinet, …; or only one certificate in the chain.",
      },
    ],
    answers: [
      {
        id: "company",
        label: "My company, or a proxy/security product (Zscaler, Palo Alto, …)",
        next: "d-tls-untrusted-certificate-inspection",
      },
      {
        id: "private-ca",
        label: "The registry's own or a private CA (self-hosted registry, Harbor)",
        next: "d-tls-untrusted-certificate",
      },
      {
        id: "public-short-chain",
        label: "A public CA, but only one certificate is sent",
        next: "d-tls-incomplete-chain",
      },
      { id: "not-sure", label: "Not sure", next: "d-tls-untrusted-certificate" },
    ],
  },
  {
    kind: "question",
    id: "q-server-response",
    question: "What does the server answer?",
    help: "A registry answers in JSON. An HTML page means something else answers in its place: a web server, a CDN, a firewall or proxy page.",
    whereToLook: [CURL_V2],
    answers: [
      {
        id: "html",
        label: "An HTML page / invalid character '<' looking for beginning of value",
        next: "d-not-a-registry",
      },
      { id: "5xx", label: "500 / 502 / 503 / UNAVAILABLE in JSON", next: "d-registry-server-error" },
      { id: "not-sure", label: "Not sure", next: "d-registry-server-error" },
    ],
  },

  // ============================================================================================
  // Pull and push (seeds 000, 001; research §3 and §6).
  // ============================================================================================
  {
    kind: "question",
    id: "q-pull-tool",
    question: "Which tool pulls or pushes?",
    answers: [
      { id: "docker", label: "docker", next: "q-pull-error", client: "docker" },
      { id: "podman", label: "podman, buildah or skopeo", next: "q-pull-error", client: "podman" },
      { id: "containerd", label: "crictl, nerdctl or ctr (containerd)", next: "q-pull-error", client: "containerd" },
    ],
  },
  {
    kind: "question",
    id: "q-pull-error",
    question: "What does the pull or push error say?",
    whereToLook: [
      {
        text: "Run it again and copy the error line.",
        commands: [
          { client: "docker", run: "docker pull {image}" },
          { client: "podman", run: "podman pull --log-level=debug {image}" },
          { client: "containerd", run: "crictl pull {image}" },
        ],
      },
    ],
    answers: [
      {
        id: "access",
        label: "unauthorized / denied / pull access denied / insufficient_scope",
        next: "q-pull-denied",
      },
      {
        id: "not-found",
        label: "manifest unknown / not found / name unknown / no matching manifest",
        next: "q-pull-notfound",
      },
      { id: "ip-not-allowed", label: "client with IP '…' is not allowed access", next: "q-firewall-where" },
      { id: "rate", label: "toomanyrequests / 429 Too Many Requests", next: "d-rate-limited" },
      {
        id: "network",
        label: "no such host / timeout / connection refused / EOF / proxyconnect",
        next: "q-net-error",
      },
      { id: "tls", label: "x509: … or another certificate error", next: "q-tls-error" },
      {
        id: "layers",
        label: "It starts, then fails while downloading layers",
        hint: "the error names a storage or CDN host",
        next: "q-blob-host",
      },
      { id: "server", label: "500 / 502 / 503, or an HTML page", next: "q-server-response" },
      { id: "daemon", label: "Cannot connect to the Docker daemon", next: "d-docker-daemon-not-running", client: "docker" },
      { id: "other", label: "Something else, or I'm not sure", next: "q-curl-v2" },
    ],
  },
  {
    kind: "question",
    id: "q-pull-notfound",
    question: "Which 'not found' message is it?",
    help: "The registry was reached; the name, the tag or the platform you asked for is not there.",
    whereToLook: [
      {
        text: "List what the registry has under that name.",
        commands: [
          { client: "az", run: "az acr repository show-tags --name {registryName} --repository {repository} -o table" },
          { client: "skopeo", run: "skopeo list-tags docker://{loginServer}/{repository}" },
          { client: "docker", run: "docker manifest inspect {image}" },
        ],
      },
    ],
    answers: [
      {
        id: "manifest",
        label: 'manifest unknown / manifest tagged by "…" is not found / …:<tag>: not found',
        next: "d-tag-not-found",
      },
      {
        id: "name",
        label: "name unknown / repository … not found",
        next: "d-repository-not-found",
      },
      {
        id: "platform",
        label: "no matching manifest for linux/… / no match for platform in manifest",
        next: "d-platform-not-available",
      },
      { id: "not-sure", label: "Not sure", next: "d-tag-not-found" },
    ],
  },
  {
    // Research §0 item 2–3: 'not found' and 'not allowed' look alike on purpose.
    kind: "question",
    id: "q-pull-denied",
    question: "Which words are in the refusal, and which registry is it?",
    help: "Registries answer 'not allowed' and 'does not exist' the same way on purpose, so the image name is always a suspect.",
    answers: [
      {
        id: "unauthorized",
        label: "unauthorized / authentication required / no basic auth credentials",
        hint: "also 'failed to fetch anonymous token … 401 Unauthorized'",
        next: "q-pull-login-state",
      },
      {
        id: "denied-acr",
        label: "denied / pull access denied / insufficient_scope — Azure registry",
        next: "q-acr-pull-cred",
      },
      {
        id: "denied-other-anon",
        label: "denied — another registry, and I did not log in to it",
        next: "d-credentials-required",
      },
      {
        id: "denied-other-login",
        label: "denied — another registry, and I am logged in to it",
        hint: "GHCR package access, a Harbor project, a Docker Hub namespace that isn't yours",
        next: "d-access-denied",
      },
      { id: "not-sure", label: "Not sure", next: "d-repository-not-found-denied" },
    ],
  },
  {
    // Seed 001 (anonymous pull and stale logins; expired credentials); research §6 items 1, 8, 9.
    kind: "question",
    id: "q-pull-login-state",
    question: "Did you log in to this registry on this machine, under exactly the name in the image?",
    help: "Tools send a stored login only when its key matches the image's registry host exactly; otherwise they pull anonymously.",
    whereToLook: [STORED_LOGINS],
    answers: [
      { id: "no-login", label: "No — I expected it to work without a login", next: "d-credentials-required" },
      {
        id: "anonymous-stale",
        label: "Anonymous pull is on, but I logged in to this registry before",
        next: "d-stale-credentials-block-anonymous",
      },
      {
        id: "other-key",
        label: "Yes, but under a different name, or as another user (sudo)",
        hint: "capitals, a :443 port, https://, docker.io vs index.docker.io",
        next: "d-credential-key-mismatch",
      },
      {
        id: "long-ago",
        label: "Yes, a while ago, with a short-lived token",
        hint: "az acr login tokens last 3 hours; ECR tokens 12 hours",
        next: "d-credentials-expired",
      },
      { id: "acr-recent", label: "Yes, just now, exactly this name — an Azure registry", next: "q-permission-mode" },
      { id: "other-recent", label: "Yes, just now, exactly this name — another registry", next: "d-access-denied" },
      { id: "not-sure", label: "Not sure", next: "d-credential-key-mismatch" },
    ],
  },
  {
    kind: "question",
    id: "q-acr-pull-cred",
    question: "Which credentials does the pull use on the Azure registry?",
    whereToLook: [
      STORED_LOGINS,
      {
        text: "See whether the registry allows anonymous pull.",
        commands: [{ client: "az", run: "az acr show --name {registryName} --query anonymousPullEnabled" }],
      },
    ],
    answers: [
      {
        id: "entra",
        label: "An Entra ID identity: my account, a service principal or a managed identity",
        next: "q-permission-mode",
      },
      { id: "scoped-token", label: "A repository-scoped token", next: "d-access-denied-scope-map" },
      {
        id: "admin",
        label: "The admin user",
        hint: "it may pull and push everything, so the name is the suspect",
        next: "d-repository-not-found-admin",
      },
      { id: "anonymous", label: "None — anonymous pull", next: "d-credentials-required" },
      { id: "not-sure", label: "Not sure", next: "q-permission-mode" },
    ],
  },

  // ============================================================================================
  // Kubernetes, AKS, OpenShift (seed 001, 002 az aks check-acr, 003 AKS identities; research §1.5).
  // ============================================================================================
  {
    kind: "question",
    id: "q-k8s-platform",
    question: "Where do the pods run, and which registry do they pull from?",
    whereToLook: [
      {
        text: "The registry is the host at the start of the image name in the pod spec.",
        commands: [
          { client: "kubernetes", run: "kubectl get pod $POD -n $NAMESPACE -o jsonpath='{.spec.containers[*].image}'" },
          { client: "kubernetes", run: "kubectl config current-context" },
        ],
      },
    ],
    answers: [
      { id: "aks-acr", label: "AKS, pulling from an Azure registry", next: "q-aks-check", client: "kubernetes" },
      {
        id: "openshift-redhat",
        label: "OpenShift, pulling Red Hat images (registry.redhat.io)",
        next: "q-redhat-cred-type",
        client: "openshift",
      },
      { id: "openshift-other", label: "OpenShift, pulling from another registry", next: "q-k8s-event", client: "openshift" },
      {
        id: "other",
        label: "Another Kubernetes (EKS, GKE, on-premises…) or AKS with a non-Azure registry",
        next: "q-k8s-event",
        client: "kubernetes",
      },
    ],
  },
  {
    // Seed 002: az aks check-acr validates the registry is reachable from the cluster. Research §1.5.
    kind: "question",
    id: "q-aks-check",
    question: "What does az aks check-acr report?",
    help: "It runs a pod on a node that resolves the registry and exchanges the node's identity for a registry token. It does not pull an image.",
    whereToLook: [
      {
        text: "Run it against the cluster and the registry.",
        commands: [
          {
            client: "az",
            run: "az aks check-acr --resource-group $RESOURCE_GROUP --name $CLUSTER --acr {loginServer}",
          },
        ],
        good: "'Your cluster can pull images from …!'",
      },
    ],
    answers: [
      { id: "passes", label: "Your cluster can pull images from …!", next: "q-k8s-event" },
      { id: "dns", label: "Checking host name resolution … FAILED", next: "q-dns-error" },
      {
        id: "identity",
        label: "Validating managed identity / service principal … FAILED, or 401",
        hint: "ACR … rejected token exchange … error status: 401",
        next: "q-aks-identity",
      },
      {
        id: "forbidden",
        label: "rejected token exchange … 403, or client with IP … not allowed",
        next: "q-firewall-where",
      },
      { id: "timeout", label: "It times out (i/o timeout)", next: "q-timeout-where" },
      { id: "cannot-run", label: "I can't run it", hint: "no rights, exec format error, not AKS", next: "q-k8s-event" },
    ],
  },
  {
    // Seed 003 (AKS cluster managed identity attaches the registry; not across tenants), research §4.2 (attach-acr and ABAC).
    kind: "question",
    id: "q-aks-identity",
    question: "Does the cluster's kubelet identity have a pull role on the registry?",
    help: "Attaching a registry (az aks update --attach-acr) gives the kubelet identity AcrPull. That role does not count on a registry in ABAC mode, and the identity cannot cross tenants.",
    whereToLook: [
      {
        text: "Find the kubelet identity, then its roles on the registry.",
        commands: [
          {
            client: "az",
            run: "az aks show --resource-group $RESOURCE_GROUP --name $CLUSTER --query identityProfile.kubeletidentity.clientId -o tsv",
          },
          {
            client: "az",
            run: "az role assignment list --assignee $KUBELET_CLIENT_ID --scope $(az acr show --name {registryName} --query id -o tsv) -o table",
          },
        ],
      },
      PERMISSION_MODE,
    ],
    answers: [
      { id: "none", label: "No role on the registry", next: "d-aks-acr-not-attached" },
      {
        id: "abac",
        label: "AcrPull, but the registry is in RBAC + ABAC mode",
        next: "d-abac-repository-permissions",
      },
      {
        id: "other-tenant",
        label: "The registry is in another Entra ID tenant",
        next: "d-image-pull-secret-missing-tenant",
      },
      { id: "not-sure", label: "Not sure", next: "d-aks-acr-not-attached" },
    ],
  },
  {
    kind: "question",
    id: "q-k8s-event",
    question: "What does the pod's event say after 'Failed to pull image'?",
    whereToLook: [K8S_EVENTS],
    answers: [
      {
        id: "unauthorized",
        label: "401 Unauthorized / no basic auth credentials / pull access denied",
        hint: "failed to fetch anonymous token … 401; failed to fetch oauth token … 401",
        next: "q-k8s-secret",
      },
      {
        id: "forbidden",
        label: "403 Forbidden / client with IP … is not allowed access",
        next: "q-firewall-where",
      },
      { id: "not-found", label: "not found / manifest unknown / no match for platform", next: "q-pull-notfound" },
      { id: "rate", label: "toomanyrequests / 429", next: "d-rate-limited-k8s" },
      {
        id: "network",
        label: "i/o timeout / no such host / TLS handshake timeout / context deadline",
        next: "q-net-error",
      },
      { id: "tls", label: "x509: …", next: "q-tls-error" },
      { id: "not-sure", label: "Not sure", next: "q-k8s-secret" },
    ],
  },
  {
    // Seed 001 (check the service's registry configuration), 003 (pull secrets); research §6 item 7.
    kind: "question",
    id: "q-k8s-secret",
    question: "How is the cluster meant to log in to the registry?",
    help: "Nodes pull with an imagePullSecret named in the pod or its service account (same namespace), with the node's identity (AKS), or with the cluster-wide pull secret (OpenShift).",
    whereToLook: [
      {
        text: "See which pull secret the pod uses, and which registry host it is for.",
        commands: [
          { client: "kubernetes", run: "kubectl get pod $POD -n $NAMESPACE -o jsonpath='{.spec.imagePullSecrets}'" },
          { client: "kubernetes", run: "kubectl get serviceaccount default -n $NAMESPACE -o jsonpath='{.imagePullSecrets}'" },
          {
            client: "kubernetes",
            run: "kubectl get secret $SECRET -n $NAMESPACE -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d | jq '.auths | keys'",
            note: "prints only the registry names the secret is for, not the passwords",
          },
          {
            client: "openshift",
            run: "oc get secret pull-secret -n openshift-config -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d | jq '.auths | keys'",
          },
        ],
      },
    ],
    answers: [
      {
        id: "no-secret",
        label: "With a pull secret, but the pod doesn't list one (or it's in another namespace)",
        next: "d-image-pull-secret-missing",
      },
      {
        id: "key-mismatch",
        label: "With a pull secret whose server differs from the image's registry host",
        next: "d-credential-key-mismatch-k8s",
      },
      {
        id: "stale",
        label: "With a pull secret holding a secret/token/password that may be old",
        next: "d-credentials-expired-k8s",
      },
      {
        id: "aks-identity",
        label: "With the AKS kubelet identity (the registry is attached)",
        next: "q-aks-identity",
      },
      {
        id: "openshift-global",
        label: "With OpenShift's global pull secret",
        next: "d-credential-key-mismatch-global",
      },
      {
        id: "anonymous",
        label: "Without a login — the image is meant to be public",
        next: "d-credentials-required-k8s",
      },
      { id: "not-sure", label: "Not sure", next: "d-image-pull-secret-missing" },
    ],
  },

  // ============================================================================================
  // Azure services (seed 001 'confirm the service's registry configuration', seed 002 'configure service access').
  // ============================================================================================
  {
    kind: "question",
    id: "q-azure-service",
    question: "Which Azure service cannot reach the registry?",
    help: "Azure services keep their own registry settings and connect from Azure's networks, not from yours.",
    answers: [
      { id: "aks", label: "Azure Kubernetes Service (AKS)", next: "q-aks-check", client: "kubernetes" },
      { id: "app-service", label: "App Service, Web App for Containers or Functions", next: "q-service-network" },
      { id: "aci", label: "Container Instances", next: "q-service-network" },
      { id: "tasks", label: "ACR Tasks (az acr build, az acr run)", next: "q-service-network" },
      { id: "defender", label: "Microsoft Defender for Cloud shows no scan results", next: "q-service-network" },
      { id: "devops", label: "Azure DevOps or another pipeline", next: "q-service-network" },
    ],
  },
  {
    kind: "question",
    id: "q-service-network",
    question: "Is the registry's network access restricted?",
    help: "Several Azure services cannot reach a registry limited to selected networks or private endpoints, unless the registry allows trusted Microsoft services.",
    whereToLook: [
      NETWORKING_BLADE,
      {
        text: "See whether trusted Azure services may bypass the network rules.",
        where:
          "Azure portal → your registry → Settings → Networking → 'Allow trusted Microsoft services to access this container registry'",
        commands: [{ client: "az", run: "az acr show --name {registryName} --query networkRuleBypassOptions -o tsv" }],
      },
    ],
    answers: [
      {
        id: "restricted",
        label: "Yes: selected networks, public access disabled, or private endpoints",
        next: "d-network-restricted-service",
      },
      { id: "open", label: "No, it is open to all networks", next: "d-azure-service-registry-settings" },
      { id: "not-sure", label: "Not sure", next: "d-azure-service-registry-settings" },
    ],
  },

  // ============================================================================================
  // Portal and az management (seed 001 'confirm credentials are authorized', seed 002 VNet settings).
  // ============================================================================================
  {
    kind: "question",
    id: "q-manage",
    question: "What happens when you open or manage the registry?",
    whereToLook: [
      {
        text: "Check which account and subscription you are using, and your roles on the registry.",
        where: "Azure portal → your registry → Access control (IAM) → 'View my access'",
        commands: [
          { client: "az", run: 'az account show --query "{user:user.name, subscription:name}"' },
          { client: "az", run: "az acr show --name {registryName} -o table" },
        ],
      },
      PERMISSION_MODE,
    ],
    answers: [
      {
        id: "not-found",
        label: "The registry is not listed / ResourceNotFound",
        hint: "could not be found in subscription",
        next: "q-resource-not-found",
      },
      {
        id: "authorization-failed",
        label: "'You do not have authorization to perform action …' / AuthorizationFailed",
        next: "d-arm-role-missing",
      },
      {
        id: "just-granted",
        label: "My access was just granted, but the portal still says no",
        next: "d-portal-stale-browser-cache",
      },
      {
        id: "repos-abac",
        label: "Repositories list is empty or refused — registry in RBAC + ABAC mode",
        next: "d-abac-catalog-lister-missing",
      },
      {
        id: "repos-rbac",
        label: "Repositories list is empty or refused — RBAC-only mode, or not sure",
        next: "d-acr-role-missing-list",
      },
      {
        id: "vnet-other-sub",
        label: "Failed to save firewall and VNet settings — the VNet is in another subscription",
        hint: "Failed to save firewall and virtual network settings for container registry",
        next: "d-vnet-provider-not-registered",
      },
      {
        id: "vnet-same-sub",
        label: "Failed to save firewall and VNet settings — the VNet is in the same subscription",
        next: "d-arm-role-missing-network",
      },
      {
        id: "az-unknown",
        label: "az says a command or argument does not exist",
        next: "d-azure-cli-too-old",
      },
    ],
  },

  // ============================================================================================
  // registry.redhat.io (seed 004, with notes' corrections: token name '<account>|<name>', cdn*.quay.io).
  // ============================================================================================
  {
    kind: "question",
    id: "q-redhat-what",
    question: "What fails with registry.redhat.io?",
    answers: [
      {
        id: "unauthorized",
        label: "Login or pull is refused: unauthorized / Invalid username or password",
        hint: "Please login to the Red Hat Registry using your Customer Portal credentials",
        next: "q-redhat-cred-type",
      },
      {
        id: "old-registry",
        label: "It worked without a login from registry.access.redhat.com",
        next: "d-redhat-old-registry-migration",
      },
      { id: "network", label: "Timeouts, connection or proxy errors", next: "q-redhat-proxy" },
      {
        id: "layers",
        label: "Login works, but layer downloads fail",
        hint: "the error names cdn.quay.io or cdn0N.quay.io",
        next: "d-redhat-hosts-not-allowed",
      },
      { id: "tls", label: "x509: … certificate errors", next: "q-tls-error" },
      { id: "not-sure", label: "Not sure", hint: "run Red Hat's own authentication test", next: "q-redhat-test" },
    ],
  },
  {
    // Seed 004: the curl test; 200 = credentials fine; 401 = wrong credentials; anything else = network.
    kind: "question",
    id: "q-redhat-test",
    question: "What does Red Hat's authentication test return?",
    help: "The test asks Red Hat's token service directly. 200 means your credentials work; 401 means they don't; anything else is the network.",
    whereToLook: [
      {
        text: "Run it with the username and password (or token name and token) your tool uses; put them in shell variables first.",
        commands: [
          {
            client: "curl",
            run: 'curl -Lv -u "$RH_USER:$RH_PASSWORD" "https://sso.redhat.com/auth/realms/rhcc/protocol/redhat-docker-v2/auth?service=docker-registry&client_id=curl&scope=repository:rhel:pull"',
            note: "the seed's URL; the realm registry.redhat.io advertises today is shown by: curl -sI https://registry.redhat.io/v2/",
          },
        ],
        good: 'HTTP 200 and a JSON body with "token" and "access_token".',
        bad: 'HTTP 401 with "Invalid username or password".',
      },
    ],
    answers: [
      { id: "401", label: "HTTP 401: Invalid username or password", next: "q-redhat-cred-type" },
      {
        id: "200-unauthorized",
        label: "HTTP 200, but podman/docker/OpenShift still says unauthorized",
        next: "d-redhat-secret-mangled",
      },
      {
        id: "200-network",
        label: "HTTP 200, but podman/docker/OpenShift times out or can't connect",
        next: "d-redhat-proxy-not-used",
      },
      { id: "no-answer", label: "No HTTP answer, a proxy error, or another code", next: "q-redhat-proxy" },
    ],
  },
  {
    kind: "question",
    id: "q-redhat-cred-type",
    question: "Which credentials do you use for registry.redhat.io?",
    help: "Either your Customer Portal username and password, or a registry service account token, whose username has the form <account number>|<token name>.",
    whereToLook: [
      {
        text: "Service account tokens are listed, with their exact username, on Red Hat's registry service accounts page.",
        where: "access.redhat.com → Registry Service Accounts (https://access.redhat.com/terms-based-registry/)",
      },
    ],
    answers: [
      { id: "portal", label: "My Customer Portal username and password", next: "d-redhat-credentials-invalid" },
      { id: "token", label: "A registry service account token", next: "q-redhat-token-user" },
      { id: "not-sure", label: "Not sure", next: "d-redhat-credentials-invalid" },
    ],
  },
  {
    kind: "question",
    id: "q-redhat-token-user",
    question: "How did you enter the token's username and password?",
    help: "The username is '<account number>|<token name>', account number first. The password is a very long token that breaks if it is retyped, wrapped or truncated.",
    whereToLook: [
      {
        text: "Compare with the token's page; its 'Docker Login' and 'OpenShift Secret' tabs give ready-made commands and files.",
        where: "access.redhat.com → Registry Service Accounts → your account → Token Information",
      },
    ],
    answers: [
      {
        id: "name-format",
        label: "The username is only the token name, or the parts are the other way round",
        next: "d-redhat-token-name-format",
      },
      {
        id: "pasted",
        label: "Correct username; I pasted or typed the token into a prompt or file",
        next: "d-redhat-secret-mangled",
      },
      {
        id: "downloaded",
        label: "Correct username; I used the page's ready-made command or secret file",
        next: "d-redhat-credentials-invalid",
      },
      { id: "not-sure", label: "Not sure", next: "d-redhat-token-name-format" },
    ],
  },
  {
    // Seed 004 'Proxy / firewall': whitelist the hosts, use the system-wide or the tool's proxy, read curl -v.
    kind: "question",
    id: "q-redhat-proxy",
    question: "Does this machine reach the internet through a web proxy, and does curl get through?",
    help: "curl, podman and skopeo read the system-wide proxy variables; Docker's daemon and OpenShift need their own proxy configuration.",
    whereToLook: [
      PROXY_SETTINGS,
      {
        text: "Send curl through the proxy and read the tunnel lines.",
        commands: [
          { client: "curl", run: "curl -v --proxy $HTTPS_PROXY https://registry.redhat.io/v2/" },
          { client: "openshift", run: "oc get proxy cluster -o yaml" },
        ],
        good: "'Establish HTTP proxy tunnel to registry.redhat.io:443' then 'HTTP/1.1 200 Connection established'.",
      },
    ],
    answers: [
      {
        id: "curl-ok",
        label: "Yes; curl gets '200 Connection established', but the container tool fails",
        next: "d-redhat-proxy-not-used",
      },
      {
        id: "proxy-refuses",
        label: "Yes; the proxy refuses: 403 or 407 after CONNECT",
        next: "d-redhat-hosts-not-allowed",
      },
      {
        id: "no-proxy",
        label: "No proxy; curl can't connect to registry.redhat.io",
        next: "d-redhat-hosts-not-allowed-firewall",
      },
      { id: "not-sure", label: "Not sure", next: "d-redhat-proxy-not-used" },
    ],
  },

  // ============================================================================================
  // Diagnoses. alsoPossible = causes that fit the same answers, with what tells them apart.
  // ============================================================================================

  // ---- client tooling ----
  {
    kind: "diagnosis",
    id: "d-docker-daemon-not-running",
    cause: "docker-daemon-not-running",
    alsoPossible: [
      {
        cause: "podman-needs-docker-command",
        tellApart:
          "If the machine has podman and no Docker (RHEL 8/9), set DOCKER_COMMAND=podman for az acr login instead of installing Docker.",
      },
      {
        cause: "cloud-shell-no-daemon",
        tellApart: "In Azure Cloud Shell the message says 'not supported in Azure Cloud Shell'; there, use az acr login --expose-token.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-docker-daemon-not-running-missing",
    cause: "docker-daemon-not-running",
    alsoPossible: [
      {
        cause: "podman-needs-docker-command",
        tellApart: "`command -v podman` finds podman: point az acr login at it with DOCKER_COMMAND=podman (Azure CLI 2.59.0 or later).",
      },
      {
        cause: "cloud-shell-no-daemon",
        tellApart: "If you only need a token for a script (no Docker at all), az acr login --expose-token works without Docker.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-docker-daemon-not-running-nodaemon",
    cause: "docker-daemon-not-running",
    alsoPossible: [
      {
        cause: "cloud-shell-no-daemon",
        tellApart: "Same fix in Azure Cloud Shell: az acr login --expose-token, then use the token where it is needed.",
      },
      {
        cause: "podman-needs-docker-command",
        tellApart: "If the build image has podman or buildah, DOCKER_COMMAND=podman az acr login logs podman in instead.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-docker-daemon-not-running-env",
    cause: "docker-daemon-not-running",
    alsoPossible: [
      {
        cause: "podman-needs-docker-command",
        tellApart: "If DOCKER_COMMAND is set in the environment (`echo $DOCKER_COMMAND`), az runs that command instead of docker.",
      },
      {
        cause: "azure-cli-too-old",
        tellApart: "az version older than the current release: upgrade with az upgrade and retry before digging further.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-cloud-shell-no-daemon",
    cause: "cloud-shell-no-daemon",
    alsoPossible: [
      {
        cause: "docker-daemon-not-running",
        tellApart:
          "Outside Cloud Shell the same DOCKER_COMMAND_ERROR means Docker is missing or stopped: `docker version` shows no Server section.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-podman-needs-docker-command",
    cause: "podman-needs-docker-command",
    alsoPossible: [
      {
        cause: "azure-cli-too-old",
        tellApart: "If DOCKER_COMMAND=podman is ignored and DOCKER_COMMAND_ERROR remains, `az version` is below 2.59.0.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-azure-cli-too-old",
    cause: "azure-cli-too-old",
    alsoPossible: [
      {
        cause: "docker-daemon-not-running",
        tellApart: "If az is current and DOCKER_COMMAND_ERROR remains, `docker version` shows whether the daemon runs.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-docker-client-too-old",
    cause: "docker-client-too-old",
    alsoPossible: [
      {
        cause: "docker-daemon-not-running",
        tellApart:
          "DOCKER_VERSION_ERROR also appears when `docker version` cannot reach the daemon: then there is no Server section at all.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-check-health-helm-notary-noise",
    cause: "check-health-helm-notary-noise",
    alsoPossible: [
      {
        cause: "docker-daemon-not-running",
        tellApart: "Only DOCKER_… and CONNECTIVITY_… codes matter. If one of those appears too, follow that one instead.",
      },
    ],
  },

  // ---- az acr login / Entra ID ----
  {
    kind: "diagnosis",
    id: "d-aad-token-refresh-failed",
    cause: "aad-token-refresh-failed",
    alsoPossible: [
      {
        cause: "acr-role-missing",
        tellApart:
          "Still 401 after a fresh az login: `az role assignment list` shows no AcrPull/AcrPush (or Repository Reader/Writer) for you on the registry.",
      },
      {
        cause: "registry-resource-not-found",
        tellApart: "`az acr show --name <registry>` says ResourceNotFound: az is looking in the wrong subscription.",
      },
      {
        cause: "clock-skew",
        tellApart:
          "Tokens are refused as 'not yet valid' or expired straight away when the machine's clock is off: compare `date -u` with the real time.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-aad-token-refresh-failed-fallback",
    cause: "aad-token-refresh-failed",
    alsoPossible: [
      {
        cause: "admin-user-disabled",
        tellApart:
          "Only if you mean to log in with the admin user: Access keys shows it off. Turning it on hides the Entra ID failure instead of fixing it.",
      },
      {
        cause: "acr-role-missing",
        tellApart: "Run az acr login --debug: a 401 on /oauth2/exchange or /oauth2/token means your identity lacks a role on the registry.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-aad-application-not-registered",
    cause: "aad-application-not-registered",
    alsoPossible: [
      {
        cause: "service-principal-wrong-id",
        tellApart:
          "If you log in with a service principal, check the username is its application (client) ID from App registrations, not the object ID.",
      },
      {
        cause: "azure-cloud-mismatch",
        tellApart: "An app from another cloud or tenant is unknown here: `az cloud show --query name` must match the registry's cloud.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-credentials-expired-az",
    cause: "credentials-expired",
    alsoPossible: [
      {
        cause: "clock-skew",
        tellApart:
          "If a fresh az login fails the same way at once, the machine's clock may be wrong: compare `date -u` with the real time.",
      },
      {
        cause: "azure-cloud-mismatch",
        tellApart:
          "Signing in to the wrong cloud fails for every registry there: `az cloud show --query name` must be the registry's cloud.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-registry-resource-not-found",
    cause: "registry-resource-not-found",
    alsoPossible: [
      {
        cause: "registry-name-wrong-form",
        tellApart: "az acr login --name takes the resource name (myregistry), not the login server (myregistry.azurecr.io).",
      },
      {
        cause: "azure-cloud-mismatch",
        tellApart: "A registry in Azure China (.azurecr.cn) or US Government (.azurecr.us) needs az cloud set first.",
      },
      {
        cause: "arm-role-missing",
        tellApart: "Right subscription, and `az acr list` still does not show it: you have no Reader (or higher) role on it.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-arm-role-missing",
    cause: "arm-role-missing",
    alsoPossible: [
      {
        cause: "portal-stale-browser-cache",
        tellApart: "If the role was granted minutes ago, open the portal in a private/incognito window before anything else.",
      },
      {
        cause: "registry-resource-not-found",
        tellApart:
          "If `az account show` names another subscription than the registry's Overview blade, it is the subscription, not the role.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-arm-role-missing-network",
    cause: "arm-role-missing",
    alsoPossible: [
      {
        cause: "vnet-provider-not-registered",
        tellApart:
          "`az provider show -n Microsoft.ContainerRegistry --query registrationState` in the VNet's subscription says NotRegistered.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-portal-stale-browser-cache",
    cause: "portal-stale-browser-cache",
    alsoPossible: [
      {
        cause: "arm-role-missing",
        tellApart: "If a private window still says no, check Access control (IAM) → View my access: the role may be on another scope.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-registry-name-wrong-form",
    cause: "registry-name-wrong-form",
    alsoPossible: [
      {
        cause: "azure-cloud-mismatch",
        tellApart: "Right name, wrong suffix: Azure China registries end in .azurecr.cn, Azure Government in .azurecr.us.",
      },
      {
        cause: "dns-name-not-found",
        tellApart: "If the login server from the Overview blade also gives NXDOMAIN, the registry was deleted or DNS is wrong.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-azure-cloud-mismatch",
    cause: "azure-cloud-mismatch",
    alsoPossible: [
      {
        cause: "registry-name-wrong-form",
        tellApart: "If the suffix is right, compare the rest of the name with the Overview blade's 'Login server' (lowercase, no typo).",
      },
    ],
  },

  // ---- Azure permissions ----
  {
    kind: "diagnosis",
    id: "d-acr-role-missing",
    cause: "acr-role-missing",
    alsoPossible: [
      {
        cause: "abac-repository-permissions",
        tellApart:
          "Properties → 'Registry role assignment permissions mode' says RBAC Registry + ABAC Repository Permissions: AcrPull is ignored there.",
      },
      {
        cause: "repository-not-found",
        tellApart: "With the role in place, `az acr repository list --name <registry>` does not show the repository you pull.",
      },
      {
        cause: "registry-resource-not-found",
        tellApart: "A role on another registry of the same name in another subscription does not help: check the role's scope.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-acr-role-missing-list",
    cause: "acr-role-missing",
    alsoPossible: [
      {
        cause: "abac-catalog-lister-missing",
        tellApart:
          "In RBAC + ABAC mode, listing repositories needs 'Container Registry Repository Catalog Lister' on top of the reader role.",
      },
      {
        cause: "registry-ip-denied",
        tellApart:
          "The portal's Repositories blade talks to the registry from your browser, so the registry's firewall applies to your own IP.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-abac-repository-permissions",
    cause: "abac-repository-permissions",
    alsoPossible: [
      {
        cause: "acr-role-missing",
        tellApart: "If the mode is RBAC Registry Permissions, AcrPull/AcrPush is what is missing instead.",
      },
      {
        cause: "aks-acr-not-attached",
        tellApart:
          "az aks update --attach-acr grants AcrPull, which an ABAC-mode registry ignores; AKS needs Container Registry Repository Reader.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-abac-catalog-lister-missing",
    cause: "abac-catalog-lister-missing",
    alsoPossible: [
      {
        cause: "abac-repository-permissions",
        tellApart:
          "If pulling a known repository also fails, the Repository Reader role (or its ABAC condition) is missing, not only the lister.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-access-denied",
    cause: "access-denied",
    alsoPossible: [
      {
        cause: "repository-not-found",
        tellApart: "Registries refuse a name that does not exist as if it were forbidden: check the exact repository path and namespace.",
      },
      {
        cause: "credential-key-mismatch",
        tellApart:
          "If the stored login's key differs from the image's host, the pull goes out anonymous: compare ~/.docker/config.json 'auths' keys.",
      },
    ],
  },

  // ---- credentials ----
  {
    kind: "diagnosis",
    id: "d-admin-user-disabled",
    cause: "admin-user-disabled",
    alsoPossible: [
      {
        cause: "username-convention-mismatch",
        tellApart:
          "For anything but a quick personal test, use your Entra ID (az acr login) or a service principal instead of turning the admin user on.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-admin-password-regenerated",
    cause: "admin-password-regenerated",
    alsoPossible: [
      {
        cause: "admin-user-disabled",
        tellApart: "If Access keys shows the admin user off, no password works until it is turned on.",
      },
      {
        cause: "credentials-invalid",
        tellApart: "If your password matches one shown, the username is the suspect: it must be the registry's name exactly.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-username-convention-mismatch-admin",
    cause: "username-convention-mismatch",
    alsoPossible: [
      {
        cause: "admin-password-regenerated",
        tellApart: "A password regenerated less than a minute ago is not yet usable everywhere; wait 60 seconds and retry.",
      },
      {
        cause: "registry-name-wrong-form",
        tellApart: "docker login needs the full login server (myregistry.azurecr.io) in lowercase as the server argument.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-username-convention-mismatch",
    cause: "username-convention-mismatch",
    alsoPossible: [
      {
        cause: "expose-token-wrong-username",
        tellApart: "If you pass a token from az acr login --expose-token, the username must be 00000000-0000-0000-0000-000000000000.",
      },
      {
        cause: "acr-role-missing",
        tellApart: "If az acr login --name <registry> works and docker pull then fails, the identity lacks a pull role instead.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-username-convention-mismatch-hub",
    cause: "username-convention-mismatch",
    alsoPossible: [
      {
        cause: "credentials-invalid",
        tellApart: "With your Docker ID and a fresh personal access token still refused, the token was revoked or mistyped.",
      },
      {
        cause: "stale-credentials-block-anonymous",
        tellApart: "If you only pull public images, `docker logout` and pull anonymously; a bad stored login breaks public pulls too.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-credentials-invalid-acr",
    cause: "credentials-invalid",
    alsoPossible: [
      {
        cause: "admin-password-regenerated",
        tellApart: "If the username is the registry's name, compare the password with Access keys: it may have been regenerated.",
      },
      {
        cause: "credentials-expired",
        tellApart:
          "A service principal secret or token password has an expiry date: check it (az ad app credential list, or the token's page).",
      },
      {
        cause: "username-convention-mismatch",
        tellApart: "The username's shape tells the method: the registry name (admin), a GUID (service principal), or a token's name.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-service-principal-wrong-id",
    cause: "service-principal-wrong-id",
    alsoPossible: [
      {
        cause: "credentials-expired",
        tellApart:
          'With the application ID right, `az ad app credential list --id $SP_ID --query "[].endDateTime"` shows whether the secret expired.',
      },
      {
        cause: "credentials-invalid",
        tellApart: "The password must be the secret's Value (shown once at creation), not its Secret ID.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-credentials-expired-sp",
    cause: "credentials-expired",
    alsoPossible: [
      {
        cause: "acr-role-missing",
        tellApart: "With a new secret and the login still refused, the service principal has no AcrPull/AcrPush on the registry.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-credentials-invalid-sp",
    cause: "credentials-invalid",
    alsoPossible: [
      {
        cause: "service-principal-wrong-id",
        tellApart: "The username must be the application (client) ID, not the object ID shown on Enterprise applications.",
      },
      {
        cause: "credentials-expired",
        tellApart: "Certificates & secrets shows the secret's 'Expires' date in the past.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-expose-token-wrong-username",
    cause: "expose-token-wrong-username",
    alsoPossible: [
      {
        cause: "credentials-expired",
        tellApart: "With the all-zero username right, a token older than three hours is refused: fetch a new one.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-credentials-expired-token",
    cause: "credentials-expired",
    alsoPossible: [
      {
        cause: "acr-role-missing",
        tellApart: "A fresh token still refused: the identity behind az login has no pull/push role on the registry.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-credentials-expired-scoped",
    cause: "credentials-expired",
    alsoPossible: [
      {
        cause: "credentials-invalid",
        tellApart:
          "If the token is enabled and its password not expired, the password you have is not one of its two current ones: generate a new one.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-credentials-invalid-scoped",
    cause: "credentials-invalid",
    alsoPossible: [
      {
        cause: "username-convention-mismatch",
        tellApart: "The username must be the token's name exactly as shown under Tokens.",
      },
      {
        cause: "credentials-expired",
        tellApart: "The token's page shows the password's expiry date in the past, or the token disabled.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-access-denied-scope-map",
    cause: "access-denied",
    alsoPossible: [
      {
        cause: "repository-not-found",
        tellApart: "If the scope map lists the repository, check its spelling: the map names repositories exactly.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-credentials-invalid",
    cause: "credentials-invalid",
    alsoPossible: [
      {
        cause: "username-convention-mismatch",
        tellApart: "Docker Hub wants the Docker ID (not the e-mail); ECR wants 'AWS'; GHCR wants your GitHub username with a token.",
      },
      {
        cause: "credentials-expired",
        tellApart: "A token that worked earlier today and fails now has most likely expired.",
      },
      {
        cause: "token-realm-misconfigured",
        tellApart:
          "Self-hosted (Harbor, registry:2 behind a proxy): if `curl -sI https://<registry>/v2/` shows an http:// or wrong-port realm, the password is not the problem.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-credentials-expired",
    cause: "credentials-expired",
    alsoPossible: [
      {
        cause: "credential-key-mismatch",
        tellApart: "A fresh login that still fails: the stored key may not match the image's host (compare ~/.docker/config.json 'auths').",
      },
      {
        cause: "credentials-invalid",
        tellApart: "If a brand-new token is refused too, the credentials are wrong rather than old.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-credentials-required",
    cause: "credentials-required",
    alsoPossible: [
      {
        cause: "repository-not-found",
        tellApart: "Registries answer 'log in first' for names that don't exist too: check the image name before hunting for credentials.",
      },
      {
        cause: "credential-key-mismatch",
        tellApart: "If you did log in, the stored login's key differs from the image's host, so it was not sent.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-stale-credentials-block-anonymous",
    cause: "stale-credentials-block-anonymous",
    alsoPossible: [
      {
        cause: "credentials-required",
        tellApart:
          "After `docker logout <registry>`, a 401 means anonymous pull is off: `az acr show --name <registry> --query anonymousPullEnabled`.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-credential-key-mismatch",
    cause: "credential-key-mismatch",
    alsoPossible: [
      {
        cause: "credentials-expired",
        tellApart: "If the key matches exactly, a short-lived token behind it may have expired: log in again and pull at once.",
      },
      {
        cause: "credentials-required",
        tellApart: "No entry at all for the registry in ~/.docker/config.json (or root's, with sudo): nothing was stored.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-repository-not-found-admin",
    cause: "repository-not-found",
    alsoPossible: [
      {
        cause: "admin-user-disabled",
        tellApart: "If Access keys shows the admin user off, its stored credentials no longer work at all.",
      },
      {
        cause: "credential-key-mismatch",
        tellApart: "If the admin login is stored under another name than the image's host, the pull goes out anonymous.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-repository-not-found-denied",
    cause: "repository-not-found",
    alsoPossible: [
      {
        cause: "access-denied",
        tellApart: "If the repository exists under exactly that name, your login lacks pull (or push) rights on it.",
      },
      {
        cause: "credentials-required",
        tellApart: "If you never logged in, log in first; a private repository looks missing to an anonymous client.",
      },
    ],
  },

  // ---- registry API ----
  {
    kind: "diagnosis",
    id: "d-repository-not-found",
    cause: "repository-not-found",
    alsoPossible: [
      {
        cause: "access-denied",
        tellApart:
          "If `az acr repository list` (or the registry's UI) shows the repository, the name is right and your rights are the problem.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-tag-not-found",
    cause: "tag-not-found",
    alsoPossible: [
      {
        cause: "repository-not-found",
        tellApart: "If listing the repository's tags fails too, the repository path is wrong, not just the tag.",
      },
      {
        cause: "platform-not-available",
        tellApart:
          "containerd reports a missing platform as 'not found' as well: `docker manifest inspect` lists the platforms the tag has.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-platform-not-available",
    cause: "platform-not-available",
    alsoPossible: [
      {
        cause: "tag-not-found",
        tellApart: "If `docker manifest inspect` finds no manifest at all, the tag itself is missing.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-rate-limited",
    cause: "rate-limited",
    alsoPossible: [
      {
        cause: "credential-key-mismatch",
        tellApart:
          "Logged-in pulls have higher limits; if your login is stored under another key (docker.io vs index.docker.io), pulls count as anonymous.",
      },
      {
        cause: "image-pull-secret-missing",
        tellApart: "In Kubernetes, pulls without an imagePullSecret are anonymous and share the node's address limit.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-rate-limited-k8s",
    cause: "rate-limited",
    alsoPossible: [
      {
        cause: "image-pull-secret-missing",
        tellApart: "`kubectl get pod … -o jsonpath='{.spec.imagePullSecrets}'` is empty: the nodes pull anonymously.",
      },
      {
        cause: "credential-key-mismatch",
        tellApart: "The secret's server key must be the image's registry host ('https://index.docker.io/v1/' for Docker Hub).",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-registry-server-error",
    cause: "registry-server-error",
    alsoPossible: [
      {
        cause: "not-a-registry",
        tellApart: "A 502/503 in HTML comes from a proxy, CDN or load balancer in front, not from the registry itself.",
      },
      {
        cause: "proxy-refused",
        tellApart: "If curl -v shows the error during CONNECT ('from proxy'), it is your proxy's answer.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-not-a-registry",
    cause: "not-a-registry",
    alsoPossible: [
      {
        cause: "proxy-refused",
        tellApart: "A block page from your company's proxy or web filter is HTML too: its title or body names the product.",
      },
      {
        cause: "registry-name-wrong-form",
        tellApart: "A web site's address is not its registry's: Docker Hub's API is registry-1.docker.io, not hub.docker.com.",
      },
    ],
  },

  // ---- registry firewall and Azure networking ----
  {
    kind: "diagnosis",
    id: "d-registry-ip-denied",
    cause: "registry-ip-denied",
    alsoPossible: [
      {
        cause: "private-dns-zone-not-linked",
        tellApart:
          "If the registry has a private endpoint, nslookup on this machine should return a private address; a public one means its DNS misses the private zone.",
      },
      {
        cause: "proxy-refused",
        tellApart:
          "A 403 naming 'client with IP' is the registry; 'Received HTTP code 403 from proxy after CONNECT' in curl -v is your proxy.",
      },
      {
        cause: "service-endpoint-rule-missing",
        tellApart: "From an Azure subnet with a service endpoint, the subnet itself must be in the registry's network rules.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-registry-ip-denied-public-off",
    cause: "registry-ip-denied",
    alsoPossible: [
      {
        cause: "private-dns-zone-not-linked",
        tellApart: "If this machine should go through a private endpoint, nslookup returning a public address is the real fault.",
      },
      {
        cause: "service-endpoint-public-access-disabled",
        tellApart: "Turning public access off also turns off service-endpoint access for subnets.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-private-dns-zone-not-linked",
    cause: "private-dns-zone-not-linked",
    alsoPossible: [
      {
        cause: "registry-ip-denied",
        tellApart: "If no private endpoint is meant to serve this machine, allow its public IP (the one in the 403) instead.",
      },
      {
        cause: "private-endpoint-no-route",
        tellApart: "Once DNS gives the private address, a time-out instead of a 403 means there is no route to it (peering, VPN).",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-private-dns-zone-not-linked-data",
    cause: "private-dns-zone-not-linked",
    alsoPossible: [
      {
        cause: "data-endpoint-unreachable",
        tellApart:
          "If every data endpoint (one per replica region) resolves private too, the data host is blocked on the way: test it with curl -v.",
      },
      {
        cause: "registry-ip-denied",
        tellApart:
          "The IP in the 403 is the address the registry saw; a public one means the request went out publicly, e.g. through a proxy that resolves names itself (add the registry to NO_PROXY).",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-service-endpoint-public-access-disabled",
    cause: "service-endpoint-public-access-disabled",
    alsoPossible: [
      {
        cause: "private-dns-zone-not-linked",
        tellApart: "If you meant to move to a private endpoint, this machine must resolve the registry to the endpoint's private address.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-service-endpoint-rule-missing",
    cause: "service-endpoint-rule-missing",
    alsoPossible: [
      {
        cause: "service-endpoint-public-access-disabled",
        tellApart: "With public access 'Disabled', subnet rules do nothing; it must be 'Selected networks'.",
      },
      {
        cause: "vnet-provider-not-registered",
        tellApart: "If the subnet is in another subscription and the rule cannot be saved, register Microsoft.ContainerRegistry there.",
      },
      {
        cause: "network-restricted-service",
        tellApart: "Service endpoints serve only VMs and AKS; App Service, ACI and other services are not covered.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-service-endpoint-rule-missing-listed",
    cause: "service-endpoint-rule-missing",
    alsoPossible: [
      {
        cause: "network-restricted-service",
        tellApart: "Service endpoints serve only VMs and AKS clusters in the subnet; other services there come from other addresses.",
      },
      {
        cause: "registry-ip-denied",
        tellApart:
          "If the subnet itself has no Microsoft.ContainerRegistry service endpoint (az network vnet subnet show … --query serviceEndpoints), traffic leaves by its public IP, which the 403 names.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-bastion-not-supported",
    cause: "bastion-not-supported",
    alsoPossible: [
      {
        cause: "registry-ip-denied",
        tellApart:
          "If you pull from a VM you reached through Bastion, the VM's own network path counts, not Bastion's: treat it as that VM.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-vnet-provider-not-registered",
    cause: "vnet-provider-not-registered",
    alsoPossible: [
      {
        cause: "arm-role-missing",
        tellApart: "If the provider is registered, you may lack rights on the VNet or subnet in that subscription (Network Contributor).",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-network-restricted-service",
    cause: "network-restricted-service",
    alsoPossible: [
      {
        cause: "azure-service-registry-settings",
        tellApart:
          "If the registry is open to all networks, the service's own registry settings (server, identity, credentials) are wrong.",
      },
      {
        cause: "registry-ip-denied",
        tellApart: "Pipelines on Microsoft-hosted agents come from changing public IPs, which an IP allow-list cannot keep up with.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-azure-service-registry-settings",
    cause: "azure-service-registry-settings",
    alsoPossible: [
      {
        cause: "admin-user-disabled",
        tellApart: "Portal deployments to App Service and Container Instances use the admin user: if it is off, they fail.",
      },
      {
        cause: "acr-role-missing",
        tellApart: "A service that pulls with its managed identity needs AcrPull (or Repository Reader in ABAC mode) on the registry.",
      },
      {
        cause: "network-restricted-service",
        tellApart: "If the registry allows only selected networks or private endpoints, the service cannot reach it at all.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-aks-acr-not-attached",
    cause: "aks-acr-not-attached",
    alsoPossible: [
      {
        cause: "abac-repository-permissions",
        tellApart:
          "If the kubelet identity has AcrPull but the registry is in RBAC + ABAC mode, it needs Container Registry Repository Reader.",
      },
      {
        cause: "image-pull-secret-missing",
        tellApart: "Pods that are meant to use an imagePullSecret instead must name it (or their service account must).",
      },
      {
        cause: "repository-not-found",
        tellApart:
          "AKS tries an anonymous token first, so a wrong image name also gives 401: check the name with az acr repository show-tags.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-image-pull-secret-missing",
    cause: "image-pull-secret-missing",
    alsoPossible: [
      {
        cause: "aks-acr-not-attached",
        tellApart: "On AKS with an Azure registry, attaching the registry to the cluster replaces pull secrets.",
      },
      {
        cause: "credential-key-mismatch",
        tellApart: "A secret that is listed but made for another host (docker.io vs index.docker.io, a port) is not used.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-image-pull-secret-missing-tenant",
    cause: "image-pull-secret-missing",
    alsoPossible: [
      {
        cause: "aks-acr-not-attached",
        tellApart: "A cluster's managed identity cannot pull across tenants; in the same tenant, attaching the registry is enough.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-credential-key-mismatch-k8s",
    cause: "credential-key-mismatch",
    alsoPossible: [
      {
        cause: "image-pull-secret-missing",
        tellApart: "A correct secret in another namespace, or not named by the pod or service account, is ignored.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-credential-key-mismatch-global",
    cause: "credential-key-mismatch",
    alsoPossible: [
      {
        cause: "credentials-invalid",
        tellApart: "If the host key matches, test the entry's credentials with podman login on any machine.",
      },
      {
        cause: "redhat-secret-mangled",
        tellApart: "For registry.redhat.io entries, a token that was re-typed or wrapped when pasted breaks the whole entry.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-credentials-expired-k8s",
    cause: "credentials-expired",
    alsoPossible: [
      {
        cause: "admin-password-regenerated",
        tellApart: "If the secret holds the admin user's password, compare it with the registry's Access keys blade.",
      },
      {
        cause: "credentials-invalid",
        tellApart: "If the secret is new, decode it and test the same username and password with docker login.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-credentials-required-k8s",
    cause: "credentials-required",
    alsoPossible: [
      {
        cause: "repository-not-found",
        tellApart: "On an Azure registry, a wrong image name gets the same 401 to the anonymous token request.",
      },
      {
        cause: "image-pull-secret-missing",
        tellApart: "If the image is in fact private, the pod needs an imagePullSecret (or, on AKS, an attached registry).",
      },
    ],
  },

  // ---- DNS and network path ----
  {
    kind: "diagnosis",
    id: "d-dns-name-not-found",
    cause: "dns-name-not-found",
    alsoPossible: [
      {
        cause: "registry-resource-not-found",
        tellApart: "If `az acr show --name <registry>` finds nothing in any subscription, the registry was deleted or never existed.",
      },
      {
        cause: "private-dns-zone-not-linked",
        tellApart:
          "A private DNS zone privatelink.azurecr.io without a record for this registry answers NXDOMAIN to the machines linked to it.",
      },
      {
        cause: "registry-name-wrong-form",
        tellApart: "Compare the name letter by letter with the Overview blade's 'Login server'.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-dns-resolver-failed",
    cause: "dns-resolver-failed",
    alsoPossible: [
      {
        cause: "dns-name-not-found",
        tellApart: "NXDOMAIN (the name does not exist) differs from SERVFAIL or a time-out (the resolver failed).",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-dns-resolver-failed-elsewhere",
    cause: "dns-resolver-failed",
    alsoPossible: [
      {
        cause: "proxy-unreachable",
        tellApart:
          "If the failing look-up names your proxy ('proxyconnect tcp: dial tcp: lookup <proxy>'), it is the proxy's name that does not resolve.",
      },
      {
        cause: "private-dns-zone-not-linked",
        tellApart: "Containers and nodes may use another DNS server than your shell (/etc/resolv.conf, CoreDNS): run nslookup from there.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-dns-private-address",
    cause: "dns-private-address",
    alsoPossible: [
      {
        cause: "private-endpoint-no-route",
        tellApart: "If the machine is meant to be inside the network (VPN, peering), the route to the private endpoint is what is missing.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-private-endpoint-no-route",
    cause: "private-endpoint-no-route",
    alsoPossible: [
      {
        cause: "nsg-or-firewall-blocks-outbound",
        tellApart: "If the route exists, an NSG rule or Azure Firewall/NVA may drop port 443 to the private endpoint's subnet.",
      },
      {
        cause: "dns-private-address",
        tellApart: "If the machine is outside the registry's network, the private answer is itself the problem.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-nsg-or-firewall-blocks-outbound",
    cause: "nsg-or-firewall-blocks-outbound",
    alsoPossible: [
      {
        cause: "client-firewall-blocks-endpoints",
        tellApart:
          "If outbound traffic goes through a company firewall or proxy, its allow-list must include the registry's REST and data endpoints.",
      },
      {
        cause: "data-endpoint-unreachable",
        tellApart: "If login works and only layer downloads time out, it is the data endpoint that is not allowed.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-client-firewall-blocks-endpoints",
    cause: "client-firewall-blocks-endpoints",
    alsoPossible: [
      {
        cause: "data-endpoint-unreachable",
        tellApart:
          "If the registry's own name is allowed, each data endpoint (one per geo-replica) and *.blob.core.windows.net must be too.",
      },
      {
        cause: "nsg-or-firewall-blocks-outbound",
        tellApart: "From Azure VMs or AKS, NSG rules and Azure Firewall apply before your company firewall.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-client-firewall-blocks-endpoints-proxy",
    cause: "client-firewall-blocks-endpoints",
    alsoPossible: [
      {
        cause: "proxy-refused",
        tellApart: "curl -v through the proxy showing 'Received HTTP code 403 from proxy after CONNECT' is the proxy refusing the host.",
      },
      {
        cause: "docker-proxy-not-configured",
        tellApart: "If the proxy was changed recently, restart the Docker daemon: it reads its proxy only at start.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-network-timeout",
    cause: "network-timeout",
    alsoPossible: [
      {
        cause: "docker-proxy-not-configured",
        tellApart: "If curl from the same machine reaches https://<registry>/v2/ but docker times out, the daemon is not using your proxy.",
      },
      {
        cause: "client-firewall-blocks-endpoints",
        tellApart: "If other HTTPS sites work and only the registry times out, a firewall drops it.",
      },
      {
        cause: "registry-ip-denied",
        tellApart: "An Azure registry's own firewall answers at once with 403; a time-out is something on the way dropping packets.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-network-connection-refused",
    cause: "network-connection-refused",
    alsoPossible: [
      {
        cause: "proxy-unreachable",
        tellApart: "If the refused address is your proxy's (the error says 'proxyconnect'), the proxy is down or wrong.",
      },
      {
        cause: "tls-handshake-failed",
        tellApart: "A self-hosted registry on another port: make sure the image name carries that port (host:5000/…).",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-docker-proxy-not-configured",
    cause: "docker-proxy-not-configured",
    alsoPossible: [
      {
        cause: "client-firewall-blocks-endpoints",
        tellApart:
          "If `docker info` shows the proxy and pulls still time out, the proxy's or firewall's allow-list lacks the registry's endpoints.",
      },
      {
        cause: "data-endpoint-unreachable",
        tellApart: "If login works and only layers fail, the data endpoint (not the registry) is blocked.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-docker-proxy-not-configured-curl-ok",
    cause: "docker-proxy-not-configured",
    alsoPossible: [
      {
        cause: "auth-endpoint-unreachable",
        tellApart: "If the tool fails on the token URL (the realm in curl's www-authenticate header), that host is what is blocked.",
      },
      {
        cause: "tls-untrusted-certificate",
        tellApart: "curl uses the system's CA store; Docker and containerd may not (/etc/docker/certs.d, a daemon restart).",
      },
      {
        cause: "credential-key-mismatch",
        tellApart: "If the tool's error is 'unauthorized', the network is fine: the stored login is not being sent.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-proxy-unreachable",
    cause: "proxy-unreachable",
    alsoPossible: [
      {
        cause: "docker-proxy-not-configured",
        tellApart: "If the proxy works from your shell, the daemon's own proxy setting may name an old or wrong proxy.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-proxy-auth-required",
    cause: "proxy-auth-required",
    alsoPossible: [
      {
        cause: "proxy-refused",
        tellApart: "407 asks for the proxy's credentials; 403 means the proxy refuses this host whatever you send.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-proxy-refused",
    cause: "proxy-refused",
    alsoPossible: [
      {
        cause: "registry-ip-denied",
        tellApart:
          "A 403 body naming 'client with IP' is the registry firewall; 'Received HTTP code 403 from proxy after CONNECT' (curl -v) is the proxy.",
      },
      {
        cause: "proxy-auth-required",
        tellApart: "A 407 from the proxy wants credentials (user:password in the proxy URL).",
      },
      {
        cause: "tls-untrusted-certificate",
        tellApart: "A proxy that inspects HTTPS may let the tunnel through and then fail the TLS check: look for 'x509' in the error.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-proxy-refused-eof",
    cause: "proxy-refused",
    alsoPossible: [
      {
        cause: "tls-handshake-failed",
        tellApart: "Without any proxy, an EOF right after connecting is a TLS or server problem: curl -v shows where it stops.",
      },
      {
        cause: "auth-endpoint-unreachable",
        tellApart: "If the URL with EOF is the token service (auth.docker.io/token, …/oauth2/token), that host is what is blocked.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-auth-endpoint-unreachable",
    cause: "auth-endpoint-unreachable",
    alsoPossible: [
      {
        cause: "token-realm-misconfigured",
        tellApart:
          "If the realm is on the registry's own host but http:// or a wrong port, the registry's configuration is wrong, not your network.",
      },
      {
        cause: "client-firewall-blocks-endpoints",
        tellApart: "Allow-lists that name only the registry host miss its token host (auth.docker.io for Docker Hub).",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-token-realm-misconfigured",
    cause: "token-realm-misconfigured",
    alsoPossible: [
      {
        cause: "auth-endpoint-unreachable",
        tellApart: "If the realm looks right (https, right host and port) but can't be reached, it is the network path to it.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-data-endpoint-unreachable",
    cause: "data-endpoint-unreachable",
    alsoPossible: [
      {
        cause: "client-firewall-blocks-endpoints",
        tellApart: "Firewalls that allow only the registry's name miss its storage/data hosts; `az acr show-endpoints` lists them for ACR.",
      },
      {
        cause: "tls-untrusted-certificate",
        tellApart: "An inspecting proxy may re-sign only the CDN host: an 'x509' error on the blob URL points there.",
      },
      {
        cause: "redhat-hosts-not-allowed",
        tellApart: "For Red Hat images the layers come from cdn.quay.io and cdn0N.quay.io.",
      },
    ],
  },

  // ---- TLS ----
  {
    kind: "diagnosis",
    id: "d-tls-untrusted-certificate",
    cause: "tls-untrusted-certificate",
    alsoPossible: [
      {
        cause: "tls-incomplete-chain",
        tellApart: "If the issuer is a public CA but openssl shows a single certificate, the server omits its intermediate.",
      },
      {
        cause: "tls-handshake-failed",
        tellApart: "A server that speaks plain HTTP on the port gives 'server gave HTTP response to HTTPS client' instead.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-tls-untrusted-certificate-inspection",
    cause: "tls-untrusted-certificate",
    alsoPossible: [
      {
        cause: "data-endpoint-unreachable",
        tellApart: "If only layer downloads fail with x509, the proxy inspects only the storage/CDN host.",
      },
      {
        cause: "proxy-refused",
        tellApart: "Asking the proxy team to exclude the registry hosts from inspection fixes both this and any refusal.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-tls-incomplete-chain",
    cause: "tls-incomplete-chain",
    alsoPossible: [
      {
        cause: "tls-untrusted-certificate",
        tellApart: "If the issuer is a private or company CA, the machine needs that CA installed, not a fuller chain.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-tls-hostname-mismatch",
    cause: "tls-hostname-mismatch",
    alsoPossible: [
      {
        cause: "registry-name-wrong-form",
        tellApart: "Using <name>.privatelink.azurecr.io or an IP address directly fails this way: use the login server name.",
      },
      {
        cause: "tls-untrusted-certificate",
        tellApart: "If the certificate names a proxy product or your company, an inspecting proxy answered instead of the registry.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-tls-certificate-expired",
    cause: "tls-certificate-expired",
    alsoPossible: [
      {
        cause: "clock-skew",
        tellApart: "`openssl x509 -noout -dates` shows notAfter in the future: then the machine's clock, not the certificate, is wrong.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-clock-skew",
    cause: "clock-skew",
    alsoPossible: [
      {
        cause: "tls-certificate-expired",
        tellApart: "If the clock is right and notAfter is in the past, the certificate has really expired.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-tls-handshake-failed",
    cause: "tls-handshake-failed",
    alsoPossible: [
      {
        cause: "proxy-refused",
        tellApart:
          "A proxy that closes the tunnel looks like a failed handshake: curl -v shows whether CONNECT got '200 Connection established'.",
      },
      {
        cause: "not-a-registry",
        tellApart: "If the port answers HTTP with a web page, it is not the registry's API at all.",
      },
    ],
  },

  // ---- Red Hat ----
  {
    kind: "diagnosis",
    id: "d-redhat-old-registry-migration",
    cause: "redhat-old-registry-migration",
    alsoPossible: [
      {
        cause: "redhat-credentials-invalid",
        tellApart: "If you already log in to registry.redhat.io and still get 401, test the credentials with Red Hat's curl test.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-redhat-credentials-invalid",
    cause: "redhat-credentials-invalid",
    alsoPossible: [
      {
        cause: "redhat-token-name-format",
        tellApart: "A service account token's username is '<account number>|<token name>'; the token name alone is refused.",
      },
      {
        cause: "redhat-secret-mangled",
        tellApart:
          "If the curl test succeeds with the same values pasted from the portal, the copy in your tool or pull secret is damaged.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-redhat-token-name-format",
    cause: "redhat-token-name-format",
    alsoPossible: [
      {
        cause: "redhat-secret-mangled",
        tellApart: "With the username right, a token password pasted into a prompt or wrapped across lines is refused the same way.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-redhat-secret-mangled",
    cause: "redhat-secret-mangled",
    alsoPossible: [
      {
        cause: "credential-key-mismatch",
        tellApart: "If the stored entry is intact, check its key is exactly registry.redhat.io (not registry.access.redhat.com).",
      },
      {
        cause: "redhat-token-name-format",
        tellApart: "Check the username in the tool's entry is '<account number>|<token name>'.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-redhat-proxy-not-used",
    cause: "redhat-proxy-not-used",
    alsoPossible: [
      {
        cause: "redhat-hosts-not-allowed",
        tellApart: "If the tool does use the proxy, the proxy may refuse registry.redhat.io, sso.redhat.com or cdn*.quay.io.",
      },
      {
        cause: "docker-proxy-not-configured",
        tellApart: "With Docker, the daemon needs its own proxy setting and a restart; the shell's variables are not enough.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-redhat-hosts-not-allowed",
    cause: "redhat-hosts-not-allowed",
    alsoPossible: [
      {
        cause: "proxy-auth-required",
        tellApart: "A 407 (not 403) from the proxy asks for credentials rather than refusing the host.",
      },
      {
        cause: "redhat-proxy-not-used",
        tellApart: "If curl gets through the proxy and the container tool does not, the tool is not using the proxy.",
      },
    ],
  },
  {
    kind: "diagnosis",
    id: "d-redhat-hosts-not-allowed-firewall",
    cause: "redhat-hosts-not-allowed",
    alsoPossible: [
      {
        cause: "network-timeout",
        tellApart: "If no Red Hat host answers and other HTTPS sites don't either, the machine has no way out at all.",
      },
      {
        cause: "redhat-proxy-not-used",
        tellApart: "If your network requires a proxy, configure it for the tool (and test curl with --proxy).",
      },
    ],
  },
];

/** The decision tree the wizard walks; parsed at import so a malformed node fails fast. */
export const TREE: Tree = TreeSchema.parse({ version: "1", start: "q-start", nodes });
