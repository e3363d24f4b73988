// Cause entries for the client tooling (Docker, podman, Azure CLI, check-health), the name of the
// registry (its form, its Azure cloud, its subscription) and credentials (who logs in, with what,
// stored where). Content is English, reviewed as data; wording comes from the seed articles
// (../../../../shared/seeds, cited per entry) corrected by seed-notes.md and current provider docs.
// Not here: network, TLS, proxy, permission and registry-API causes (the other cause files).
import type { CauseInput } from "../schema";

const NULL_GUID = "00000000-0000-0000-0000-000000000000";

export const credentialCauses: CauseInput[] = [
  // ───────────────────────────── client tooling ─────────────────────────────
  {
    id: "docker-daemon-not-running",
    group: "client-tooling",
    title: "Docker is not installed or its daemon is not running",
    summary:
      "az acr login and docker pull need a running Docker engine. Here the docker command is missing, or the daemon behind it is stopped or out of reach, so nothing reached the registry.",
    explanation: [
      "az acr login does not store a login by itself: it gets a Microsoft Entra token for the registry and then runs docker login to save it, and it first runs docker ps to see that Docker works. When the docker command is missing, or the Docker daemon (Docker Engine, Docker Desktop) is stopped, it stops with DOCKER_COMMAND_ERROR or DOCKER_DAEMON_ERROR before anything is sent to the registry. Your registry, network and credentials have not been tested yet.",
      'The docker command is only a client: pulls, pushes and logins are carried out by the daemon. "Cannot connect to the Docker daemon" means the client found no daemon at its socket or pipe: the engine is stopped or not installed, Docker Desktop has not finished starting, DOCKER_HOST or the docker context points somewhere else, or your user may not open the socket.',
      "Where no daemon can or should run (a CI container, Azure Cloud Shell, RHEL 8 and 9 where podman replaces Docker) do not try to start one: get a token with az acr login --expose-token and hand it to the tool you have, or let az acr login call podman.",
    ],
    appliesTo: ["acr", "any"],
    symptoms: [
      "az acr login stops at once with DOCKER_COMMAND_ERROR and suggests 'az acr login -n <acr-name> --expose-token'.",
      "az acr check-health reports DOCKER_COMMAND_ERROR or DOCKER_DAEMON_ERROR in its first lines.",
      "Every docker command fails, not only login and pull: docker ps and docker version do too.",
      "On Windows or macOS, Docker Desktop is closed or still starting.",
    ],
    errorTexts: [
      "You may want to use 'az acr login -n <acr-name> --expose-token' to get an access token, which does not require Docker to be installed.",
      "<date> <time> An error occurred: DOCKER_COMMAND_ERROR",
      "Please verify if Docker client is installed and running.",
      "<date> <time> An error occurred: DOCKER_DAEMON_ERROR",
      "Please verify if Docker daemon is running, or try restarting it.",
      "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
      "failed to connect to the docker API at unix:///var/run/docker.sock; check if the path is correct and if the daemon is running: dial unix /var/run/docker.sock: connect: no such file or directory",
      "error during connect: <request>: open //./pipe/dockerDesktopLinuxEngine: The system cannot find the file specified.",
      "failed to connect to the docker API at npipe:////./pipe/dockerDesktopLinuxEngine; check if the path is correct and if the daemon is running: open //./pipe/dockerDesktopLinuxEngine: The system cannot find the file specified.",
      "permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: <request>: dial unix /var/run/docker.sock: connect: permission denied",
      "docker: command not found",
    ],
    confirm: [
      {
        text: "Ask the client and the daemon for their versions. docker version prints a Client section and, when the daemon answers, a Server section.",
        commands: [
          { client: "docker", run: "docker version" },
          { client: "shell", run: "systemctl status docker --no-pager", note: "Linux with Docker Engine" },
        ],
        good: "Both 'Client:' and 'Server: Docker Engine' sections with a version; systemctl shows 'active (running)'.",
        bad: "Only the Client section, then 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?' (Windows/macOS: 'open //./pipe/dockerDesktopLinuxEngine: The system cannot find the file specified'), or 'docker: command not found'.",
      },
      {
        text: "Run the Azure CLI health check: its first lines test the Docker client and daemon.",
        commands: [{ client: "az", run: "az acr check-health --name {registryName} --ignore-errors --yes" }],
        good: "'Docker daemon status: available', a 'Docker version: …' line and 'Docker pull of 'mcr.microsoft.com/mcr/hello-world:latest' : OK'.",
        bad: "'An error occurred: DOCKER_COMMAND_ERROR' or 'An error occurred: DOCKER_DAEMON_ERROR' near the top.",
      },
      {
        text: "Check where the client is pointed: a leftover DOCKER_HOST or a docker context for a remote engine sends every command to a daemon that is not there.",
        commands: [
          { client: "shell", run: 'echo "DOCKER_HOST=$DOCKER_HOST"' },
          { client: "docker", run: "docker context ls" },
        ],
        good: "DOCKER_HOST is empty and the current context (marked *) is 'default' or 'desktop-linux'.",
        bad: "DOCKER_HOST or the current context names a host or socket that no longer runs an engine.",
      },
      {
        text: "On Linux, 'permission denied … docker.sock' means the daemon runs but your user may not use its socket.",
        commands: [{ client: "shell", run: "ls -l /var/run/docker.sock && id -nG" }],
        good: "The socket belongs to group docker and 'docker' is in your groups.",
        bad: "Your groups do not include docker (the command works only with sudo).",
      },
    ],
    fixes: [
      {
        title: "Install or start Docker",
        when: "A workstation or VM where Docker is meant to run (Docker Engine on Linux, Docker Desktop on Windows and macOS).",
        steps: [
          {
            text: "Start the engine and make it start at boot. If Docker is not installed, install it from Docker's own repositories (https://docs.docker.com/engine/install/).",
            commands: [
              { client: "shell", run: "sudo systemctl enable --now docker", note: "Linux with Docker Engine" },
              {
                client: "docker",
                run: "docker desktop start",
                note: "Docker Desktop 4.37 or later; otherwise open Docker Desktop and wait for 'Engine running'",
              },
            ],
          },
          {
            text: "If only sudo works, add your user to the docker group, then log out and in again (membership is read at login).",
            commands: [{ client: "shell", run: 'sudo usermod -aG docker "$USER"' }],
          },
          {
            text: "If DOCKER_HOST or the context pointed elsewhere, clear it and switch back to the local engine.",
            commands: [
              { client: "shell", run: "unset DOCKER_HOST" },
              { client: "docker", run: "docker context use default" },
            ],
          },
          {
            text: "Log in again.",
            commands: [{ client: "az", run: "az acr login --name {registryName}" }],
          },
        ],
      },
      {
        title: "Get a token without Docker: az acr login --expose-token",
        when: "No Docker daemon runs here and none should: a CI container, a build agent, Azure Cloud Shell, or a machine where you use another tool.",
        steps: [
          {
            text: "Ask Azure CLI for an access token instead of a Docker login. It needs no Docker at all; the token lasts 3 hours.",
            commands: [
              { client: "az", run: "TOKEN=$(az acr login --name {registryName} --expose-token --output tsv --query accessToken)" },
            ],
          },
          {
            text: `Log in with the token as the password and ${NULL_GUID} as the username, in whichever tool you use.`,
            commands: [
              { client: "docker", run: `docker login {loginServer} --username ${NULL_GUID} --password-stdin <<< $TOKEN` },
              { client: "podman", run: `podman login {loginServer} --username ${NULL_GUID} --password-stdin <<< "$TOKEN"` },
              { client: "helm", run: `echo $TOKEN | helm registry login {loginServer} --username ${NULL_GUID} --password-stdin` },
              { client: "skopeo", run: `skopeo login {loginServer} --username ${NULL_GUID} --password-stdin <<< "$TOKEN"` },
              { client: "containerd", run: `crictl pull --creds "${NULL_GUID}:$TOKEN" {image}` },
            ],
          },
        ],
      },
      {
        title: "Let az acr login call podman: DOCKER_COMMAND=podman",
        when: "Docker is absent on purpose and podman is installed, e.g. RHEL 8 and 9.",
        steps: [
          {
            text: "Set DOCKER_COMMAND for the login. Needs Azure CLI 2.59.0 or later.",
            commands: [{ client: "az", run: "DOCKER_COMMAND=podman az acr login --name {registryName}" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The daemon answers and the login goes through.",
        commands: [
          { client: "docker", run: "docker info --format '{{.ServerVersion}}'" },
          { client: "az", run: "az acr login --name {registryName}" },
        ],
        good: "A server version number, then 'Login Succeeded'.",
      },
    ],
    related: [
      "cloud-shell-no-daemon",
      "podman-needs-docker-command",
      "expose-token-wrong-username",
      "docker-client-too-old",
      "check-health-helm-notary-noise",
    ],
    tellApart: [
      {
        cause: "cloud-shell-no-daemon",
        how: "In Azure Cloud Shell az acr login says 'This command requires running the docker daemon, which is not supported in Azure Cloud Shell' instead of DOCKER_COMMAND_ERROR, and no daemon can be started there.",
      },
      {
        cause: "podman-needs-docker-command",
        how: "`command -v docker` prints nothing while `command -v podman` prints a path: this is a podman host (RHEL 8/9). Set DOCKER_COMMAND=podman rather than installing Docker.",
      },
      {
        cause: "docker-client-too-old",
        how: "The daemon answers (docker version shows a Server section) but the client is older than 18.03, or the daemon says 'client version … is too old'.",
      },
    ],
    cannotSee: [
      "Whether Docker is installed and running on your machine: the live check talks to the registry from the server, never to your Docker engine.",
    ],
    sources: [
      { seed: "acr-auth-errors", section: "Error 1: DOCKER_COMMAND_ERROR" },
      { seed: "acr-login-troubleshoot", section: "Check Docker configuration" },
      { seed: "acr-authentication-options", section: "az acr login with --expose-token" },
      {
        title: "Health check error reference",
        url: "https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference",
      },
      { title: "Install Docker Engine", url: "https://docs.docker.com/engine/install/" },
    ],
  },
  {
    id: "cloud-shell-no-daemon",
    group: "client-tooling",
    title: "Azure Cloud Shell has no Docker daemon for az acr login",
    summary:
      "Cloud Shell provides the Docker CLI but no Docker daemon, so az acr login refuses to run there. Use --expose-token, build with az acr build, or run the login on a machine with Docker.",
    explanation: [
      "az acr login needs both the Docker client and the Docker daemon: it saves the registry token through docker login. Azure Cloud Shell provides only the client. Azure CLI notices that it runs in Cloud Shell and stops with this message before it contacts the registry, so nothing is wrong with the registry or your rights.",
      "az acr login with --expose-token does work in Cloud Shell: it returns the token instead of calling Docker, for tools and scripts that need a token but no daemon. Building and pushing images is done in the registry itself with az acr build, and az acr check-health skips its environment checks there.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "az acr login fails immediately in Azure Cloud Shell (browser, Azure portal, VS Code Cloud Shell terminal).",
      "docker build, docker pull and docker push in Cloud Shell fail with 'Cannot connect to the Docker daemon'.",
      "az acr check-health in Cloud Shell prints 'Environment checks are not supported in Azure Cloud Shell.' and no Docker lines.",
    ],
    errorTexts: [
      "This command requires running the docker daemon, which is not supported in Azure Cloud Shell. You may want to use 'az acr login -n <acr-name> --expose-token' to get an access token, which does not require Docker to be installed.",
      "This command requires running the docker daemon, which is not supported in Azure Cloud Shell.",
      "Environment checks are not supported in Azure Cloud Shell.",
    ],
    confirm: [
      {
        text: "Check whether this shell is Azure Cloud Shell. Cloud Shell sets ACC_CLOUD in its environment.",
        commands: [{ client: "shell", run: 'echo "ACC_CLOUD=${ACC_CLOUD:-not set}"' }],
        good: "'ACC_CLOUD=not set': not Cloud Shell; look at docker-daemon-not-running instead.",
        bad: "ACC_CLOUD has a value: this is Cloud Shell, where az acr login without --expose-token cannot work.",
      },
    ],
    fixes: [
      {
        title: "Use az acr login --expose-token in Cloud Shell",
        when: "You need a registry token in Cloud Shell, e.g. for helm, a script or the registry's REST API.",
        steps: [
          {
            text: "Get the token (valid 3 hours) and log in with the fixed username.",
            commands: [
              { client: "az", run: "TOKEN=$(az acr login --name {registryName} --expose-token --output tsv --query accessToken)" },
              { client: "helm", run: `echo $TOKEN | helm registry login {loginServer} --username ${NULL_GUID} --password-stdin` },
            ],
          },
        ],
      },
      {
        title: "Build, import and inspect images without Docker",
        when: "You wanted Docker in Cloud Shell to build, copy or list images.",
        steps: [
          {
            text: "Let the registry build the image from your source folder, import public images, and list what is there.",
            commands: [
              { client: "az", run: "az acr build --registry {registryName} --image {repository}:{tag} ." },
              {
                client: "az",
                run: "az acr import --name {registryName} --source docker.io/library/hello-world:latest --image hello-world:latest",
              },
              { client: "az", run: "az acr repository show-tags --name {registryName} --repository {repository} -o table" },
            ],
          },
        ],
      },
      {
        title: "Run az acr login on a machine with Docker",
        when: "You need docker pull, push or run.",
        steps: [
          {
            text: "On a workstation or VM where Docker Engine or Docker Desktop runs, sign in and log in there.",
            commands: [
              { client: "az", run: "az login" },
              { client: "az", run: "az acr login --name {registryName}" },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The token is issued and the tool logs in.",
        commands: [{ client: "az", run: "az acr login --name {registryName} --expose-token --query loginServer -o tsv" }],
        good: "The registry's login server, e.g. myregistry.azurecr.io, and 'Login Succeeded' from the tool you used.",
      },
    ],
    related: ["docker-daemon-not-running", "expose-token-wrong-username"],
    tellApart: [
      {
        cause: "docker-daemon-not-running",
        how: "Outside Cloud Shell the same situation shows as DOCKER_COMMAND_ERROR or DOCKER_DAEMON_ERROR, and starting or installing Docker fixes it.",
      },
      {
        cause: "expose-token-wrong-username",
        how: "After --expose-token the login fails with 'unauthorized': check that the username is exactly 00000000-0000-0000-0000-000000000000 and the password is only the accessToken value.",
      },
    ],
    cannotSee: ["Where you run the command: only the message itself tells Registry Doctor that it came from Cloud Shell."],
    sources: [
      { seed: "acr-auth-errors", section: "Error 2: not supported in Azure Cloud Shell" },
      { seed: "acr-authentication-options", section: "az acr login with --expose-token" },
      {
        title: "Authenticate with an Azure container registry",
        url: "https://learn.microsoft.com/azure/container-registry/container-registry-authentication",
      },
    ],
  },
  {
    id: "docker-client-too-old",
    group: "client-tooling",
    title: "Docker client older than 18.03, or older than the engine accepts",
    summary:
      "Logging in to Azure Container Registry needs Docker client 18.03 or later. An older client lacks what az acr login relies on, and current engines refuse clients whose API version is too old.",
    explanation: [
      "Azure Container Registry documents Docker client version 18.03 or later for its login flows: az acr login drives docker login, and older clients miss options and token handling it relies on (for example, clients before 17.07 have no --password-stdin).",
      "Separately, the client and the engine must agree on an API version. Recent Docker Engine releases raised the oldest API version they accept, so an old client (or an old tool that embeds one) is refused with 'client version … is too old'. The reverse, 'client version … is too new', means the engine is the old one.",
      "Old clients are common on long-lived build servers, appliances and distributions that ship their own docker package (such as the docker 1.13 package of RHEL 7).",
    ],
    appliesTo: ["acr", "any"],
    symptoms: [
      "The same credentials log in from a newer machine but not from this one.",
      "docker version shows a client version below 18.03, or an 'API version' error.",
      "az acr check-health reports DOCKER_VERSION_ERROR or prints an old 'Docker version'.",
    ],
    errorTexts: [
      "Error response from daemon: client version <api-version> is too old. Minimum supported API version is <api-version>, please upgrade your client to a newer version",
      "Error response from daemon: client version <api-version> is too new. Maximum supported API version is <api-version>",
      "unknown flag: --password-stdin",
      "<date> <time> An error occurred: DOCKER_VERSION_ERROR",
      "An error occurred while retrieving Docker version. Please try verifying it manually.",
    ],
    confirm: [
      {
        text: "Read the client and engine versions and the API versions they speak.",
        commands: [
          {
            client: "docker",
            run: "docker version --format 'client {{.Client.Version}} (API {{.Client.APIVersion}}), engine {{.Server.Version}} (API {{.Server.APIVersion}}, oldest accepted {{.Server.MinAPIVersion}})'",
          },
          { client: "podman", run: "podman version" },
        ],
        good: "Client 18.03 or later, and a client API version between the engine's oldest accepted and current API version.",
        bad: "A client version such as 1.13.1 or 17.x, or an error 'client version … is too old' / 'is too new'.",
      },
      {
        text: "Azure CLI's check prints the Docker version it found.",
        commands: [{ client: "az", run: "az acr check-health --name {registryName} --ignore-errors --yes" }],
        good: "'Docker version: 'Docker version 2x.x.x, build …, platform linux/amd64''.",
        bad: "An old version on that line, or DOCKER_VERSION_ERROR.",
      },
    ],
    fixes: [
      {
        title: "Upgrade the Docker client",
        when: "The client is older than 18.03, or the engine says the client is too old.",
        steps: [
          {
            text: "Upgrade from Docker's repositories (replace a distribution's old docker or docker.io package with docker-ce and docker-ce-cli, see https://docs.docker.com/engine/install/), or update Docker Desktop from its menu.",
            commands: [
              {
                client: "shell",
                run: "sudo apt-get update && sudo apt-get install --only-upgrade docker-ce docker-ce-cli",
                note: "Debian/Ubuntu with Docker's repository",
              },
              { client: "shell", run: "sudo dnf upgrade docker-ce docker-ce-cli", note: "RHEL/Fedora family with Docker's repository" },
            ],
          },
        ],
      },
      {
        title: "Upgrade the engine, or pin the API version for now",
        when: "The error says the client is too new: the engine is the old part.",
        steps: [
          {
            text: "Upgrade the Docker Engine on that host. Until then, a newer client can be told to speak the engine's API version.",
            commands: [
              {
                client: "docker",
                run: 'DOCKER_API_VERSION="$ENGINE_API" docker version',
                note: "temporary; ENGINE_API is the number in 'Maximum supported API version is …'",
              },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The versions meet the floor and the login works.",
        commands: [
          { client: "docker", run: "docker version --format '{{.Client.Version}} / {{.Server.Version}}'" },
          { client: "az", run: "az acr login --name {registryName}" },
        ],
        good: "Both 18.03 or later, then 'Login Succeeded'.",
      },
    ],
    related: ["docker-daemon-not-running", "azure-cli-too-old"],
    tellApart: [
      {
        cause: "docker-daemon-not-running",
        how: "There the daemon does not answer at all ('Cannot connect to the Docker daemon'); here it answers and reports a version or an API-version error.",
      },
    ],
    cannotSee: ["The Docker version on your machine: only your pasted output or docker version shows it."],
    sources: [
      { seed: "acr-login-troubleshoot", section: "Check Docker configuration (Docker client 18.03 or later)" },
      { title: "Docker Engine API version", url: "https://docs.docker.com/reference/api/engine/" },
      { title: "Install Docker Engine", url: "https://docs.docker.com/engine/install/" },
    ],
  },
  {
    id: "azure-cli-too-old",
    group: "client-tooling",
    title: "Azure CLI older than 2.59.0 ignores DOCKER_COMMAND=podman",
    summary:
      "Setting DOCKER_COMMAND=podman for az acr login needs Azure CLI 2.59.0 or later. Older versions ignore the variable, call docker and fail with DOCKER_COMMAND_ERROR.",
    explanation: [
      "az acr login runs docker by default. From Azure CLI 2.59.0 the DOCKER_COMMAND environment variable picks another tool, such as podman. An older Azure CLI does not read the variable, still looks for docker, and on a host without Docker stops with DOCKER_COMMAND_ERROR although DOCKER_COMMAND=podman was set.",
      "An old Azure CLI also misses newer registry features and fixes (the health-check reference lists an old CLI among the reasons for LOGIN_SERVER_ERROR). Upgrading is the fix; az upgrade exists from Azure CLI 2.11.0, older installs are upgraded with the package manager they came from.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "DOCKER_COMMAND=podman az acr login still fails with DOCKER_COMMAND_ERROR.",
      "az --version shows azure-cli below 2.59.0.",
      "az upgrade is not a known command (Azure CLI older than 2.11.0).",
    ],
    errorTexts: [
      "<date> <time> An error occurred: DOCKER_COMMAND_ERROR",
      "Please verify if Docker client is installed and running.",
      "az: 'upgrade' is not in the 'az' command group.",
    ],
    confirm: [
      {
        text: "Read the Azure CLI version (first line of the output).",
        commands: [{ client: "az", run: "az --version" }],
        good: "azure-cli 2.59.0 or later.",
        bad: "azure-cli 2.58.x or older.",
      },
    ],
    fixes: [
      {
        title: "Upgrade Azure CLI",
        steps: [
          {
            text: "Upgrade in place, or with the package manager Azure CLI was installed from.",
            commands: [
              { client: "az", run: "az upgrade" },
              { client: "shell", run: "sudo dnf upgrade azure-cli", note: "RHEL/Fedora (Microsoft's repository)" },
              {
                client: "shell",
                run: "sudo apt-get update && sudo apt-get install --only-upgrade azure-cli",
                note: "Debian/Ubuntu (Microsoft's repository)",
              },
              { client: "powershell", run: "winget upgrade --exact --id Microsoft.AzureCLI", note: "Windows" },
              { client: "shell", run: "brew update && brew upgrade azure-cli", note: "macOS" },
            ],
          },
          {
            text: "Log in again with podman as the container tool.",
            commands: [{ client: "az", run: "DOCKER_COMMAND=podman az acr login --name {registryName}" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The new version is in use and the podman login succeeds.",
        commands: [
          { client: "az", run: "az --version" },
          { client: "podman", run: "podman login --get-login {loginServer}" },
        ],
        good: `azure-cli 2.59.0 or later, and podman prints ${NULL_GUID} (the login az acr login stored).`,
      },
    ],
    related: ["podman-needs-docker-command", "docker-daemon-not-running", "docker-client-too-old"],
    tellApart: [
      {
        cause: "podman-needs-docker-command",
        how: "If az --version shows 2.59.0 or later and DOCKER_COMMAND_ERROR persists, check that DOCKER_COMMAND=podman is really set for the az process (`env | grep DOCKER_COMMAND`, or `export` it in your shell profile).",
      },
    ],
    cannotSee: ["The Azure CLI version installed on your machine."],
    sources: [
      {
        seed: "acr-authentication-options",
        section: "Log in with an alternative container tool instead of Docker (Azure CLI 2.59.0 or later)",
      },
      { title: "How to update the Azure CLI", url: "https://learn.microsoft.com/cli/azure/update-azure-cli" },
      {
        title: "Health check error reference: LOGIN_SERVER_ERROR",
        url: "https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference",
      },
    ],
  },
  {
    id: "podman-needs-docker-command",
    group: "client-tooling",
    title: "On a podman host az acr login still calls docker",
    summary:
      "RHEL 8 and 9 ship podman instead of Docker, but az acr login calls docker by default and fails with DOCKER_COMMAND_ERROR. Set DOCKER_COMMAND=podman (Azure CLI 2.59.0 or later).",
    explanation: [
      "Docker is not available on RHEL 8 and 9, where podman is the container tool. az acr login uses docker unless told otherwise: with no docker command on the machine it stops with DOCKER_COMMAND_ERROR, although podman could do the login.",
      "The environment variable DOCKER_COMMAND chooses the tool (Azure CLI 2.59.0 or later). With the podman-docker package, a docker command exists that runs podman, but it prints 'Emulate Docker CLI using podman…' on stderr, which Azure CLI takes for an error until /etc/containers/nodocker exists.",
      "Podman keeps logins in ${XDG_RUNTIME_DIR}/containers/auth.json, which is emptied at reboot, and rootless and sudo podman keep separate logins: log in as the same user that pulls.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "az acr login fails on RHEL, Fedora, CentOS Stream or another podman host where podman login works.",
      "`docker` is not a command on the machine, or it is the podman-docker wrapper.",
    ],
    errorTexts: [
      "<date> <time> An error occurred: DOCKER_COMMAND_ERROR",
      "Please verify if Docker client is installed and running.",
      "Emulate Docker CLI using podman. Create /etc/containers/nodocker to quiet msg.",
    ],
    confirm: [
      {
        text: "See which container tools exist on the machine.",
        commands: [
          { client: "shell", run: "command -v docker || echo 'no docker'; command -v podman; cat /etc/redhat-release" },
          { client: "shell", run: "rpm -q podman-docker" },
        ],
        good: "A real docker command (Docker Engine) is installed: look at docker-daemon-not-running instead.",
        bad: "'no docker' and a podman path (or podman-docker installed), on e.g. 'Red Hat Enterprise Linux release 9.x'.",
      },
      {
        text: "Compare with the failing output. The seed article shows exactly this:",
        commands: [{ client: "az", run: "az acr login --name {registryName}" }],
        bad: "az acr login --name <acrName>\n2024-03-29 07:30:10.014426 An error occurred: DOCKER_COMMAND_ERROR\nPlease verify if Docker client is installed and running.",
      },
    ],
    fixes: [
      {
        title: "Set DOCKER_COMMAND=podman",
        when: "Azure CLI 2.59.0 or later (az --version).",
        steps: [
          {
            text: "Run the login with the variable set, or export it in your shell profile so every az acr login uses podman.",
            commands: [
              { client: "az", run: "DOCKER_COMMAND=podman az acr login --name {registryName}" },
              { client: "shell", run: "echo 'export DOCKER_COMMAND=podman' >> ~/.bashrc" },
            ],
          },
        ],
      },
      {
        title: "Provide a docker command that runs podman",
        when: "Tools or scripts other than Azure CLI also expect a docker command.",
        steps: [
          {
            text: "Install the podman-docker wrapper and silence its notice, which Azure CLI would otherwise read as an error.",
            commands: [
              { client: "shell", run: "sudo dnf install -y podman-docker && sudo touch /etc/containers/nodocker" },
              { client: "az", run: "az acr login --name {registryName}" },
            ],
          },
        ],
      },
      {
        title: "Log podman in with an exposed token",
        when: "Azure CLI is older than 2.59.0 and cannot be upgraded now.",
        steps: [
          {
            text: "Get a token (valid 3 hours) and give it to podman with the fixed username.",
            commands: [
              { client: "az", run: "TOKEN=$(az acr login --name {registryName} --expose-token --output tsv --query accessToken)" },
              { client: "podman", run: `podman login {loginServer} --username ${NULL_GUID} --password-stdin <<< "$TOKEN"` },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Podman holds a login for the registry and can pull. Pull as the same user (sudo or not) that logged in.",
        commands: [
          { client: "podman", run: "podman login --get-login {loginServer}" },
          { client: "podman", run: "podman pull {image}" },
        ],
        good: `'${NULL_GUID}', then the image's digest after 'Writing manifest to image destination'.`,
      },
    ],
    related: ["azure-cli-too-old", "docker-daemon-not-running", "expose-token-wrong-username", "credential-key-mismatch"],
    tellApart: [
      {
        cause: "azure-cli-too-old",
        how: "DOCKER_COMMAND=podman is set and DOCKER_COMMAND_ERROR remains: az --version shows a version below 2.59.0.",
      },
      {
        cause: "docker-daemon-not-running",
        how: "A real docker command exists (`docker version` prints a Client section from Docker, not podman): start or install Docker Engine instead.",
      },
      {
        cause: "credential-key-mismatch",
        how: "The login succeeded but `sudo podman pull` asks for credentials: root's podman reads another auth file than your user's.",
      },
    ],
    cannotSee: ["Which container tools are installed on your machine."],
    sources: [
      { seed: "acr-authentication-options", section: "Log in with an alternative container tool instead of Docker" },
      { seed: "acr-auth-errors", section: "Error 1: DOCKER_COMMAND_ERROR" },
      { title: "podman-login: auth file location", url: "https://docs.podman.io/en/latest/markdown/podman-login.1.html" },
    ],
  },
  {
    id: "check-health-helm-notary-noise",
    group: "client-tooling",
    title: "Helm or Notary errors in az acr check-health are harmless",
    summary:
      "HELM_COMMAND_ERROR, HELM_VERSION_ERROR, NOTARY_COMMAND_ERROR and NOTARY_VERSION_ERROR only say that helm or notary is missing or at another version. Ignore them and read the other lines.",
    explanation: [
      "az acr check-health also checks optional local tools. A Helm or Notary error does not mean anything is wrong with your registry or your device: it only says that Helm or Notary is not installed, or that Azure CLI does not recognise the installed version.",
      "So these lines are not the cause of a login or pull failure. The diagnosis is in the other lines: DOCKER_…, CONNECTIVITY_…, LOGIN_SERVER_ERROR, or the ': OK' lines for DNS, the challenge endpoint and the refresh and access tokens. If they are all OK, the problem lies outside what check-health tests (the failing machine's own credentials, a repository, a data endpoint).",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "az acr check-health prints errors, but only about Helm or Notary.",
      "The same output shows ': OK' for the DNS lookup, the challenge endpoint and the token fetches.",
    ],
    errorTexts: [
      "<date> <time> An error occurred: HELM_COMMAND_ERROR",
      "Please verify if Helm is installed.",
      "<date> <time> An error occurred: HELM_VERSION_ERROR",
      "An error occurred while retrieving Helm version. Please make sure that you have the latest Azure CLI version, and that you are using the recommended Helm version.",
      "Current Helm client version is not recommended. Please upgrade your Helm client to at least version 2.11.0.",
      "<date> <time> An error occurred: NOTARY_COMMAND_ERROR",
      "Please verify if notary is installed.",
      "<date> <time> An error occurred: NOTARY_VERSION_ERROR",
      "An error occurred while retrieving notary version. Please make sure that you have the latest Azure CLI version, and that you are using the recommended notary version.",
      "Current notary version is not recommended. Please <upgrade|downgrade> your notary client to version 0.6.0.",
    ],
    confirm: [
      {
        text: "Run the health check and read every line, not only the errors.",
        commands: [{ client: "az", run: "az acr check-health --name {registryName} --ignore-errors --yes" }],
        good: "Apart from HELM_… or NOTARY_… errors: 'DNS lookup to … : OK', 'Challenge endpoint https://…/v2/ : OK', 'Fetch refresh token for registry … : OK', 'Fetch access token for registry … : OK'.",
        bad: "Another error code as well (DOCKER_COMMAND_ERROR, CONNECTIVITY_DNS_ERROR, CONNECTIVITY_REFRESH_TOKEN_ERROR, LOGIN_SERVER_ERROR, …): that one is the finding.",
      },
      {
        text: "Show only the lines that matter, without Helm and Notary.",
        commands: [
          { client: "shell", run: "az acr check-health --name {registryName} --ignore-errors --yes 2>&1 | grep -viE 'helm|notary'" },
        ],
      },
    ],
    fixes: [
      {
        title: "Ignore them and follow the other lines",
        steps: [
          {
            text: "Nothing to fix for Helm or Notary. Paste the remaining error lines into Registry Doctor, or follow the code's page in the health-check error reference.",
            commands: [
              {
                client: "shell",
                run: "az acr check-health --name {registryName} --ignore-errors --yes 2>&1 | grep -E 'error occurred|: OK'",
              },
            ],
          },
        ],
      },
      {
        title: "Optionally install Helm 3 to quiet the check",
        when: "You use Helm charts with the registry, or want a clean check output.",
        steps: [
          {
            text: "Install Helm 3 with its official script or your package manager. Notary v1 is only needed for Docker Content Trust and is best left out.",
            commands: [
              { client: "shell", run: "curl -fsSL https://raw.githubusercontent.com/helm/helm/main/scripts/get-helm-3 | bash" },
              { client: "helm", run: "helm version" },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The registry lines of the check are OK.",
        commands: [{ client: "az", run: "az acr check-health --name {registryName} --ignore-errors --yes" }],
        good: "'Fetch access token for registry '<login-server>' : OK' (and 'Helm version: 3.x' if you installed Helm).",
      },
    ],
    related: ["docker-daemon-not-running", "aad-token-refresh-failed", "dns-name-not-found", "registry-ip-denied"],
    tellApart: [
      {
        cause: "docker-daemon-not-running",
        how: "DOCKER_COMMAND_ERROR and DOCKER_DAEMON_ERROR are not noise: az acr login needs Docker (or --expose-token).",
      },
      {
        cause: "aad-token-refresh-failed",
        how: "CONNECTIVITY_REFRESH_TOKEN_ERROR in the same output is a real finding about your identity or the registry firewall.",
      },
    ],
    cannotSee: ["Which tools are installed where you ran check-health."],
    sources: [
      { seed: "acr-auth-errors", section: "Initial troubleshooting: note on Helm and Notary errors" },
      {
        title: "Check the health of an Azure container registry",
        url: "https://learn.microsoft.com/azure/container-registry/container-registry-check-health",
      },
      {
        title: "Health check error reference",
        url: "https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference",
      },
    ],
  },

  // ───────────────────────────── name and DNS ─────────────────────────────
  {
    id: "registry-name-wrong-form",
    group: "name-dns",
    title: "Wrong form of the registry name for the command",
    summary:
      "docker, podman, helm and pull secrets take the full lowercase login server (myregistry.azurecr.io); az acr login --name takes the resource name (myregistry). Mixing them up or using capitals fails.",
    explanation: [
      "An Azure container registry has two names. The resource name (myregistry) is what you chose when you created it; Azure CLI and Azure PowerShell take it: az acr login --name myregistry, Connect-AzContainerRegistry -Name myregistry. The login server (myregistry.azurecr.io, myregistry.azurecr.cn in Azure China, myregistry.azurecr.us in Azure US Government) is the host name every container tool talks to: docker login myregistry.azurecr.io, image references, Kubernetes pull secrets. Registries created with a domain-name-label scope have a hash in the login server (myregistry-<hash>.azurecr.io), so read it from az acr show rather than building it.",
      "docker login myregistry treats 'myregistry' as a host name, which does not exist, so the login fails before any credential is checked. Azure CLI forgives the opposite slip for its current cloud ('The login server endpoint suffix '.azurecr.io' is automatically omitted.').",
      "Use only lowercase letters. The login server is lowercase; a credential stored for 'MyRegistry.azurecr.io' is not found when the image says 'myregistry.azurecr.io' (or the other way round), and repository names must be lowercase. For other registries the same rule holds: log in to the exact host that starts your image references (docker.io, ghcr.io, registry.redhat.io, <account>.dkr.ecr.<region>.amazonaws.com), without https:// or a path.",
    ],
    appliesTo: ["acr", "any"],
    symptoms: [
      "docker login with the short name fails with 'no such host'.",
      "Login succeeds, but pulls ask for authentication because the image reference spells the registry differently (capitals, another suffix).",
      "az acr login prints a warning about uppercase characters in the registry name.",
    ],
    errorTexts: [
      'Error response from daemon: Get "https://<acr-name>/v2/": dial tcp: lookup <acr-name> on <dns-server>:53: no such host',
      "Could not connect to the registry login server '<login-server>'. Please verify that the registry exists and the URL 'https://<login-server>/v2/' is reachable from your environment.",
      "Uppercase characters are detected in the registry name. When using its server url in docker commands, to avoid authentication errors, use all lowercase.",
      "invalid reference format: repository name must be lowercase",
    ],
    confirm: [
      {
        text: "Ask Azure for the registry's exact login server.",
        commands: [
          { client: "az", run: "az acr show --name {registryName} --query loginServer -o tsv" },
          { client: "az", run: "az acr list -o table", note: "NAME is the resource name, LOGIN SERVER the host for docker" },
          { client: "powershell", run: "(Get-AzContainerRegistry -Name {registryName} -ResourceGroupName $ResourceGroup).LoginServer" },
        ],
        good: "A lowercase host such as myregistry.azurecr.io, identical to the host in your docker login and image references.",
        bad: "Your command used the bare resource name with docker/podman/helm, the login server with a different suffix or case, or a different host than this.",
      },
      {
        text: "Compare it with the host the failing client really uses.",
        commands: [
          { client: "kubernetes", run: 'kubectl get pod "$POD" -n "$NAMESPACE" -o jsonpath=\'{.spec.containers[*].image}\'' },
          { client: "docker", run: "docker image ls --format '{{.Repository}}:{{.Tag}}'" },
        ],
        good: "Every image starts with the exact login server, in lowercase.",
        bad: "Images start with 'MyRegistry.azurecr.io/…', 'myregistry/…' or another suffix.",
      },
    ],
    fixes: [
      {
        title: "Give each tool the form of the name it expects",
        steps: [
          {
            text: "Azure CLI and Azure PowerShell take the resource name, without suffix.",
            commands: [
              { client: "az", run: "az acr login --name {registryName}" },
              { client: "powershell", run: "Connect-AzContainerRegistry -Name {registryName}" },
            ],
          },
          {
            text: "Container tools, image references and pull secrets take the full lowercase login server.",
            commands: [
              { client: "docker", run: "docker login {loginServer}" },
              { client: "podman", run: "podman login {loginServer}" },
              { client: "helm", run: "helm registry login {loginServer}" },
              { client: "containerd", run: 'crictl pull --creds "$REGISTRY_USER:$REGISTRY_PASSWORD" {image}' },
              {
                client: "kubernetes",
                run: 'kubectl create secret docker-registry acr-pull --namespace "$NAMESPACE" --docker-server={loginServer} --docker-username="$REGISTRY_USER" --docker-password="$REGISTRY_PASSWORD"',
              },
            ],
          },
          {
            text: "Retag and push, or fix the manifests, so that image references use the same lowercase host.",
            commands: [{ client: "docker", run: 'docker tag "$LOCAL_IMAGE" {image} && docker push {image}' }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Log in and pull with the same spelling.",
        commands: [
          { client: "docker", run: "docker login {loginServer} && docker pull {image}" },
          { client: "podman", run: "podman pull {image}" },
        ],
        good: "'Login Succeeded', then 'Status: Downloaded newer image for …' or 'Status: Image is up to date for …'.",
      },
    ],
    related: ["dns-name-not-found", "azure-cloud-mismatch", "registry-resource-not-found", "credential-key-mismatch"],
    tellApart: [
      {
        cause: "dns-name-not-found",
        how: "If the exact login server from az acr show also fails with 'no such host', the name really does not resolve (deleted registry, DNS problem), whatever form you use.",
      },
      {
        cause: "azure-cloud-mismatch",
        how: "The suffix is azurecr.cn or azurecr.us while `az cloud show --query name` says AzureCloud: the CLI is on the wrong cloud.",
      },
      {
        cause: "credential-key-mismatch",
        how: "Login succeeded and only the pull fails: compare the keys in ~/.docker/config.json with the host in the image reference, character for character.",
      },
    ],
    cannotSee: ["The image references in your manifests and scripts, unless you paste them."],
    sources: [
      { seed: "acr-login-troubleshoot", section: "Specify the correct registry name" },
      { title: "az acr login", url: "https://learn.microsoft.com/cli/azure/acr#az-acr-login" },
      {
        title: "Connect-AzContainerRegistry",
        url: "https://learn.microsoft.com/powershell/module/az.containerregistry/connect-azcontainerregistry",
      },
    ],
  },
  {
    id: "azure-cloud-mismatch",
    group: "name-dns",
    title: "Azure CLI is set to a different Azure cloud than the registry",
    summary:
      "Registries in Azure China (azurecr.cn) or Azure US Government (azurecr.us) need az cloud set before az login. On the wrong cloud Azure CLI cannot find the registry or builds the wrong login server.",
    explanation: [
      "Azure CLI works with one cloud at a time, AzureCloud (global Azure) by default. To use a registry in Azure operated by 21Vianet (China) or in Azure US Government, switch the CLI first with az cloud set -n AzureChinaCloud or az cloud set -n AzureUSGovernment, then sign in with az login. Switch back to global Azure with az cloud set -n AzureCloud.",
      "On the wrong cloud az acr login cannot look the registry up in Azure Resource Manager, so it appends the current cloud's suffix (myregistry.azurecr.io instead of myregistry.azurecr.cn), which does not exist: check-health reports CONNECTIVITY_DNS_ERROR or LOGIN_SERVER_ERROR, and sign-in can fail with a tenant that is 'not found'.",
      "Docker, podman and Kubernetes know nothing about clouds: they only need the login server with the cloud's suffix.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "The registry's login server ends in azurecr.cn or azurecr.us.",
      "az acr login or check-health cannot find or resolve the registry although the name is right.",
      "az login fails with AADSTS90002 or signs in to a directory without the registry's subscription.",
    ],
    errorTexts: [
      "Failed to reach DNS for registry '<login-server>'. Please check if the spelling is correct, if the CLI environment is on correct cloud and your network connectivity.",
      "<date> <time> An error occurred: CONNECTIVITY_DNS_ERROR",
      "An error occurred while retrieving the login server for registry '<acr-name>'. Please check if the spelling is correct, if the CLI environment is on correct cloud and if you have the right permissions on it.",
      "<date> <time> An error occurred: LOGIN_SERVER_ERROR",
      "Could not connect to the registry login server '<login-server>'. Please verify that the registry exists and the URL 'https://<login-server>/v2/' is reachable from your environment.",
      "AADSTS90002: Tenant '<tenant-id>' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.",
    ],
    confirm: [
      {
        text: "Show which cloud Azure CLI is set to and which registry suffix that cloud uses.",
        commands: [
          { client: "az", run: 'az cloud show --query "[name, suffixes.acrLoginServerEndpoint]" -o tsv' },
          { client: "powershell", run: "(Get-AzContext).Environment.Name" },
        ],
        good: "The cloud matches the login server: AzureCloud and .azurecr.io, AzureChinaCloud and .azurecr.cn, AzureUSGovernment and .azurecr.us.",
        bad: "AzureCloud / .azurecr.io while the registry is myregistry.azurecr.cn or myregistry.azurecr.us.",
      },
    ],
    fixes: [
      {
        title: "Switch Azure CLI to the registry's cloud, then sign in",
        steps: [
          {
            text: "Set the cloud, sign in to it, and log in to the registry by its resource name.",
            commands: [
              { client: "az", run: "az cloud set -n {azureCloud}" },
              { client: "az", run: "az login" },
              { client: "az", run: "az acr login --name {registryName}" },
            ],
          },
          {
            text: "When you are done, switch back to global Azure (the setting is shared by every az session of your user).",
            commands: [{ client: "az", run: "az cloud set -n AzureCloud" }],
          },
          {
            text: "Azure PowerShell takes the cloud on sign-in.",
            commands: [
              { client: "powershell", run: "Connect-AzAccount -Environment {azureCloud}" },
              { client: "powershell", run: "Connect-AzContainerRegistry -Name {registryName}" },
            ],
          },
          {
            text: "Container tools need only the login server with the right suffix.",
            commands: [
              { client: "docker", run: "docker login {loginServer}" },
              { client: "podman", run: "podman login {loginServer}" },
            ],
          },
        ],
      },
      {
        title: "Keep a separate Azure CLI profile per cloud",
        when: "You work with several clouds and keep switching.",
        steps: [
          {
            text: "Give each cloud its own configuration folder, so switching one does not switch the other.",
            commands: [
              {
                client: "az",
                run: "AZURE_CONFIG_DIR=~/.azure-{azureCloud} az cloud set -n {azureCloud} && AZURE_CONFIG_DIR=~/.azure-{azureCloud} az login",
              },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The check resolves the right login server and gets tokens.",
        commands: [{ client: "az", run: "az acr check-health --name {registryName} --ignore-errors --yes" }],
        good: "'DNS lookup to <name>.azurecr.cn at IP … : OK' (or .azurecr.us) and 'Fetch access token for registry … : OK'.",
      },
    ],
    related: ["registry-name-wrong-form", "dns-name-not-found", "registry-resource-not-found", "aad-token-refresh-failed"],
    tellApart: [
      {
        cause: "registry-resource-not-found",
        how: "The cloud is right (az cloud show matches the suffix) but the registry is in another subscription: `az acr list -o table` does not show it.",
      },
      {
        cause: "dns-name-not-found",
        how: "`nslookup <login-server>` with the correct suffix also fails: the name does not resolve from this network.",
      },
    ],
    cannotSee: ["Which cloud your Azure CLI or PowerShell session is set to."],
    sources: [
      { seed: "acr-authentication-options", section: "Individual login with Microsoft Entra ID (az cloud set -n AzureChinaCloud)" },
      { seed: "acr-login-troubleshoot", section: "Specify the correct registry name (myregistry.azurecr.cn)" },
      { title: "Azure clouds in the Azure CLI", url: "https://learn.microsoft.com/cli/azure/manage-clouds-azure-cli" },
      {
        title: "Health check error reference",
        url: "https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference",
      },
    ],
  },
  {
    id: "registry-resource-not-found",
    group: "name-dns",
    title: "Registry not found in the selected Azure subscription",
    summary:
      "Azure CLI looked for the registry in the current subscription and did not find it: another subscription or tenant is selected, the name is misspelled, or the registry was deleted.",
    explanation: [
      "Azure CLI finds a registry by name in the subscription that is currently selected (az account show). When the registry lives in another subscription, in another tenant, is misspelled or was deleted, Azure Resource Manager answers that no such resource exists in that subscription.",
      "az acr login then carries on: it builds the login server from the name and the cloud's suffix and tries Microsoft Entra ID; the 'could not be found in subscription' text appears on the admin-user line because that fallback needs the resource. Read the line before it: a CONNECTIVITY_REFRESH_TOKEN_ERROR with response code 401 together with this message usually means the wrong subscription or tenant is selected.",
      "The same message appears when your identity may use the registry's data (for example with AcrPull) but may not read the resource itself. If the login succeeds anyway, the message is only a warning.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "az acr login, az acr show or check-health says the registry cannot be found, though it exists in the portal.",
      "You have access to several subscriptions or tenants.",
    ],
    errorTexts: [
      "Unable to get admin user credentials with message: The resource with name '<acr-name>' and type 'Microsoft.ContainerRegistry/registries' could not be found in subscription '<subscription-name> (<subscription-id>)'.",
      "The resource with name '<acr-name>' and type 'Microsoft.ContainerRegistry/registries' could not be found in subscription '<subscription-name> (<subscription-id>)'.",
      "<date> <time> An error occurred: LOGIN_SERVER_ERROR",
      "An error occurred while retrieving the login server for registry '<acr-name>'. Please check if the spelling is correct, if the CLI environment is on correct cloud and if you have the right permissions on it.",
    ],
    confirm: [
      {
        text: "See which account, tenant and subscription Azure CLI uses, and whether the registry is in it.",
        commands: [
          { client: "az", run: 'az account show --query "{subscription:name, id:id, tenant:tenantId, user:user.name}" -o table' },
          { client: "az", run: "az acr list -o table" },
        ],
        good: "The subscription is the registry's and az acr list shows the registry.",
        bad: "Another subscription is selected, and the registry is missing from the list.",
      },
      {
        text: "Search every subscription you can see for a registry with this name.",
        commands: [
          { client: "az", run: "az account list -o table" },
          {
            client: "az",
            run: "az graph query -q \"Resources | where type =~ 'microsoft.containerregistry/registries' and name =~ '{registryName}' | project name, subscriptionId, resourceGroup\" -o table",
            note: "uses the resource-graph extension; az offers to install it",
          },
        ],
        good: "The registry appears with its subscription ID.",
        bad: "No result in any subscription: misspelled, deleted, in a tenant you are not signed in to, or no read access to the resource.",
      },
    ],
    fixes: [
      {
        title: "Select the registry's subscription",
        when: "The registry is in another subscription of the same tenant.",
        steps: [
          {
            text: "Switch the subscription, then log in again.",
            commands: [
              { client: "az", run: 'az account set --subscription "$SUBSCRIPTION_ID"' },
              { client: "az", run: "az acr login --name {registryName}" },
              {
                client: "powershell",
                run: "Set-AzContext -Subscription $SubscriptionId; Connect-AzContainerRegistry -Name {registryName}",
              },
            ],
          },
        ],
      },
      {
        title: "Sign in to the registry's tenant",
        when: "The registry belongs to another Microsoft Entra tenant (another organisation or a customer's directory).",
        steps: [
          {
            text: "Sign in to that tenant, select the subscription and log in.",
            commands: [
              { client: "az", run: 'az login --tenant "$TENANT_ID"' },
              { client: "az", run: 'az account set --subscription "$SUBSCRIPTION_ID" && az acr login --name {registryName}' },
            ],
          },
        ],
      },
      {
        title: "Check the name, or ask for read access",
        when: "The registry does not show up anywhere.",
        steps: [
          {
            text: "Compare the name with the registry owner's; a deleted registry cannot be logged in to. If the owner sees it and you do not, ask for the Reader role on it (or accept the message as a warning if your login works).",
            where: "Azure portal → Container registries (filter by name, all subscriptions)",
            commands: [{ client: "az", run: "az acr show --name {registryName} --query loginServer -o tsv" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Azure CLI finds the registry and the login succeeds.",
        commands: [
          { client: "az", run: 'az acr show --name {registryName} --query "{name:name, loginServer:loginServer}" -o table' },
          { client: "az", run: "az acr login --name {registryName}" },
          { client: "docker", run: "docker pull {image}" },
        ],
        good: "The registry's name and login server, then 'Login Succeeded' and the pull completes.",
      },
    ],
    related: ["aad-token-refresh-failed", "admin-user-disabled", "azure-cloud-mismatch", "registry-name-wrong-form", "arm-role-missing"],
    tellApart: [
      {
        cause: "aad-token-refresh-failed",
        how: "If the output also has CONNECTIVITY_REFRESH_TOKEN_ERROR with 401, fix the subscription/tenant first: the token was issued for the wrong one. A 401 with the registry found in the right subscription is a missing role.",
      },
      {
        cause: "arm-role-missing",
        how: "A colleague sees the registry in your subscription but your az acr list does not: you lack read access to the resource (Reader or Container Registry Contributor and Data Access Configuration Administrator), not the subscription.",
      },
      {
        cause: "azure-cloud-mismatch",
        how: "The registry is in Azure China or US Government: `az cloud show --query name` must say AzureChinaCloud or AzureUSGovernment first.",
      },
    ],
    cannotSee: ["Your Azure subscriptions, tenants and role assignments: Registry Doctor never signs in to Azure."],
    sources: [
      { seed: "acr-auth-errors", section: "Error 4: Unable to get admin user credentials" },
      { seed: "acr-login-troubleshoot", section: "Causes: registry does not exist or the name is incorrect" },
      {
        title: "Health check error reference: LOGIN_SERVER_ERROR",
        url: "https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference",
      },
      {
        title: "Manage Azure subscriptions with the Azure CLI",
        url: "https://learn.microsoft.com/cli/azure/manage-azure-subscriptions-azure-cli",
      },
    ],
  },

  // ───────────────────────────── credentials ─────────────────────────────
  {
    id: "credentials-required",
    group: "credentials",
    title: "The registry needs a login and none was sent",
    summary:
      "The registry refused an anonymous request. Log in first, or give the Kubernetes pod a pull secret. On most registries a misspelled image name gets the same answer, so check the name too.",
    explanation: [
      "Private registries refuse anonymous access: Azure Container Registry (unless anonymous pull is enabled), registry.redhat.io, private repositories on Docker Hub, GHCR and Quay, and Amazon ECR always. A client that has no stored login for that exact host asks anonymously, and the registry answers 401 'authentication required'.",
      "Registries answer 'does not exist' and 'you may not see it' the same way on purpose, so that private names stay hidden. An anonymous 401 or 'pull access denied … may require docker login' can therefore also mean a wrong repository name or tag; for ACR, Microsoft documents that Kubernetes nodes see the same 401 for a wrong image name, because they always try anonymously first.",
      "Logins are per tool and per user: docker login on your laptop does not help a Kubernetes node, a CI runner, sudo, or podman. Each needs its own credentials.",
    ],
    appliesTo: ["acr", "redhat", "any"],
    symptoms: [
      "Pull or push fails although nobody was asked for a password.",
      "The same pull works on another machine, or for another user, where someone logged in.",
      "A Kubernetes pod stays in ErrImagePull or ImagePullBackOff with 'failed to fetch anonymous token'.",
    ],
    errorTexts: [
      "unauthorized: authentication required",
      'Error response from daemon: Head "https://<acr-name>.azurecr.io/v2/<repository>/manifests/<tag>": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
      "pull access denied for <repository>, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
      "failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://<registry>/oauth2/token?scope=repository%3A<repository>%3Apull&service=<registry>: 401 Unauthorized",
      "no basic auth credentials",
      "Error: initializing source docker://<image>: reading manifest <tag> in <registry>/<repository>: unauthorized: authentication required",
      "unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials. Further instructions can be found here: https://access.redhat.com/RegistryAuthentication",
      '{"errors":[{"code":"UNAUTHORIZED","message":"Access to the requested resource is not authorized"}]}',
    ],
    confirm: [
      {
        text: "Check whether this tool, as this user, holds a login for the registry's exact host.",
        commands: [
          {
            client: "docker",
            run: "docker login {loginServer}",
            note: "with a stored login it says 'Authenticating with existing credentials…'",
          },
          { client: "podman", run: "podman login --get-login {loginServer}" },
          { client: "kubernetes", run: 'kubectl get pod "$POD" -n "$NAMESPACE" -o jsonpath=\'{.spec.imagePullSecrets}\'' },
        ],
        good: "docker reuses existing credentials; podman prints a username; the pod lists a pull secret.",
        bad: "docker asks 'Username:'; podman says 'Error: not logged into <registry>'; the pod has no imagePullSecrets.",
      },
      {
        text: "Confirm the registry asks for a login (a 401 with a Bearer or Basic challenge is normal for a private registry).",
        commands: [{ client: "curl", run: "curl -si https://{loginServer}/v2/ | grep -iE '^HTTP|^www-authenticate'" }],
        good: 'HTTP/1.1 401 and \'www-authenticate: Bearer realm="…",service="…"\'.',
      },
      {
        text: "Read the pod's events for the anonymous-token message.",
        commands: [{ client: "kubernetes", run: 'kubectl describe pod "$POD" -n "$NAMESPACE" | sed -n \'/Events:/,$p\'' }],
        bad: "'failed to fetch anonymous token: unexpected status … 401 Unauthorized'.",
      },
    ],
    fixes: [
      {
        title: "Log in with the tool that pulls",
        steps: [
          {
            text: "Log in as the same user and with the same tool that pulls. For ACR with your own Microsoft Entra identity, az acr login does it for docker (or podman with DOCKER_COMMAND=podman).",
            commands: [
              { client: "az", run: "az acr login --name {registryName}" },
              { client: "docker", run: "docker login {loginServer}" },
              { client: "podman", run: "podman login {loginServer}" },
              { client: "helm", run: "helm registry login {loginServer}" },
              { client: "containerd", run: 'crictl pull --creds "$REGISTRY_USER:$REGISTRY_PASSWORD" {image}' },
              { client: "openshift", run: 'oc registry login --registry={loginServer} --auth-basic="$REGISTRY_USER:$REGISTRY_PASSWORD"' },
            ],
          },
        ],
      },
      {
        title: "Give Kubernetes its own credentials",
        when: "The pull happens on a Kubernetes or OpenShift node.",
        steps: [
          {
            text: "Create a pull secret in the pod's namespace and reference it (see image-pull-secret-missing). On AKS, attaching the registry to the cluster is the usual way (see aks-acr-not-attached).",
            commands: [
              {
                client: "kubernetes",
                run: 'kubectl create secret docker-registry acr-pull --namespace "$NAMESPACE" --docker-server={loginServer} --docker-username="$REGISTRY_USER" --docker-password="$REGISTRY_PASSWORD"',
              },
              {
                client: "kubernetes",
                run: 'kubectl patch serviceaccount default -n "$NAMESPACE" -p \'{"imagePullSecrets":[{"name":"acr-pull"}]}\'',
              },
            ],
          },
        ],
      },
      {
        title: "Allow anonymous pulls on purpose",
        when: "The images are meant to be public (ACR Standard or Premium).",
        steps: [
          {
            text: "Turn on anonymous pull. It applies to every repository in the registry.",
            commands: [{ client: "az", run: "az acr update --name {registryName} --anonymous-pull-enabled true" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Pull the image.",
        commands: [
          { client: "docker", run: "docker pull {image}" },
          { client: "podman", run: "podman pull {image}" },
          { client: "containerd", run: 'crictl pull --creds "$REGISTRY_USER:$REGISTRY_PASSWORD" {image}' },
        ],
        good: "'Status: Downloaded newer image for …' (docker), 'Writing manifest to image destination' (podman), 'Image is up to date for sha256:…' (crictl).",
        bad: "'manifest unknown' or 'name unknown' now: the login works and the name is wrong (see repository-not-found, tag-not-found).",
      },
    ],
    related: [
      "credentials-invalid",
      "repository-not-found",
      "image-pull-secret-missing",
      "credential-key-mismatch",
      "stale-credentials-block-anonymous",
      "access-denied",
    ],
    tellApart: [
      {
        cause: "repository-not-found",
        how: "Log in, then pull again: 'name unknown' or 'manifest unknown' means the name or tag is wrong; success means only the login was missing.",
      },
      {
        cause: "credential-key-mismatch",
        how: "You did log in, yet `docker login <login-server>` asks for a username: the login was stored under another spelling of the host, another user or another tool.",
      },
      {
        cause: "credentials-invalid",
        how: "Credentials were sent and rejected ('incorrect username or password', 'failed to fetch oauth token … 401'): not anonymous.",
      },
    ],
    cannotSee: ["Which logins your machine, user or cluster has stored (config.json, credential helpers, pull secrets)."],
    sources: [
      { seed: "acr-login-troubleshoot", section: "Symptoms: unauthorized: authentication required" },
      {
        title: "Authenticate with an Azure container registry",
        url: "https://learn.microsoft.com/azure/container-registry/container-registry-authentication",
      },
      { title: "Red Hat Container Registry Authentication", url: "https://access.redhat.com/RegistryAuthentication" },
      {
        title: "Make your container registry content publicly available",
        url: "https://learn.microsoft.com/azure/container-registry/anonymous-pull-access",
      },
    ],
  },
  {
    id: "credentials-invalid",
    group: "credentials",
    title: "The registry rejected the username or password",
    summary:
      "Credentials were sent and refused: a wrong or mistyped username or password, a secret you no longer have, or a password that expired or was regenerated.",
    explanation: [
      "The registry or its token service checked the credentials and said no. With Azure Container Registry this happens with docker login or az acr login when the username or password is wrong, or when the credential has expired (a service principal secret, a repository-scoped token, the admin user).",
      "Each kind of ACR credential has its own pair: admin user = the registry name and a password from Access keys; service principal = the application (client) ID and the client secret; repository-scoped token = the token name and one of its passwords; an exposed Microsoft Entra token = 00000000-0000-0000-0000-000000000000 and the token. Secrets and token passwords are shown once when created: if nobody saved the value, generate a new one rather than guess.",
      "Other registries work the same way: Docker Hub wants your Docker ID (not your e-mail) and a personal access token when two-factor sign-in is on; GHCR wants a personal access token (classic); registry.redhat.io wants Customer Portal or service-account credentials.",
    ],
    appliesTo: ["acr", "redhat", "any"],
    symptoms: [
      "docker login or podman login fails at once.",
      "A password that worked yesterday no longer works.",
      "Kubernetes events show 'failed to fetch oauth token: … 401 Unauthorized' (a secret was configured and refused).",
    ],
    errorTexts: [
      'Error response from daemon: Get "https://<acr-name>.azurecr.io/v2/": unauthorized: {"errors":[{"code":"UNAUTHORIZED","message":"authentication required, visit https://aka.ms/acr/authorization for more information."}]}',
      "unauthorized: incorrect username or password",
      "Error response from daemon: login attempt to https://<registry>/v2/ failed with status: 401 Unauthorized",
      "unable to retrieve auth token: invalid username/password: <detail>",
      'Error: logging into "<registry>": invalid username/password',
      "failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized",
      "Login did not succeed, error: <detail>",
    ],
    confirm: [
      {
        text: "Test the exact credentials from the command line, without anything stored (the password comes from a variable, never the command line).",
        commands: [
          {
            client: "docker",
            run: 'DOCKER_CONFIG=$(mktemp -d) docker login {loginServer} --username "$REGISTRY_USER" --password-stdin <<< "$REGISTRY_PASSWORD"',
          },
          {
            client: "podman",
            run: 'podman login --authfile "$(mktemp -u).json" {loginServer} --username "$REGISTRY_USER" --password-stdin <<< "$REGISTRY_PASSWORD"',
          },
          {
            client: "curl",
            run: 'curl -s -o /dev/null -w \'%{http_code}\\n\' -u "$REGISTRY_USER:$REGISTRY_PASSWORD" "https://{loginServer}/oauth2/token?service={loginServer}&scope=repository:{repository}:pull"',
            note: "ACR's token endpoint; other registries name theirs in the WWW-Authenticate realm",
          },
        ],
        good: "'Login Succeeded' / HTTP 200.",
        bad: "'unauthorized', 'invalid username/password' / HTTP 401.",
      },
      {
        text: "ACR admin user: compare with the current username and passwords.",
        where: "Azure portal → your registry → Settings → Access keys",
        commands: [{ client: "az", run: "az acr credential show --name {registryName} -o table" }],
        good: "The username and one of the two passwords are the ones the client uses.",
        bad: "The client uses a password that is not listed (it was regenerated) or admin user is disabled.",
      },
      {
        text: "Repository-scoped token: check that it is enabled and when its passwords expire.",
        where: "Azure portal → your registry → Repository permissions → Tokens",
        commands: [
          {
            client: "az",
            run: 'az acr token show --name "$TOKEN_NAME" --registry {registryName} --query "{status:status, expiry:credentials.passwords[].expiry}" -o json',
          },
        ],
        good: "status 'enabled' and expiry dates in the future (or none).",
        bad: "status 'disabled', or every password expired.",
      },
      {
        text: "Service principal: check that the username is the application (client) ID and that a secret is still valid.",
        where: "Microsoft Entra ID → App registrations → your app → Certificates & secrets (Expires column)",
        commands: [{ client: "az", run: 'az ad app credential list --id "$SP_ID" --query "[].endDateTime" -o tsv' }],
        good: "At least one date in the future.",
        bad: "All dates in the past, or 'Resource … does not exist' (the ID is not an application ID).",
      },
      {
        text: "ACR with resource logs sent to Log Analytics: the login events name the identity, the client address and the result of each failed attempt.",
        where: "Azure portal → your registry → Monitoring → Logs (table ContainerRegistryLoginEvents)",
        commands: [
          {
            client: "az",
            run: 'az monitor log-analytics query --workspace "$WORKSPACE_ID" --analytics-query \'ContainerRegistryLoginEvents | where TimeGenerated > ago(1d) and ResultType != "200" | project TimeGenerated, Identity, CallerIpAddress, ResultType, ResultDescription\' -o table',
            note: "only if diagnostic settings send the registry's login events to that workspace",
          },
        ],
        bad: "Failed logins with the identity and IP address of the failing client.",
      },
    ],
    fixes: [
      {
        title: "Use the registry's current admin password",
        when: "You log in with the ACR admin user.",
        steps: [
          {
            text: "Read the current credentials and log in again; update every place that stores the old password.",
            where: "Azure portal → your registry → Settings → Access keys",
            commands: [
              {
                client: "docker",
                run: 'az acr credential show --name {registryName} --query "passwords[0].value" -o tsv | docker login {loginServer} --username "$(az acr credential show --name {registryName} --query username -o tsv)" --password-stdin',
              },
            ],
          },
        ],
      },
      {
        title: "Create a new service principal secret",
        when: "You log in with a service principal and the secret is lost or expired.",
        steps: [
          {
            text: "Add a new secret (valid one year here) without removing the others, save the value, and log in with the application ID.",
            commands: [
              {
                client: "az",
                run: 'SP_PASSWORD=$(az ad app credential reset --id "$SP_ID" --append --display-name acr-login --years 1 --query password -o tsv)',
              },
              { client: "docker", run: 'docker login {loginServer} --username "$SP_ID" --password-stdin <<< "$SP_PASSWORD"' },
              { client: "podman", run: 'podman login {loginServer} --username "$SP_ID" --password-stdin <<< "$SP_PASSWORD"' },
            ],
          },
        ],
      },
      {
        title: "Generate a new token password",
        when: "You log in with a repository-scoped token and do not have a valid password.",
        steps: [
          {
            text: "Generate password1 again (the old password1 stops working) with an expiry, and log in with the token name.",
            commands: [
              {
                client: "az",
                run: 'TOKEN_PASSWORD=$(az acr token credential generate --name "$TOKEN_NAME" --registry {registryName} --password1 --expiration-in-days 90 --query "passwords[0].value" -o tsv)',
              },
              { client: "docker", run: 'docker login {loginServer} --username "$TOKEN_NAME" --password-stdin <<< "$TOKEN_PASSWORD"' },
            ],
          },
        ],
      },
      {
        title: "Use the username and secret type the registry expects",
        when: "Docker Hub, GHCR, ECR, Google, Harbor, Red Hat or an exposed ACR token.",
        steps: [
          {
            text: "Each registry has its own username convention; see username-convention-mismatch for the exact pairs and commands.",
            commands: [
              {
                client: "docker",
                run: 'docker login docker.io --username "$DOCKER_ID" --password-stdin <<< "$DOCKERHUB_TOKEN"',
                note: "Docker Hub: Docker ID and a personal access token",
              },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Log in and pull.",
        commands: [
          { client: "docker", run: "docker pull {image}" },
          { client: "podman", run: "podman pull {image}" },
          { client: "kubernetes", run: 'kubectl get events -n "$NAMESPACE" --field-selector involvedObject.name="$POD"' },
        ],
        good: "'Login Succeeded', then the pull completes; the pod's events show 'Successfully pulled image'.",
      },
    ],
    related: [
      "credentials-expired",
      "admin-password-regenerated",
      "service-principal-wrong-id",
      "expose-token-wrong-username",
      "username-convention-mismatch",
      "redhat-credentials-invalid",
      "stale-credentials-block-anonymous",
      "access-denied",
    ],
    tellApart: [
      {
        cause: "access-denied",
        how: "Login succeeds but the pull says 'denied' or 403: the credentials are valid and lack permission on the repository.",
      },
      {
        cause: "credentials-expired",
        how: "The same credentials worked before: check the expiry dates (SP secret, token password) or how long ago az acr login ran (3 hours).",
      },
      {
        cause: "redhat-credentials-invalid",
        how: "The registry is registry.redhat.io: test with Red Hat's curl recipe against the token realm and look for 'Invalid username or password'.",
      },
    ],
    cannotSee: [
      "The secret you typed or stored: Registry Doctor can test credentials you give it, but never sees the ones saved on your machine or cluster.",
    ],
    sources: [
      { seed: "acr-auth-errors", section: "Error 3: unauthorized: authentication required" },
      {
        seed: "acr-login-troubleshoot",
        section: "Confirm credentials to access registry; Advanced troubleshooting (ContainerRegistryLoginEvents)",
      },
      {
        title: "Troubleshoot registry login",
        url: "https://learn.microsoft.com/azure/container-registry/container-registry-troubleshoot-login",
      },
      { title: "Docker Hub personal access tokens", url: "https://docs.docker.com/security/access-tokens/" },
    ],
  },
  {
    id: "credentials-expired",
    group: "credentials",
    title: "The credential has expired",
    summary:
      "Registry credentials expire: the Microsoft Entra-based ACR token after 3 hours, a service principal secret after one year by default, a scoped token's password on its date, an ECR token after 12 hours.",
    explanation: [
      "If you log in with an individual Microsoft Entra identity, a managed identity or a service principal, the registry token that az acr login (or --expose-token) obtains is valid for 3 hours. Docker keeps it in its config, so commands work for a while and then start failing with 'unauthorized'. Log in again before a session of docker commands; scripts should log in right before they push or pull.",
      "A service principal's client secret expires (one year by default when created with the Azure CLI). Once it has, the subscription owner or an application administrator must add a new secret, or create a new service principal, and every place that stores the old one must be updated: CI variables, Kubernetes pull secrets, service connections. A repository-scoped token's passwords can carry an expiry date too; the registry owner then generates a new password or a new token.",
      "Other registries: Amazon ECR's token lasts 12 hours (answered with 'Your authorization token has expired'); GitHub and Docker Hub personal access tokens have the expiry you chose. Credential helpers and CI runners that cache an old token replay it until someone logs in again.",
    ],
    appliesTo: ["acr", "any"],
    symptoms: [
      "The same credentials worked before and now fail, without anyone changing them.",
      "Pushes fail some hours after az acr login, at the end of a long build.",
      "A pipeline or cluster breaks on the day a secret was created a year ago.",
    ],
    errorTexts: [
      'Error response from daemon: Get "https://<acr-name>.azurecr.io/v2/": unauthorized: {"errors":[{"code":"UNAUTHORIZED","message":"authentication required, visit https://aka.ms/acr/authorization for more information."}]}',
      "unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.",
      "AADSTS7000222: The provided client secret keys for app '<app-id>' are expired.",
      "denied: Your authorization token has expired. Reauthenticate and try again.",
      "error parsing HTTP 403 response body: invalid character 'Y' looking for beginning of value: \"Your authorization token has expired. Reauthenticate and try again.\"",
      "failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized",
    ],
    confirm: [
      {
        text: "Microsoft Entra token (az acr login): log in again. If that alone fixes it, the 3-hour token had run out.",
        commands: [
          { client: "az", run: "az acr login --name {registryName}" },
          { client: "docker", run: "docker pull {image}" },
        ],
        good: "'Login Succeeded' and the pull works: it was the token's age.",
        bad: "Still 'unauthorized' straight after a fresh login: look at credentials-invalid or access-denied.",
      },
      {
        text: "Service principal: list when its secrets end.",
        where: "Microsoft Entra ID → App registrations → your app → Certificates & secrets → Expires column",
        commands: [{ client: "az", run: 'az ad app credential list --id "$SP_ID" --query "[].endDateTime" -o tsv' }],
        good: "At least one date in the future, and that secret is the one in use.",
        bad: "Every date is in the past (or the secret in use was deleted).",
      },
      {
        text: "Repository-scoped token: show its passwords' expiry dates.",
        where: "Azure portal → your registry → Repository permissions → Tokens → your token",
        commands: [
          {
            client: "az",
            run: 'az acr token show --name "$TOKEN_NAME" --registry {registryName} --query "credentials.passwords[].{name:name, expiry:expiry}" -o table',
          },
        ],
        good: "An expiry in the future, or none.",
        bad: "The password in use has an expiry in the past.",
      },
      {
        text: "Kubernetes: a pull secret keeps the password it was created with. Check when it was made.",
        commands: [
          { client: "kubernetes", run: "kubectl get secret acr-pull -n \"$NAMESPACE\" -o jsonpath='{.metadata.creationTimestamp}'" },
        ],
        bad: "Created longer ago than the secret's lifetime, or before the password was rotated.",
      },
    ],
    fixes: [
      {
        title: "Log in again (3-hour Microsoft Entra token)",
        when: "Individual identity, managed identity or service principal through az acr login or --expose-token.",
        steps: [
          {
            text: "Refresh the token; in scripts, log in immediately before the docker, podman or helm commands.",
            commands: [
              { client: "az", run: "az acr login --name {registryName}" },
              { client: "podman", run: "DOCKER_COMMAND=podman az acr login --name {registryName}" },
              { client: "powershell", run: "Connect-AzContainerRegistry -Name {registryName}" },
            ],
          },
        ],
      },
      {
        title: "Add a new service principal secret and roll it out",
        when: "The service principal's client secret has expired.",
        steps: [
          {
            text: "An owner or application administrator adds a secret (keep the old ones with --append), then every stored copy is updated.",
            commands: [
              {
                client: "az",
                run: 'SP_PASSWORD=$(az ad app credential reset --id "$SP_ID" --append --display-name acr-pull --years 1 --query password -o tsv)',
              },
              {
                client: "kubernetes",
                run: 'kubectl create secret docker-registry acr-pull -n "$NAMESPACE" --docker-server={loginServer} --docker-username="$SP_ID" --docker-password="$SP_PASSWORD" --dry-run=client -o yaml | kubectl apply -f -',
              },
              { client: "docker", run: 'docker login {loginServer} --username "$SP_ID" --password-stdin <<< "$SP_PASSWORD"' },
            ],
          },
        ],
      },
      {
        title: "Generate a new password for the repository-scoped token",
        when: "A token password has expired.",
        steps: [
          {
            text: "Generate a new password (here password1, valid 90 days) and update the clients that use the token.",
            commands: [
              {
                client: "az",
                run: 'TOKEN_PASSWORD=$(az acr token credential generate --name "$TOKEN_NAME" --registry {registryName} --password1 --expiration-in-days 90 --query "passwords[0].value" -o tsv)',
              },
              { client: "docker", run: 'docker login {loginServer} --username "$TOKEN_NAME" --password-stdin <<< "$TOKEN_PASSWORD"' },
            ],
          },
        ],
      },
      {
        title: "Get a fresh ECR token",
        when: "Amazon ECR ('Your authorization token has expired').",
        steps: [
          {
            text: "Log out to drop the cached token, then log in again (valid 12 hours). For machines that pull all day, use the Amazon ECR credential helper, which renews it.",
            commands: [
              {
                client: "docker",
                run: 'docker logout {loginServer}; aws ecr get-login-password --region "$AWS_REGION" | docker login --username AWS --password-stdin {loginServer}',
              },
              {
                client: "podman",
                run: 'aws ecr get-login-password --region "$AWS_REGION" | podman login --username AWS --password-stdin {loginServer}',
              },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The renewed credential works where it is used.",
        commands: [
          { client: "docker", run: "docker pull {image}" },
          { client: "kubernetes", run: 'kubectl rollout restart deployment "$DEPLOYMENT" -n "$NAMESPACE"' },
          { client: "az", run: 'az ad app credential list --id "$SP_ID" --query "[].endDateTime" -o tsv' },
        ],
        good: "The pull completes, the pods start, and the new secret's end date is in the future.",
      },
    ],
    related: [
      "credentials-invalid",
      "aad-token-refresh-failed",
      "stale-credentials-block-anonymous",
      "clock-skew",
      "image-pull-secret-missing",
      "admin-password-regenerated",
    ],
    tellApart: [
      {
        cause: "credentials-invalid",
        how: "Expired credentials worked before and their dates are past; invalid ones never worked or were mistyped.",
      },
      {
        cause: "clock-skew",
        how: "A freshly issued token is refused at once on one machine only, and that machine's clock is off (`date -u`).",
      },
      {
        cause: "admin-password-regenerated",
        how: "The admin user has no expiry: if an admin password stopped working, someone regenerated it.",
      },
    ],
    cannotSee: ["Expiry dates of your secrets and tokens: only your Azure (or AWS, GitHub, Docker Hub) account shows them."],
    sources: [
      { seed: "acr-auth-errors", section: "Error 3: token expiry, service principal secret validity" },
      { seed: "acr-login-troubleshoot", section: "Check that credentials aren't expired" },
      {
        seed: "acr-authentication-options",
        section: "Authentication options (AD token renewed every 3 hours; SP secret valid 1 year by default)",
      },
      {
        title: "ECR AuthorizationData (12-hour token)",
        url: "https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_AuthorizationData.html",
      },
    ],
  },
  {
    id: "stale-credentials-block-anonymous",
    group: "credentials",
    title: "A stored login breaks an anonymous or public pull",
    summary:
      "Anonymous pull is allowed, but the client still sends an old stored login for that host; the registry rejects it instead of treating you as anonymous. Log out of that registry and pull again.",
    explanation: [
      "When a registry allows anonymous pulls (ACR with anonymous pull enabled, public images on Docker Hub, GHCR or Quay), clients still send any credentials they have stored for that host. If those are expired or wrong, the token service rejects them rather than falling back to anonymous access, so a pull that would work with no login at all fails.",
      "ACR's anonymous pull, available in Standard and Premium, covers every repository in the registry. Credentials stored by an earlier docker login get in its way: run docker logout before trying an anonymous pull.",
    ],
    appliesTo: ["acr", "any"],
    symptoms: [
      "A public image, or one in a registry with anonymous pull, fails with an authentication error on this machine but pulls fine on a clean one.",
      "The failure started after someone logged in to that registry (or their token expired).",
    ],
    errorTexts: [
      "unauthorized: incorrect username or password",
      "unable to retrieve auth token: invalid username/password: unauthorized: incorrect username or password",
      "unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.",
      "failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized",
      "pull access denied for <repository>, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    ],
    confirm: [
      {
        text: "ACR: check that anonymous pull is on.",
        commands: [{ client: "az", run: "az acr show --name {registryName} --query anonymousPullEnabled -o tsv" }],
        good: "false: anonymous pulls are not allowed, so you need a valid login (see credentials-required).",
        bad: "true: anonymous pulls are allowed, so a stored login is the only thing that can break them.",
      },
      {
        text: "See whether a login is stored for the host.",
        where: "~/.docker/config.json (podman: ${XDG_RUNTIME_DIR}/containers/auth.json)",
        commands: [
          { client: "docker", run: "jq '{auths: (.auths | keys), credsStore, credHelpers}' ~/.docker/config.json" },
          { client: "podman", run: "podman login --get-login {loginServer}" },
        ],
        bad: "The registry's host is among the auths keys (or handled by a credential helper); podman prints a username.",
      },
      {
        text: "Pull once with nothing stored. If that works, the stored login is the cause.",
        commands: [
          { client: "docker", run: "DOCKER_CONFIG=$(mktemp -d) docker pull {image}" },
          { client: "skopeo", run: "skopeo inspect --no-creds docker://{image}" },
          {
            client: "curl",
            run: 'curl -s "https://{loginServer}/oauth2/token?scope=repository:{repository}:pull&service={loginServer}"',
            note: "ACR: an anonymous token request",
          },
        ],
        good: 'The anonymous pull succeeds (curl returns {"access_token":…}).',
      },
    ],
    fixes: [
      {
        title: "Log out of that registry",
        steps: [
          {
            text: "Remove the stored login, for each tool and user that pulls.",
            commands: [
              { client: "docker", run: "docker logout {loginServer}" },
              { client: "podman", run: "podman logout {loginServer}" },
              { client: "helm", run: "helm registry logout {loginServer}" },
              { client: "shell", run: "sudo docker logout {loginServer}", note: "if pulls run as root" },
            ],
          },
        ],
      },
      {
        title: "Remove or renew the credentials a cluster sends",
        when: "Kubernetes, OpenShift or containerd nodes pull with a configured secret.",
        steps: [
          {
            text: "Drop the pull secret for this host from the service account (or renew it with valid credentials), and remove a static auth entry from containerd's config.",
            where: '/etc/containerd/config.toml (registry.configs."<host>".auth)',
            commands: [
              { client: "kubernetes", run: "kubectl get serviceaccount default -n \"$NAMESPACE\" -o jsonpath='{.imagePullSecrets}'" },
              { client: "kubernetes", run: 'kubectl delete secret acr-pull -n "$NAMESPACE"' },
              { client: "containerd", run: "sudo grep -n -A3 'registry.configs' /etc/containerd/config.toml" },
              {
                client: "openshift",
                run: "oc get secret/pull-secret -n openshift-config --template='{{index .data \".dockerconfigjson\" | base64decode}}' | jq '.auths | keys'",
              },
            ],
          },
        ],
      },
      {
        title: "Or log in again with valid credentials",
        when: "You need the login for private content in the same registry.",
        steps: [
          {
            text: "Replace the stale login with a working one.",
            commands: [
              { client: "az", run: "az acr login --name {registryName}" },
              { client: "docker", run: "docker login {loginServer}" },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The pull works without a login.",
        commands: [
          { client: "docker", run: "docker pull {image}" },
          { client: "podman", run: "podman pull {image}" },
        ],
        good: "The image downloads.",
        bad: "'authentication required' now: anonymous pull is not enabled for this image, so you need valid credentials.",
      },
    ],
    related: ["credentials-invalid", "credentials-expired", "credential-key-mismatch", "credentials-required"],
    tellApart: [
      {
        cause: "credentials-required",
        how: "After docker logout the pull fails with 'authentication required': anonymous access is not allowed, you need a valid login.",
      },
      {
        cause: "credentials-expired",
        how: "The repository is private: renewing the login (not removing it) is the fix.",
      },
    ],
    cannotSee: ["The logins stored on your machine or in your cluster."],
    sources: [
      { seed: "acr-login-troubleshoot", section: "Confirm credentials to access registry (anonymous pull and docker logout)" },
      {
        title: "Make your container registry content publicly available",
        url: "https://learn.microsoft.com/azure/container-registry/anonymous-pull-access",
      },
    ],
  },
  {
    id: "expose-token-wrong-username",
    group: "credentials",
    title: "A token from --expose-token used with the wrong username",
    summary:
      "A token from az acr login --expose-token must go with the username 00000000-0000-0000-0000-000000000000. Any other username, or the whole JSON output as password, is rejected.",
    explanation: [
      "az acr login --expose-token returns an Azure Container Registry token instead of calling Docker, for places without a Docker daemon. The registry recognises such a token only when the username is 00000000-0000-0000-0000-000000000000; with your e-mail, the registry name or an application ID as username the login is refused.",
      "Pass only the accessToken value as password: use --output tsv --query accessToken, not the JSON document. The token is valid for 3 hours, so it suits scripts and interactive work, not a Kubernetes pull secret that must last.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "az acr login --expose-token succeeds, but docker login, podman login or helm registry login with the token fails.",
      "It works when copied from the documentation and fails in your own script.",
    ],
    errorTexts: [
      'Error response from daemon: Get "https://<acr-name>.azurecr.io/v2/": unauthorized: {"errors":[{"code":"UNAUTHORIZED","message":"authentication required, visit https://aka.ms/acr/authorization for more information."}]}',
      "unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.",
      "You can perform manual login using the provided access token below, for example: 'docker login loginServer -u 00000000-0000-0000-0000-000000000000 -p accessToken'",
    ],
    confirm: [
      {
        text: "Check the username in the failing command, and that the password variable holds only the token (a JWT starts with 'eyJ').",
        commands: [{ client: "shell", run: "printf '%s' \"$TOKEN\" | cut -c1-3" }],
        good: `The username is exactly ${NULL_GUID} and the token starts with eyJ.`,
        bad: "Another username, or the token starts with '{' (the JSON output was used).",
      },
    ],
    fixes: [
      {
        title: `Log in with ${NULL_GUID} as the username`,
        steps: [
          {
            text: "Store the token in a variable, taking only the accessToken value.",
            commands: [
              { client: "az", run: "TOKEN=$(az acr login --name {registryName} --expose-token --output tsv --query accessToken)" },
            ],
          },
          {
            text: "Pass the fixed username and the token as password, through stdin.",
            commands: [
              { client: "docker", run: `docker login {loginServer} --username ${NULL_GUID} --password-stdin <<< $TOKEN` },
              { client: "helm", run: `echo $TOKEN | helm registry login {loginServer} --username ${NULL_GUID} --password-stdin` },
              { client: "podman", run: `podman login {loginServer} --username ${NULL_GUID} --password-stdin <<< "$TOKEN"` },
              { client: "skopeo", run: `skopeo login {loginServer} --username ${NULL_GUID} --password-stdin <<< "$TOKEN"` },
              { client: "containerd", run: `crictl pull --creds "${NULL_GUID}:$TOKEN" {image}` },
            ],
          },
          {
            text: "For Kubernetes, do not store this 3-hour token in a pull secret: use a service principal, a scoped token or AKS integration instead (see image-pull-secret-missing, aks-acr-not-attached).",
            commands: [
              { client: "kubernetes", run: "kubectl get serviceaccount default -n \"$NAMESPACE\" -o jsonpath='{.imagePullSecrets}'" },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The tool holds the login and can pull.",
        commands: [
          { client: "docker", run: "docker pull {image}" },
          { client: "podman", run: "podman login --get-login {loginServer}" },
        ],
        good: `'Login Succeeded', the pull completes, podman prints ${NULL_GUID}.`,
      },
    ],
    related: [
      "credentials-invalid",
      "credentials-expired",
      "docker-daemon-not-running",
      "cloud-shell-no-daemon",
      "username-convention-mismatch",
    ],
    tellApart: [
      {
        cause: "credentials-expired",
        how: "The username is right and the login worked earlier today: the token is older than 3 hours; run --expose-token again.",
      },
      {
        cause: "access-denied",
        how: "Login succeeds with the right username, but the pull says denied: your identity lacks a pull role on the registry or repository.",
      },
    ],
    cannotSee: ["The username and token your script passes."],
    sources: [
      { seed: "acr-authentication-options", section: "az acr login with --expose-token" },
      { seed: "acr-login-troubleshoot", section: "Confirm credentials to access registry (--expose-token username)" },
      {
        title: "Authenticate with an Azure container registry",
        url: "https://learn.microsoft.com/azure/container-registry/container-registry-authentication",
      },
    ],
  },
  {
    id: "service-principal-wrong-id",
    group: "credentials",
    title: "Service principal login with the object ID or the secret ID",
    summary:
      "With a service principal, the username is the application (client) ID and the password is the client secret's value. An object ID, a secret ID or a display name is refused.",
    explanation: [
      "An app registration shows several GUIDs: the Application (client) ID, the Directory (tenant) ID, the application's Object ID, and the service principal's own object ID on the Enterprise applications page. Only the Application (client) ID is the username for docker login, pull secrets and service connections.",
      "Each client secret has a Value and a Secret ID. The password is the Value, which the portal shows only right after you create it; the Secret ID is just the secret's identifier. If nobody kept the Value, create a new secret.",
      "The service principal must also hold a role on the registry (AcrPull, AcrPush; in ABAC mode Container Registry Repository Reader or Writer), and its secret must not have expired.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "docker login with a service principal fails, although the secret is new.",
      "The username you use is a GUID copied from the portal's Overview or Enterprise applications page.",
    ],
    errorTexts: [
      "unauthorized: Application not registered with AAD",
      "unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.",
      "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '<app-id>'.",
      "AADSTS700016: Application with identifier '<app-id>' was not found in the directory '<tenant>'.",
    ],
    confirm: [
      {
        text: "Look the GUID up: is it the appId or the object id?",
        where: "Microsoft Entra ID → App registrations → your app → Overview (Application (client) ID)",
        commands: [{ client: "az", run: 'az ad sp show --id "$SP_ID" --query "{appId:appId, objectId:id, name:displayName}" -o table' }],
        good: "The GUID you log in with equals appId.",
        bad: "It equals objectId, or the lookup fails in the registry's tenant.",
      },
      {
        text: "Check which secrets exist and when they end; the Value of a secret cannot be read back.",
        where: "Microsoft Entra ID → App registrations → your app → Certificates & secrets (Value vs Secret ID)",
        commands: [
          {
            client: "az",
            run: 'az ad app credential list --id "$SP_ID" --query "[].{name:displayName, keyId:keyId, ends:endDateTime}" -o table',
          },
        ],
        bad: "The password you use equals a keyId (the Secret ID), not a secret value.",
      },
    ],
    fixes: [
      {
        title: "Log in with the application ID and the secret value",
        steps: [
          {
            text: "Get the application ID, create a new secret if the value is lost, and log in.",
            commands: [
              { client: "az", run: 'SP_ID=$(az ad sp show --id "$SP_ID" --query appId -o tsv)' },
              {
                client: "az",
                run: 'SP_PASSWORD=$(az ad app credential reset --id "$SP_ID" --append --display-name acr-login --years 1 --query password -o tsv)',
              },
              { client: "docker", run: 'docker login {loginServer} --username "$SP_ID" --password-stdin <<< "$SP_PASSWORD"' },
              { client: "podman", run: 'podman login {loginServer} --username "$SP_ID" --password-stdin <<< "$SP_PASSWORD"' },
              {
                client: "kubernetes",
                run: 'kubectl create secret docker-registry acr-pull -n "$NAMESPACE" --docker-server={loginServer} --docker-username="$SP_ID" --docker-password="$SP_PASSWORD" --dry-run=client -o yaml | kubectl apply -f -',
              },
            ],
          },
          {
            text: "Make sure it holds a pull role on the registry.",
            commands: [
              {
                client: "az",
                run: 'az role assignment list --assignee "$SP_ID" --scope "$(az acr show --name {registryName} --query id -o tsv)" --include-inherited -o table',
              },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The login and a pull succeed.",
        commands: [
          { client: "docker", run: "docker pull {image}" },
          { client: "containerd", run: 'crictl pull --creds "$SP_ID:$SP_PASSWORD" {image}' },
        ],
        good: "'Login Succeeded' and the image downloads.",
      },
    ],
    related: ["aad-application-not-registered", "credentials-invalid", "credentials-expired", "acr-role-missing"],
    tellApart: [
      {
        cause: "aad-application-not-registered",
        how: "The appId is right, but the application has no service principal in the registry's tenant (another tenant, deleted): `az ad sp show --id \"$SP_ID\"` fails while signed in to the registry's tenant.",
      },
      {
        cause: "acr-role-missing",
        how: "Login succeeds, pull or push is denied: the service principal lacks AcrPull/AcrPush (or the ABAC repository role).",
      },
      {
        cause: "credentials-expired",
        how: "The IDs are right and the login worked before: the secret's end date has passed.",
      },
    ],
    cannotSee: ["Your app registrations and secrets in Microsoft Entra ID."],
    sources: [
      { seed: "acr-login-troubleshoot", section: "Confirm credentials to access registry (service principal application ID and password)" },
      { seed: "acr-auth-errors", section: "Error 3 (service principal secret)" },
      {
        title: "Azure Container Registry authentication with service principals",
        url: "https://learn.microsoft.com/azure/container-registry/container-registry-auth-service-principal",
      },
    ],
  },
  {
    id: "admin-user-disabled",
    group: "credentials",
    title: "Admin user is disabled: az acr login's fallback, or an admin login that is off",
    summary:
      "'Admin user is disabled' is usually az acr login's fallback after Microsoft Entra ID failed: fix the first error. Enable the admin user only for one person or portal deployments to ACI or App Service.",
    explanation: [
      "az acr login tries Microsoft Entra ID first, then the registry's admin user, then a prompt, and prints each failure. 'Unable to get admin user credentials with message: Admin user is disabled.' only reports the second attempt: the admin user is off, as it is by default. If an earlier line shows CONNECTIVITY_REFRESH_TOKEN_ERROR, that line is the real cause (401: your identity or subscription; 403: the registry's firewall).",
      "The admin user is one account per registry with full push and pull rights. It is meant for a single person's testing and for the portal's direct deployment of an image to Azure Container Instances or Web App for Containers. Everyone who uses it appears as the same user, and changing or disabling it cuts all of them off. For teams and automation prefer individual Microsoft Entra identities, service principals or managed identities.",
      "Tools that read admin credentials by themselves (az acr credential show, some portal and App Service flows) fail outright while it is disabled, with a message that says to enable it first.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "az acr login fails with several 'Unable to …' lines, the last about the admin user.",
      "az acr credential show or an App Service / Container Instances deployment says to enable admin first.",
      "In the portal, Access keys shows the Admin user switch off.",
    ],
    errorTexts: [
      "Unable to get admin user credentials with message: Admin user is disabled.",
      "Unable to authenticate using AAD or admin login credentials. Please specify both username and password in non-interactive mode.",
      "CONNECTIVITY_REFRESH_TOKEN_ERROR. Access to registry was denied. Response code: 403. Unable to get admin user credentials with message: Admin user is disabled. Unable to authenticate using AAD or admin login credentials.",
      "Run 'az acr update -n <acr-name> --admin-enabled true' to enable admin first.",
      "Failed to retrieve container registry credentials. Please either provide the credentials or run 'az acr update -n <acr-name> --admin-enabled true' to enable admin first.",
    ],
    confirm: [
      {
        text: "Read the whole az acr login output from the top: the first failure is the cause.",
        commands: [{ client: "az", run: "az acr login --name {registryName}" }],
        good: "Only the admin line fails and no earlier error: you were meant to log in as admin user, and it is off.",
        bad: "An earlier 'Unable to get AAD authorization tokens … CONNECTIVITY_REFRESH_TOKEN_ERROR … Response code: 401 (or 403)': fix that first (aad-token-refresh-failed or registry-ip-denied).",
      },
      {
        text: "Check the admin user's state.",
        where: "Azure portal → your registry → Settings → Access keys → Admin user",
        commands: [{ client: "az", run: "az acr show --name {registryName} --query adminUserEnabled -o tsv" }],
        good: "true",
        bad: "false",
      },
    ],
    fixes: [
      {
        title: "Fix the Microsoft Entra error that came first",
        when: "The output has a CONNECTIVITY_REFRESH_TOKEN_ERROR line before the admin line (the usual case).",
        steps: [
          {
            text: "401: sign in again, select the registry's subscription and make sure your identity has a pull or push role. 403: the registry's network rules refuse your address.",
            commands: [
              { client: "az", run: 'az login && az account set --subscription "$SUBSCRIPTION_ID" && az acr login --name {registryName}' },
              {
                client: "az",
                run: 'az acr show --name {registryName} --query "{publicNetworkAccess:publicNetworkAccess, defaultAction:networkRuleSet.defaultAction}" -o table',
              },
            ],
          },
        ],
      },
      {
        title: "Enable the admin user, for a single user or portal deployments",
        when: "You deliberately use the admin account: one person testing, or deploying from the portal to Container Instances or App Service.",
        steps: [
          {
            text: "Enable it and read its credentials (or use Access keys → Admin user → Enabled in the portal).",
            where: "Azure portal → your registry → Settings → Access keys",
            commands: [
              { client: "az", run: "az acr update -n {registryName} --admin-enabled true" },
              {
                client: "docker",
                run: 'az acr credential show --name {registryName} --query "passwords[0].value" -o tsv | docker login {loginServer} --username "$(az acr credential show --name {registryName} --query username -o tsv)" --password-stdin',
              },
              {
                client: "podman",
                run: 'az acr credential show --name {registryName} --query "passwords[0].value" -o tsv | podman login {loginServer} --username "$(az acr credential show --name {registryName} --query username -o tsv)" --password-stdin',
              },
            ],
          },
        ],
      },
      {
        title: "Prefer an identity over the admin user",
        when: "Several people, a pipeline or an Azure service need access.",
        steps: [
          {
            text: "Grant each identity its own role instead; App Service can pull with its managed identity.",
            commands: [
              {
                client: "az",
                run: 'az role assignment create --assignee "$ASSIGNEE_ID" --role AcrPull --scope "$(az acr show --name {registryName} --query id -o tsv)"',
              },
              {
                client: "az",
                run: 'az webapp config set --resource-group "$RESOURCE_GROUP" --name "$APP_NAME" --generic-configurations \'{"acrUseManagedIdentityCreds": true}\'',
                note: "App Service with a managed identity that holds AcrPull",
              },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The login succeeds with the method you chose.",
        commands: [
          { client: "az", run: "az acr login --name {registryName}" },
          { client: "docker", run: "docker pull {image}" },
        ],
        good: "'Login Succeeded' with no 'Unable to …' lines, then the pull completes.",
      },
    ],
    related: [
      "aad-token-refresh-failed",
      "registry-ip-denied",
      "registry-resource-not-found",
      "admin-password-regenerated",
      "azure-service-registry-settings",
    ],
    tellApart: [
      {
        cause: "aad-token-refresh-failed",
        how: "A CONNECTIVITY_REFRESH_TOKEN_ERROR … Response code: 401 line comes before the admin line: your Microsoft Entra sign-in, subscription or role is the cause.",
      },
      {
        cause: "registry-ip-denied",
        how: "The earlier line says Response code: 403, or docker reports 'client with IP … is not allowed access': the registry's firewall.",
      },
      {
        cause: "registry-resource-not-found",
        how: "The admin line says 'could not be found in subscription' instead of 'Admin user is disabled'.",
      },
    ],
    cannotSee: ["The registry's admin-user setting and your az acr login output, unless you paste them."],
    sources: [
      { seed: "acr-login-troubleshoot", section: "Symptoms: CONNECTIVITY_REFRESH_TOKEN_ERROR … Admin user is disabled" },
      { seed: "acr-authentication-options", section: "Admin account" },
      { seed: "acr-auth-errors", section: "Error 4 and Error 5" },
      {
        title: "Authenticate with an Azure container registry: admin account",
        url: "https://learn.microsoft.com/azure/container-registry/container-registry-authentication#admin-account",
      },
    ],
  },
  {
    id: "admin-password-regenerated",
    group: "credentials",
    title: "The admin password that used to work was regenerated",
    summary:
      "The ACR admin user has two passwords, and regenerating one invalidates its old value. Clients that still hold the old value fail; a new password takes about 60 seconds to become usable.",
    explanation: [
      "The admin account has two passwords (password and password2), so that one can be regenerated while clients use the other. Regenerating a password invalidates its old value at once; the new value needs about 60 seconds to replicate before it works.",
      "A password that used to work and suddenly fails has most likely been regenerated, by a person, a rotation script or a policy. Every stored copy (CI variables, Kubernetes pull secrets, App Service or Container Instances settings) keeps the old value until it is updated.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "docker login with the admin user stopped working, for everyone using that password at once.",
      "It fails for the first minute after a regeneration, then works.",
    ],
    errorTexts: [
      'Error response from daemon: Get "https://<acr-name>.azurecr.io/v2/": unauthorized: {"errors":[{"code":"UNAUTHORIZED","message":"authentication required, visit https://aka.ms/acr/authorization for more information."}]}',
      "Error response from daemon: login attempt to https://<acr-name>.azurecr.io/v2/ failed with status: 401 Unauthorized",
      "failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized",
    ],
    confirm: [
      {
        text: "Show the current admin passwords and compare them with the one the client uses.",
        where: "Azure portal → your registry → Settings → Access keys",
        commands: [
          { client: "az", run: "az acr credential show --name {registryName} -o table" },
          {
            client: "kubernetes",
            run: "kubectl get secret acr-pull -n \"$NAMESPACE\" -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d | jq '.auths'",
          },
        ],
        good: "The stored password matches PASSWORD or PASSWORD2.",
        bad: "It matches neither: it was regenerated.",
      },
      {
        text: "Find out when, and by whom, credentials were regenerated.",
        where: "Azure portal → your registry → Activity log (filter on the regenerate-credential operation)",
        commands: [
          {
            client: "az",
            run: 'az monitor activity-log list --resource-id "$(az acr show --name {registryName} --query id -o tsv)" --offset 30d --query "[?contains(operationName.value, \'regenerateCredential\')].[eventTimestamp, caller]" -o tsv',
          },
        ],
        bad: "A recent regenerateCredential entry.",
      },
    ],
    fixes: [
      {
        title: "Update every client with the current password",
        steps: [
          {
            text: "Log in with the current password and replace stored copies.",
            commands: [
              {
                client: "docker",
                run: 'az acr credential show --name {registryName} --query "passwords[0].value" -o tsv | docker login {loginServer} --username "$(az acr credential show --name {registryName} --query username -o tsv)" --password-stdin',
              },
              {
                client: "kubernetes",
                run: 'kubectl create secret docker-registry acr-pull -n "$NAMESPACE" --docker-server={loginServer} --docker-username="$(az acr credential show --name {registryName} --query username -o tsv)" --docker-password="$(az acr credential show --name {registryName} --query \'passwords[0].value\' -o tsv)" --dry-run=client -o yaml | kubectl apply -f -',
              },
            ],
          },
        ],
      },
      {
        title: "Rotate without an outage",
        when: "You rotate admin passwords regularly.",
        steps: [
          {
            text: "Move all clients to password2, regenerate password, wait 60 seconds, move clients back, and next time regenerate password2. Better still, replace the admin user with identities (see admin-user-disabled).",
            commands: [
              { client: "az", run: "az acr credential renew -n {registryName} --password-name password" },
              { client: "az", run: "az acr credential renew -n {registryName} --password-name password2" },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Wait a minute after a regeneration, then log in and pull.",
        commands: [
          { client: "docker", run: "docker pull {image}" },
          { client: "podman", run: "podman pull {image}" },
        ],
        good: "'Login Succeeded' and the image downloads.",
      },
    ],
    related: ["credentials-invalid", "admin-user-disabled", "credentials-expired"],
    tellApart: [
      {
        cause: "admin-user-disabled",
        how: "If `az acr show --name <registry-name> --query adminUserEnabled` is false, no admin password works at all.",
      },
      {
        cause: "credentials-invalid",
        how: "The password never matched (typo, wrong registry), and the activity log shows no regeneration.",
      },
    ],
    cannotSee: ["Your registry's admin passwords, its activity log, and the copies your clients store."],
    sources: [
      { seed: "acr-auth-errors", section: "Error 3 (a password that used to work may have been regenerated)" },
      { seed: "acr-authentication-options", section: "Admin account (two passwords, 60 seconds to replicate)" },
      { title: "az acr credential", url: "https://learn.microsoft.com/cli/azure/acr/credential" },
    ],
  },
  {
    id: "aad-token-refresh-failed",
    group: "credentials",
    title: "az acr login could not get a registry token (CONNECTIVITY_REFRESH_TOKEN_ERROR)",
    summary:
      "The registry refused to exchange your Microsoft Entra sign-in for a registry token. Response code 401: your identity lacks rights, the CLI sign-in is stale, or the wrong subscription. 403: the firewall.",
    explanation: [
      "az acr login and az acr check-health take the token of your az login and exchange it at the registry (https://<login-server>/oauth2/exchange) for a registry refresh token. When the registry does not answer 200, Azure CLI reports CONNECTIVITY_REFRESH_TOKEN_ERROR with the response code, then tries the admin user and prints that failure too.",
      "Response code 401: the identity (user, service principal or managed identity) has no permission on this registry, the CLI's sign-in is stale, or the wrong subscription or tenant is selected. A 'could not be found in subscription' line underneath points to the subscription or tenant. Sign in again with az login, select the registry's subscription, and make sure the identity holds a registry role.",
      "Response code 403: the registry's built-in firewall refused the address you come from; that is registry-ip-denied, not an identity problem.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "az acr login prints 'Unable to get AAD authorization tokens with message: … CONNECTIVITY_REFRESH_TOKEN_ERROR' followed by admin-user lines.",
      "az acr check-health reports CONNECTIVITY_REFRESH_TOKEN_ERROR after 'Challenge endpoint … : OK'.",
    ],
    errorTexts: [
      "Unable to get AAD authorization tokens with message: <date> <time> An error occurred: CONNECTIVITY_REFRESH_TOKEN_ERROR",
      "Access to registry '<acr-name>.azurecr.io' was denied. Response code: 401. Please try running 'az login' again to refresh permissions.",
      "Access to registry '<acr-name>.azurecr.io' was denied. Response code: 403. Please try running 'az login' again to refresh permissions.",
      "AADSTS700082: The refresh token has expired due to inactivity.",
      "Please run 'az login' to setup account.",
    ],
    confirm: [
      {
        text: "Read the response code on the CONNECTIVITY_REFRESH_TOKEN_ERROR line.",
        commands: [{ client: "az", run: "az acr check-health --name {registryName} --ignore-errors --yes" }],
        good: "'Fetch refresh token for registry … : OK' and 'Fetch access token for registry … : OK'.",
        bad: "'Response code: 401' (identity, sign-in, subscription) or 'Response code: 403' (the registry firewall: see registry-ip-denied).",
      },
      {
        text: "Check who you are signed in as and which subscription is selected.",
        commands: [
          { client: "az", run: 'az account show --query "{user:user.name, type:user.type, tenant:tenantId, subscription:name}" -o table' },
        ],
        good: "The identity you expect, in the registry's tenant and subscription.",
        bad: "Another account, tenant or subscription.",
      },
      {
        text: "List the identity's roles on the registry (including those inherited from the resource group and subscription).",
        where: "Azure portal → your registry → Access control (IAM) → Check access",
        commands: [
          {
            client: "az",
            run: 'az role assignment list --assignee "$(az account show --query user.name -o tsv)" --scope "$(az acr show --name {registryName} --query id -o tsv)" --include-inherited -o table',
            note: "for a managed identity, use its principal ID as --assignee",
          },
        ],
        good: "AcrPull, AcrPush, Contributor or Owner (in ABAC mode: Container Registry Repository Reader/Writer/Contributor).",
        bad: "No registry role for this identity.",
      },
    ],
    fixes: [
      {
        title: "Sign in again, in the registry's tenant and subscription",
        when: "Response code 401, and the sign-in is old or the wrong subscription/tenant is selected.",
        steps: [
          {
            text: "Refresh the Azure CLI sign-in (for automation: az login --service-principal or az login --identity), select the subscription and log in again.",
            commands: [
              { client: "az", run: 'az login --tenant "$TENANT_ID"' },
              { client: "az", run: 'az account set --subscription "$SUBSCRIPTION_ID"' },
              { client: "az", run: "az acr login --name {registryName}" },
              {
                client: "powershell",
                run: "Connect-AzAccount -Tenant $TenantId -Subscription $SubscriptionId; Connect-AzContainerRegistry -Name {registryName}",
              },
            ],
          },
        ],
      },
      {
        title: "Give the identity a role on the registry",
        when: "Response code 401 and the identity has no registry role.",
        steps: [
          {
            text: "Someone with Owner, User Access Administrator or Role Based Access Control Administrator on the registry assigns AcrPull (pull) or AcrPush (push and pull); for a registry in ABAC mode use Container Registry Repository Reader or Writer. Then sign in again (see acr-role-missing, abac-repository-permissions).",
            commands: [
              {
                client: "az",
                run: 'az role assignment create --assignee "$ASSIGNEE_ID" --role AcrPull --scope "$(az acr show --name {registryName} --query id -o tsv)"',
              },
            ],
          },
        ],
      },
      {
        title: "Open the registry's firewall to your address",
        when: "Response code 403.",
        steps: [
          {
            text: "The registry's public network rules refuse you; see registry-ip-denied for the options.",
            commands: [
              {
                client: "az",
                run: 'az acr show --name {registryName} --query "{publicNetworkAccess:publicNetworkAccess, defaultAction:networkRuleSet.defaultAction, ipRules:networkRuleSet.ipRules}" -o json',
              },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The token exchange now succeeds.",
        commands: [
          { client: "az", run: "az acr check-health --name {registryName} --ignore-errors --yes" },
          { client: "az", run: "az acr login --name {registryName}" },
          { client: "docker", run: "docker pull {image}" },
        ],
        good: "'Fetch refresh token for registry … : OK', 'Fetch access token for registry … : OK', then 'Login Succeeded' and the pull completes.",
      },
    ],
    related: [
      "registry-ip-denied",
      "acr-role-missing",
      "registry-resource-not-found",
      "admin-user-disabled",
      "abac-repository-permissions",
      "azure-cloud-mismatch",
    ],
    tellApart: [
      {
        cause: "registry-ip-denied",
        how: "Response code 403, or 'client with IP '<ip-address>' is not allowed access' from docker: the registry firewall, not your identity.",
      },
      {
        cause: "registry-resource-not-found",
        how: "A following line says the registry 'could not be found in subscription …': select the right subscription or tenant first.",
      },
      {
        cause: "acr-role-missing",
        how: "The sign-in and subscription are right and the role list for the identity on the registry is empty.",
      },
    ],
    cannotSee: ["Your Azure sign-in, selected subscription and role assignments."],
    sources: [
      { seed: "acr-auth-errors", section: "Error 4 (Response code 401) and Error 5 (Response code 403)" },
      { seed: "acr-login-troubleshoot", section: "Symptoms: CONNECTIVITY_REFRESH_TOKEN_ERROR" },
      {
        title: "Health check error reference: CONNECTIVITY_REFRESH_TOKEN_ERROR",
        url: "https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference",
      },
      {
        title: "Azure Container Registry roles and permissions",
        url: "https://learn.microsoft.com/azure/container-registry/container-registry-rbac-built-in-roles-overview",
      },
    ],
  },
  {
    id: "aad-application-not-registered",
    group: "credentials",
    title: "Application not registered with AAD: the app ID is unknown in the registry's tenant",
    summary:
      "ACR found no service principal for the username's application ID in the registry's Microsoft Entra tenant: an object ID was used, the app lives in another tenant, or it was deleted.",
    explanation: [
      "When the username is a GUID, Azure Container Registry looks for a service principal with that application (client) ID in the Microsoft Entra tenant the registry belongs to. If there is none, it answers 'Application not registered with AAD'.",
      "The usual reasons: the GUID is an object ID or another identifier rather than the application ID; the application was registered in another tenant and has no service principal (enterprise application) in the registry's tenant, as happens when a cluster or pipeline in one tenant pulls from a registry in another; or the application or its service principal was deleted.",
      "A multitenant application can be added to the registry's tenant by an administrator there; otherwise create a service principal in the registry's tenant. It then needs a role on the registry.",
    ],
    appliesTo: ["acr"],
    symptoms: [
      "docker login to an Azure registry with a service principal fails with 'Application not registered with AAD'.",
      "The service principal works with its own tenant's registries but not with this one.",
    ],
    errorTexts: [
      "unauthorized: Application not registered with AAD",
      'Error response from daemon: Get "https://<acr-name>.azurecr.io/v2/": unauthorized: Application not registered with AAD',
      "AADSTS700016: Application with identifier '<app-id>' was not found in the directory '<tenant>'.",
    ],
    confirm: [
      {
        text: "Signed in to the registry's tenant, look the username up as a service principal.",
        commands: [
          { client: "az", run: "az account show --query tenantId -o tsv" },
          {
            client: "az",
            run: 'az ad sp show --id "$SP_ID" --query "{appId:appId, objectId:id, homeTenant:appOwnerOrganizationId}" -o table',
          },
        ],
        good: "A service principal whose appId is the GUID you log in with.",
        bad: "'Resource '<id>' does not exist or one of its queried reference-property objects are not present.' (not in this tenant), or the GUID is its objectId, not its appId.",
      },
    ],
    fixes: [
      {
        title: "Use the application (client) ID",
        when: "The GUID was an object ID or a secret ID.",
        steps: [
          {
            text: "Log in with the appId (see service-principal-wrong-id).",
            commands: [
              {
                client: "docker",
                run: 'docker login {loginServer} --username "$(az ad sp show --id "$SP_ID" --query appId -o tsv)" --password-stdin <<< "$SP_PASSWORD"',
              },
            ],
          },
        ],
      },
      {
        title: "Add the application to the registry's tenant",
        when: "The application is multitenant and registered in another tenant.",
        steps: [
          {
            text: "An administrator of the registry's tenant creates its service principal there (or grants admin consent at https://login.microsoftonline.com/<registry-tenant-id>/adminconsent?client_id=<app-id>), then assigns a pull role. For AKS pulling across tenants, the cluster's service principal is then updated with that application.",
            commands: [
              { client: "az", run: 'az login --tenant "$REGISTRY_TENANT_ID" && az ad sp create --id "$SP_ID"' },
              {
                client: "az",
                run: 'az role assignment create --assignee "$SP_ID" --role AcrPull --scope "$(az acr show --name {registryName} --query id -o tsv)"',
              },
              {
                client: "az",
                run: 'az aks update-credentials --resource-group "$RESOURCE_GROUP" --name "$CLUSTER" --reset-service-principal --service-principal "$SP_ID" --client-secret "$SP_PASSWORD"',
                note: "only for an AKS cluster that authenticates with a service principal",
              },
            ],
          },
        ],
      },
      {
        title: "Create a new service principal in the registry's tenant",
        when: "The application was deleted, or a cross-tenant setup is not wanted.",
        steps: [
          {
            text: "Create one with a pull role scoped to the registry; its output shows appId (the username) and password (the secret, shown once).",
            commands: [
              {
                client: "az",
                run: 'az ad sp create-for-rbac --name acr-pull-{registryName} --role AcrPull --scopes "$(az acr show --name {registryName} --query id -o tsv)"',
              },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The service principal logs in and pulls.",
        commands: [
          {
            client: "docker",
            run: 'docker login {loginServer} --username "$SP_ID" --password-stdin <<< "$SP_PASSWORD" && docker pull {image}',
          },
          { client: "podman", run: 'podman login {loginServer} --username "$SP_ID" --password-stdin <<< "$SP_PASSWORD"' },
        ],
        good: "'Login Succeeded' and the image downloads.",
      },
    ],
    related: ["service-principal-wrong-id", "credentials-invalid", "aks-acr-not-attached", "acr-role-missing"],
    tellApart: [
      {
        cause: "service-principal-wrong-id",
        how: "`az ad sp show --id <guid>` in the registry's tenant finds a service principal whose objectId (not appId) is the GUID: use its appId.",
      },
      {
        cause: "credentials-invalid",
        how: "The application is known in the tenant and the answer is 'authentication required': the secret is wrong or expired.",
      },
    ],
    cannotSee: ["Which applications and service principals exist in your tenants."],
    sources: [
      { seed: "acr-login-troubleshoot", section: "Symptoms: unauthorized: Application not registered with AAD" },
      { seed: "acr-authentication-options", section: "Authentication options: AKS cluster service principal (registry in another tenant)" },
      {
        title: "Pull images from a container registry to an AKS cluster in a different Microsoft Entra tenant",
        url: "https://learn.microsoft.com/azure/container-registry/authenticate-aks-cross-tenant",
      },
    ],
  },
  {
    id: "username-convention-mismatch",
    group: "credentials",
    title: "The registry expects a fixed username for this kind of password",
    summary:
      "Tokens and keys come with a fixed username: 00000000-… for ACR tokens, AWS for ECR, oauth2accesstoken or _json_key for Google, robot$… for Harbor, <account>|<name> for Red Hat service accounts.",
    explanation: [
      "Many registries do not check 'your' username at all when the password is a token or key: the username tells them what kind of secret follows. Use the wrong one and a perfectly valid token is refused.",
      "Azure Container Registry: 00000000-0000-0000-0000-000000000000 with a token from az acr login --expose-token; the application (client) ID with a service principal secret; the token name with a repository-scoped token; the registry name with an admin password. Amazon ECR: the username AWS with the output of aws ecr get-login-password (valid 12 hours). Google Artifact Registry and gcr.io: oauth2accesstoken with an access token, _json_key with a service-account key file, _json_key_base64 with the same key base64-encoded. Harbor robot accounts: robot$<name> (robot$<project>+<name> for project robots). Red Hat registry service accounts: <account_number>|<token_name>. GitHub Container Registry: your GitHub username with a personal access token (classic) that has read:packages (write:packages to push). Docker Hub: your Docker ID, not your e-mail, with a personal access token when two-factor sign-in or SSO is on.",
      "Shells change some of these names: in double quotes or unquoted, robot$ci loses '$ci', and | starts a pipe. Put such usernames in single quotes.",
    ],
    appliesTo: ["acr", "redhat", "any"],
    symptoms: [
      "A freshly created token or key is refused at login.",
      "The login works in a web UI or with one tool but not in a script.",
      "A Harbor robot or Red Hat service-account login fails only from the command line.",
    ],
    errorTexts: [
      "unauthorized: incorrect username or password",
      "unable to retrieve auth token: invalid username/password: <detail>",
      'Error response from daemon: Get "https://<registry>/v2/": unauthorized: authentication required',
      'Error response from daemon: Get "https://ghcr.io/v2/": denied: denied',
      '{"errors":[{"code":"UNAUTHORIZED","message":"Invalid username or password","detail":[{"type":"repository","name":"rhel","actions":["pull"]}]}]}',
    ],
    confirm: [
      {
        text: "Name the registry by its host, then check the username against its convention (see the explanation).",
        commands: [{ client: "shell", run: "printf 'user=[%s]\\n' \"$REGISTRY_USER\"" }],
        good: "The exact convention, e.g. [AWS], [oauth2accesstoken], [robot$ci], [1234567|ci-pull], [00000000-0000-0000-0000-000000000000].",
        bad: "[robot] (the shell ate '$ci'), your e-mail for Docker Hub, your own name where AWS or oauth2accesstoken is expected.",
      },
    ],
    fixes: [
      {
        title: "Azure Container Registry",
        when: "<name>.azurecr.io, .azurecr.cn or .azurecr.us",
        steps: [
          {
            text: "Exposed token: the null GUID. Service principal: the application ID. Repository-scoped token: the token name.",
            commands: [
              {
                client: "docker",
                run: `az acr login --name {registryName} --expose-token --output tsv --query accessToken | docker login {loginServer} --username ${NULL_GUID} --password-stdin`,
              },
              { client: "podman", run: 'podman login {loginServer} --username "$SP_ID" --password-stdin <<< "$SP_PASSWORD"' },
              { client: "az", run: 'az acr login --name {registryName} --username "$TOKEN_NAME" --password "$TOKEN_PASSWORD"' },
            ],
          },
        ],
      },
      {
        title: "Amazon ECR",
        when: "<account>.dkr.ecr.<region>.amazonaws.com",
        steps: [
          {
            text: "The username is AWS; the password is a 12-hour token from the AWS CLI.",
            commands: [
              {
                client: "docker",
                run: 'aws ecr get-login-password --region "$AWS_REGION" | docker login --username AWS --password-stdin {loginServer}',
              },
              {
                client: "podman",
                run: 'aws ecr get-login-password --region "$AWS_REGION" | podman login --username AWS --password-stdin {loginServer}',
              },
            ],
          },
        ],
      },
      {
        title: "Google Artifact Registry and gcr.io",
        when: "<location>-docker.pkg.dev, gcr.io",
        steps: [
          {
            text: "oauth2accesstoken with a short-lived access token, or _json_key / _json_key_base64 with a service-account key.",
            commands: [
              {
                client: "docker",
                run: "gcloud auth print-access-token | docker login -u oauth2accesstoken --password-stdin https://{loginServer}",
              },
              { client: "docker", run: "docker login -u _json_key --password-stdin https://{loginServer} < key.json" },
              { client: "podman", run: "base64 -w0 key.json | podman login -u _json_key_base64 --password-stdin {loginServer}" },
            ],
          },
        ],
      },
      {
        title: "Harbor robot accounts",
        when: "A Harbor registry with a robot account",
        steps: [
          {
            text: "Quote the name in single quotes so the shell keeps the $, in logins and in pull secrets alike.",
            commands: [
              {
                client: "docker",
                run: "docker login {loginServer} --username 'robot$myproject+ci' --password-stdin <<< \"$ROBOT_SECRET\"",
              },
              {
                client: "kubernetes",
                run: 'kubectl create secret docker-registry harbor-pull -n "$NAMESPACE" --docker-server={loginServer} --docker-username=\'robot$myproject+ci\' --docker-password="$ROBOT_SECRET"',
              },
            ],
          },
        ],
      },
      {
        title: "Red Hat registry service accounts",
        when: "registry.redhat.io, registry.connect.redhat.com",
        steps: [
          {
            text: "The username is <account_number>|<token_name>, account number first, in single quotes.",
            commands: [
              { client: "podman", run: "podman login registry.redhat.io --username '1234567|my-token' --password-stdin <<< \"$RH_TOKEN\"" },
              { client: "docker", run: "docker login registry.redhat.io --username '1234567|my-token' --password-stdin <<< \"$RH_TOKEN\"" },
            ],
          },
        ],
      },
      {
        title: "GitHub Container Registry and Docker Hub",
        when: "ghcr.io, docker.io",
        steps: [
          {
            text: "GHCR: your GitHub username and a personal access token (classic) with read:packages. Docker Hub: your Docker ID and a personal access token.",
            commands: [
              { client: "docker", run: 'docker login ghcr.io --username "$GITHUB_USER" --password-stdin <<< "$CR_PAT"' },
              { client: "docker", run: 'docker login docker.io --username "$DOCKER_ID" --password-stdin <<< "$DOCKERHUB_TOKEN"' },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The login succeeds and the stored username is the convention's.",
        commands: [
          { client: "podman", run: "podman login --get-login {loginServer}" },
          { client: "docker", run: "docker pull {image}" },
        ],
        good: "'Login Succeeded'; podman prints the fixed username; the image downloads.",
      },
    ],
    related: [
      "expose-token-wrong-username",
      "service-principal-wrong-id",
      "credentials-invalid",
      "redhat-token-name-format",
      "redhat-secret-mangled",
      "credentials-expired",
    ],
    tellApart: [
      {
        cause: "redhat-token-name-format",
        how: "For registry.redhat.io, check the token name's order: <account_number>|<token_name>, exactly as the Customer Portal's Registry Service Accounts page shows it.",
      },
      {
        cause: "credentials-expired",
        how: "The username follows the convention and the login worked before: the token (ECR 12 h, ACR 3 h, a PAT's date) has expired.",
      },
    ],
    cannotSee: ["The username and secret your tools actually send."],
    sources: [
      { seed: "acr-authentication-options", section: "az acr login with --expose-token (username 00000000-0000-0000-0000-000000000000)" },
      { seed: "redhat-registry-auth", section: "Testing authentication with a token (<account_number>|<name>)" },
      { title: "Amazon ECR registry authentication", url: "https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry_auth.html" },
      {
        title: "Artifact Registry: configure authentication to Docker",
        url: "https://cloud.google.com/artifact-registry/docs/docker/authentication",
      },
      {
        title: "Working with the GitHub Container registry",
        url: "https://docs.github.com/packages/working-with-a-github-packages-registry/working-with-the-container-registry",
      },
    ],
  },
  {
    id: "credential-key-mismatch",
    group: "credentials",
    title: "The login is stored under another name than the host being pulled",
    summary:
      "Clients look a login up by the exact registry host. A login saved as MyRegistry.azurecr.io, with a port, a scheme, for another user or in another tool's file is not found, so the pull goes out anonymous.",
    explanation: [
      "docker login saves credentials under a key in ~/.docker/config.json (or in a credential store such as Docker Desktop's, named by credsStore or credHelpers), and pulls look them up by the host at the start of the image reference. If the two spellings differ, nothing is sent and the registry answers as if you had never logged in. Common differences: capitals (MyRegistry.azurecr.io), a port (:443), a scheme or path in a hand-written key (https://myregistry.azurecr.io/v2/), Docker Hub's key https://index.docker.io/v1/ against docker.io or registry-1.docker.io in a generated file.",
      "Logins also belong to a user and a tool. sudo docker reads /root/.docker/config.json; podman reads ${XDG_RUNTIME_DIR}/containers/auth.json (or $REGISTRY_AUTH_FILE) and only then ~/.docker/config.json, and that runtime file is cleared at reboot; containerd and the kubelet use neither, but their own configuration and the pod's pull secrets, whose auths keys must be the registry host as well.",
    ],
    appliesTo: ["acr", "any"],
    symptoms: [
      "'Login Succeeded', then the pull of the same registry says authentication is required.",
      "It works without sudo and fails with it (or the other way round), or works with docker and fails with podman.",
      "A pull secret exists but Kubernetes still pulls anonymously.",
    ],
    errorTexts: [
      "unauthorized: authentication required",
      "pull access denied for <repository>, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
      "failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://<registry>/oauth2/token?scope=repository%3A<repository>%3Apull&service=<registry>: 401 Unauthorized",
      "no basic auth credentials",
      "Error: not logged into <registry>",
    ],
    confirm: [
      {
        text: "List the keys docker has logins for, and whether a credential store holds them.",
        where: "~/.docker/config.json",
        commands: [
          { client: "docker", run: "jq '{auths: (.auths | keys), credsStore, credHelpers}' ~/.docker/config.json" },
          {
            client: "shell",
            run: "docker-credential-desktop list",
            note: "or docker-credential-osxkeychain / -wincred / -pass / -secretservice, as credsStore says",
          },
          { client: "shell", run: "sudo jq '.auths | keys' /root/.docker/config.json", note: "if the pull runs with sudo" },
        ],
        good: 'A key spelled exactly like the host in your image reference, e.g. "myregistry.azurecr.io".',
        bad: 'Only "MyRegistry.azurecr.io", "myregistry.azurecr.io:443", "https://myregistry.azurecr.io/v2/", or the login sits in another user\'s file.',
      },
      {
        text: "Podman: ask whether it has a login for the exact host, and which file it reads.",
        where: "${XDG_RUNTIME_DIR}/containers/auth.json (root: /run/containers/0/auth.json)",
        commands: [
          { client: "podman", run: "podman login --get-login {loginServer}" },
          {
            client: "shell",
            run: 'echo "REGISTRY_AUTH_FILE=$REGISTRY_AUTH_FILE"; jq \'.auths | keys\' "${XDG_RUNTIME_DIR}/containers/auth.json"',
          },
        ],
        good: "A username is printed.",
        bad: "'Error: not logged into <registry>'.",
      },
      {
        text: "Kubernetes: list the hosts in the pod's pull secret and compare them with the image.",
        commands: [
          {
            client: "kubernetes",
            run: "kubectl get secret \"$SECRET\" -n \"$NAMESPACE\" -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d | jq '.auths | keys'",
          },
          { client: "kubernetes", run: 'kubectl get pod "$POD" -n "$NAMESPACE" -o jsonpath=\'{.spec.containers[*].image}\'' },
          { client: "containerd", run: "sudo grep -n -A3 'registry.configs' /etc/containerd/config.toml" },
        ],
        good: "The secret's key equals the image's host.",
        bad: "The key has https://, a path, a port or other capitals, or names another registry.",
      },
    ],
    fixes: [
      {
        title: "Log in with exactly the host your images use",
        steps: [
          {
            text: "Log in with the lowercase host as it appears in the image reference, as the user and with the tool that pulls; remove a login stored under another spelling.",
            commands: [
              { client: "docker", run: "docker login {loginServer}" },
              { client: "docker", run: 'docker logout "$WRONG_KEY"', note: "e.g. MyRegistry.azurecr.io or myregistry.azurecr.io:443" },
              { client: "shell", run: "sudo docker login {loginServer}", note: "when the pull runs as root" },
              { client: "podman", run: "podman login {loginServer}" },
              { client: "az", run: "az acr login --name {registryName}" },
            ],
          },
          {
            text: "Make image references use the same host.",
            commands: [{ client: "docker", run: "docker pull {image}" }],
          },
        ],
      },
      {
        title: "Recreate the pull secret with the bare host",
        when: "Kubernetes or OpenShift.",
        steps: [
          {
            text: "Use --docker-server with the login server only: no https://, no path, no port.",
            commands: [
              {
                client: "kubernetes",
                run: 'kubectl create secret docker-registry acr-pull -n "$NAMESPACE" --docker-server={loginServer} --docker-username="$REGISTRY_USER" --docker-password="$REGISTRY_PASSWORD" --dry-run=client -o yaml | kubectl apply -f -',
              },
              {
                client: "openshift",
                run: 'oc create secret docker-registry acr-pull -n "$NAMESPACE" --docker-server={loginServer} --docker-username="$REGISTRY_USER" --docker-password="$REGISTRY_PASSWORD"',
              },
            ],
          },
        ],
      },
      {
        title: "Give containerd credentials explicitly",
        when: "You pull with crictl or ctr on a node.",
        steps: [
          {
            text: "crictl and ctr do not read docker's or podman's logins; pass credentials with the pull.",
            commands: [
              { client: "containerd", run: 'crictl pull --creds "$REGISTRY_USER:$REGISTRY_PASSWORD" {image}' },
              { client: "containerd", run: 'sudo ctr images pull --user "$REGISTRY_USER:$REGISTRY_PASSWORD" {image}' },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The key matches and the pull works.",
        commands: [
          { client: "docker", run: "jq '.auths | keys' ~/.docker/config.json && docker pull {image}" },
          { client: "podman", run: "podman pull {image}" },
        ],
        good: "The login server is among the keys (or in the credential store) and the image downloads.",
      },
    ],
    related: [
      "credentials-required",
      "registry-name-wrong-form",
      "stale-credentials-block-anonymous",
      "image-pull-secret-missing",
      "podman-needs-docker-command",
    ],
    tellApart: [
      {
        cause: "credentials-required",
        how: "No login exists for the host under any spelling, user or tool: log in for the first time.",
      },
      {
        cause: "registry-name-wrong-form",
        how: "The image reference itself uses a wrong host (short name, wrong suffix): fix the reference, not the stored key.",
      },
      {
        cause: "image-pull-secret-missing",
        how: "The pod references no pull secret at all, or one from another namespace: no key to compare.",
      },
    ],
    cannotSee: ["Your config.json, credential store, auth.json and pull secrets."],
    sources: [
      { seed: "acr-login-troubleshoot", section: "Specify the correct registry name (lowercase only)" },
      { title: "docker login: credential stores", url: "https://docs.docker.com/reference/cli/docker/login/" },
      { title: "containers-auth.json", url: "https://github.com/containers/image/blob/main/docs/containers-auth.json.5.md" },
    ],
  },
  {
    id: "image-pull-secret-missing",
    group: "credentials",
    title: "Kubernetes pulls anonymously: the pod has no usable imagePullSecret",
    summary:
      "The kubelet does not use anyone's docker login. Without an imagePullSecret in the pod's namespace (or node credentials such as AKS's), the pull goes out anonymous and a private registry refuses it.",
    explanation: [
      "A Kubernetes node pulls with credentials of its own: the kubelet's (AKS with the registry attached, a cloud credential provider) or the imagePullSecrets listed on the pod, directly or through its service account. A docker login on your workstation does nothing for the cluster.",
      "Pull secrets are namespaced: a secret in another namespace is not found ('Unable to retrieve some image pull secrets'). The secret's registry key must be the registry host. A service account patched with imagePullSecrets applies only to pods created afterwards, so restart the workload. OpenShift adds a cluster-wide pull secret (openshift-config/pull-secret) for every node.",
      "On AKS with Azure Container Registry, attaching the registry to the cluster (kubelet identity with AcrPull) is usually better than a secret; see aks-acr-not-attached.",
    ],
    appliesTo: ["acr", "redhat", "any"],
    symptoms: [
      "Pods stay in ErrImagePull / ImagePullBackOff; the same image pulls fine from a workstation.",
      "Events show an anonymous-token failure or 'Unable to retrieve some image pull secrets'.",
      "Docker Hub rate limits hit the cluster although you have a paid account (pulls are anonymous).",
    ],
    errorTexts: [
      "Unable to retrieve some image pull secrets (<secret-name>); attempting to pull the image may not succeed.",
      'Failed to pull image "<image>": rpc error: code = Unknown desc = failed to pull and unpack image "<image>": failed to resolve reference "<image>": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://<registry>/oauth2/token?scope=repository%3A<repository>%3Apull&service=<registry>: 401 Unauthorized',
      "Error: ErrImagePull",
      'Back-off pulling image "<image>"',
    ],
    confirm: [
      {
        text: "Check what the pod and its service account reference.",
        commands: [
          {
            client: "kubernetes",
            run: 'kubectl get pod "$POD" -n "$NAMESPACE" -o jsonpath=\'{.spec.serviceAccountName}{"\\n"}{.spec.imagePullSecrets}{"\\n"}\'',
          },
          { client: "kubernetes", run: "kubectl get serviceaccount default -n \"$NAMESPACE\" -o jsonpath='{.imagePullSecrets}'" },
          { client: "openshift", run: "oc describe sa default -n \"$NAMESPACE\" | grep -i 'pull secrets'" },
        ],
        good: 'imagePullSecrets lists a secret, e.g. [{"name":"acr-pull"}].',
        bad: "Empty output: the pod pulls with no credentials.",
      },
      {
        text: "Check that the secret exists in the pod's namespace, and which host it is for.",
        commands: [
          { client: "kubernetes", run: "kubectl get secret acr-pull -n \"$NAMESPACE\" -o jsonpath='{.type}'" },
          {
            client: "kubernetes",
            run: "kubectl get secret acr-pull -n \"$NAMESPACE\" -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d | jq '.auths | keys'",
          },
          { client: "kubernetes", run: 'kubectl describe pod "$POD" -n "$NAMESPACE" | sed -n \'/Events:/,$p\'' },
        ],
        good: "Type kubernetes.io/dockerconfigjson and a key equal to the registry host.",
        bad: "'NotFound' (wrong namespace or name), or events with 'Unable to retrieve some image pull secrets' / 'failed to fetch anonymous token'.",
      },
      {
        text: "On AKS with ACR, check whether the cluster itself can pull.",
        commands: [{ client: "az", run: 'az aks check-acr --resource-group "$RESOURCE_GROUP" --name "$CLUSTER" --acr {loginServer}' }],
        good: "'Your cluster can pull images from <registry>!'",
      },
    ],
    fixes: [
      {
        title: "Create the secret in the pod's namespace and reference it",
        steps: [
          {
            text: "Create a docker-registry secret for the login server, then add it to the service account (all new pods) or the pod spec, and restart the workload.",
            commands: [
              {
                client: "kubernetes",
                run: 'kubectl create secret docker-registry acr-pull -n "$NAMESPACE" --docker-server={loginServer} --docker-username="$SP_ID" --docker-password="$SP_PASSWORD"',
              },
              {
                client: "kubernetes",
                run: 'kubectl patch serviceaccount default -n "$NAMESPACE" -p \'{"imagePullSecrets":[{"name":"acr-pull"}]}\'',
              },
              { client: "kubernetes", run: 'kubectl rollout restart deployment "$DEPLOYMENT" -n "$NAMESPACE"' },
            ],
          },
        ],
      },
      {
        title: "OpenShift: a project secret or the global pull secret",
        when: "OpenShift clusters.",
        steps: [
          {
            text: "For one project, create the secret and link it to the service account for pulls.",
            commands: [
              {
                client: "openshift",
                run: 'oc create secret docker-registry acr-pull -n "$NAMESPACE" --docker-server={loginServer} --docker-username="$SP_ID" --docker-password="$SP_PASSWORD"',
              },
              { client: "openshift", run: 'oc secrets link default acr-pull --for=pull -n "$NAMESPACE"' },
            ],
          },
          {
            text: "For every node, add the registry to the cluster's global pull secret.",
            where: "secret pull-secret in namespace openshift-config",
            commands: [
              {
                client: "openshift",
                run: "oc get secret/pull-secret -n openshift-config --template='{{index .data \".dockerconfigjson\" | base64decode}}' > pull-secret.json",
              },
              {
                client: "openshift",
                run: 'oc registry login --registry={loginServer} --auth-basic="$SP_ID:$SP_PASSWORD" --to=pull-secret.json',
              },
              {
                client: "openshift",
                run: "oc set data secret/pull-secret -n openshift-config --from-file=.dockerconfigjson=pull-secret.json",
              },
            ],
          },
        ],
      },
      {
        title: "AKS: attach the registry instead",
        when: "AKS pulling from Azure Container Registry.",
        steps: [
          {
            text: "Give the cluster's kubelet identity AcrPull on the registry; no secret is then needed (see aks-acr-not-attached).",
            commands: [
              { client: "az", run: 'az aks update --resource-group "$RESOURCE_GROUP" --name "$CLUSTER" --attach-acr {registryName}' },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "New pods pull the image.",
        commands: [
          { client: "kubernetes", run: 'kubectl get pods -n "$NAMESPACE" -w' },
          { client: "kubernetes", run: 'kubectl get events -n "$NAMESPACE" --field-selector reason=Pulled' },
        ],
        good: "Pods reach Running; events show 'Successfully pulled image \"<image>\"'.",
      },
    ],
    related: [
      "aks-acr-not-attached",
      "credentials-required",
      "credential-key-mismatch",
      "azure-service-registry-settings",
      "rate-limited",
      "redhat-secret-mangled",
    ],
    tellApart: [
      {
        cause: "credentials-invalid",
        how: "A secret is referenced and sent: events say 'failed to fetch oauth token … 401' instead of 'anonymous token'; its password is wrong or expired.",
      },
      {
        cause: "aks-acr-not-attached",
        how: "On AKS, `az aks check-acr` fails: the cluster's own identity cannot pull; attaching the registry fixes every namespace at once.",
      },
      {
        cause: "credential-key-mismatch",
        how: "The secret is referenced but its auths key is not the image's host (https://, a port, capitals).",
      },
    ],
    cannotSee: ["Your cluster's pods, service accounts and secrets."],
    sources: [
      { seed: "acr-login-troubleshoot", section: "Confirm credentials (Azure services such as AKS use their own registry configuration)" },
      {
        title: "Pull an image from a private registry (Kubernetes)",
        url: "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/",
      },
      {
        title: "Add imagePullSecrets to a service account",
        url: "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#add-imagepullsecrets-to-a-service-account",
      },
      {
        title: "Updating the global cluster pull secret (OpenShift)",
        url: "https://docs.openshift.com/container-platform/latest/openshift_images/managing_images/using-image-pull-secrets.html",
      },
    ],
  },
];
