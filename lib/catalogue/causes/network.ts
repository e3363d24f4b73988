// Causes in the name-dns, network-firewall, tls and proxy groups: what happens before a registry
// ever looks at a credential. Every entry applies to any OCI registry, with ACR, Red Hat and
// Docker Hub specifics where they differ. Sources: seeds 002 (network) and 004 (proxy section),
// research/registry-probing.md §3 (exact client strings) and §4 (provider hosts).
import type { CauseInput } from "../schema";

/** A multi-line command, one shell line per argument. */
const sh = (...lines: string[]): string => lines.join("\n");

const TNET = "https://learn.microsoft.com/azure/container-registry/container-registry-troubleshoot-access";
const TLOGIN = "https://learn.microsoft.com/azure/container-registry/container-registry-troubleshoot-login";
const HEALTH_ERRORS = "https://learn.microsoft.com/azure/container-registry/container-registry-health-error-reference";
const ACR_FIREWALL = "https://learn.microsoft.com/azure/container-registry/container-registry-firewall-access-rules";
const AKS_PULL = "https://learn.microsoft.com/troubleshoot/azure/azure-kubernetes/connectivity/cannot-pull-image-from-acr-to-aks-cluster";
const DOCKER_PROXY = "https://docs.docker.com/engine/daemon/proxy/";
const DOCKER_CERTS = "https://docs.docker.com/engine/security/certificates/";
const CONTAINERD_HOSTS = "https://github.com/containerd/containerd/blob/main/docs/hosts.md";
const RH_KB = "https://access.redhat.com/articles/3560571";
const K8S_DNS = "https://kubernetes.io/docs/tasks/administer-cluster/dns-debugging-resolution/";

/** A node-level shell on Kubernetes: image pulls run in the node's runtime, with the node's DNS, proxy and trust. */
const NODE_NOTE = "$NODE is a node name from kubectl get nodes; delete the node-debugger-… pod afterwards";

export const networkCauses: CauseInput[] = [
  // ───────────────────────────── name-dns ─────────────────────────────
  {
    id: "dns-name-not-found",
    group: "name-dns",
    title: "The registry's host name does not exist in DNS",
    summary:
      "DNS says the registry's host name does not exist (NXDOMAIN): usually a typo, the wrong cloud suffix (azurecr.io, azurecr.cn, azurecr.us) or a registry that was deleted.",
    explanation: [
      "Before a client can talk to a registry it asks DNS for the address of the host name in the image reference or login command. Here DNS answered that the name does not exist at all. Nothing else has been tried yet: no firewall, credential or permission was involved.",
      "The usual reasons: a typo in the host name; an Azure Container Registry with the wrong cloud suffix (global Azure uses azurecr.io, Azure China azurecr.cn, Azure Government azurecr.us); the bare resource name (myregistry) used where the login server (myregistry.azurecr.io) is needed; or a registry that was deleted or never created. ACR names are 5–50 letters and digits only, so a login server with a dash or underscore in its first label cannot exist.",
      "Go-based clients (docker, podman, containerd, kubelet, helm) print \"no such host\" both for a name that does not exist and for a name with no address record. If a public resolver answers for the name but this machine's resolver does not, the name is fine and this machine's DNS (a private zone, split DNS) is the problem.",
    ],
    appliesTo: ["any"],
    symptoms: [
      'docker login, docker pull or podman pull fails at once with "no such host", before any credential matters.',
      'az acr login or az acr check-health reports CONNECTIVITY_DNS_ERROR or "Could not connect to the registry login server".',
      "Pods stay in ErrImagePull / ImagePullBackOff and the event shows a failed lookup of the registry host.",
      "The same name fails from every machine and every network, not only from one.",
    ],
    errorTexts: [
      "dial tcp: lookup myregistry.azurecr.io",
      "dial tcp: lookup <login-server> on <dns-ip>:53: no such host",
      "dial tcp: lookup <login-server>: no such host",
      'Error response from daemon: Get "https://<login-server>/v2/": dial tcp: lookup <login-server> on <dns-ip>:53: no such host',
      'pinging container registry <login-server>: Get "https://<login-server>/v2/": dial tcp: lookup <login-server> on <dns-ip>:53: no such host',
      'failed to do request: Head "https://<login-server>/v2/<repository>/manifests/<tag>": dial tcp: lookup <login-server> on <dns-ip>:53: no such host',
      "curl: (6) Could not resolve host: <login-server>",
      "An error occurred: CONNECTIVITY_DNS_ERROR",
      "Failed to reach DNS for registry '<login-server>'. Please check if the spelling is correct, if the CLI environment is on correct cloud and your network connectivity.",
      "Could not connect to the registry login server '<login-server>'. Please verify that the registry exists and the URL 'https://<login-server>/v2/' is reachable from your environment.",
      "** server can't find <login-server>: NXDOMAIN",
      "Resolve-DnsName : <login-server> : DNS name does not exist",
      "[Errno -2] Name or service not known",
    ],
    confirm: [
      {
        text: "Look the name up from the machine that fails. getent uses the same path as most programs (including /etc/hosts); dig and nslookup show what the DNS server itself answers.",
        commands: [
          { client: "shell", run: "getent hosts {loginServer}" },
          { client: "shell", run: "dig {loginServer}", note: "read the status: field in the header" },
          { client: "shell", run: "nslookup {loginServer}" },
          { client: "powershell", run: "Resolve-DnsName {loginServer}" },
        ],
        good: 'getent prints an address; dig shows "status: NOERROR" and an ANSWER SECTION (for ACR a CNAME chain ending in an A record).',
        bad: 'getent prints nothing (exit code 2); dig shows "status: NXDOMAIN"; nslookup prints "** server can\'t find <login-server>: NXDOMAIN".',
      },
      {
        text: "Ask a public resolver too. If it also says NXDOMAIN, the name really does not exist. If it answers while your resolver does not, the name exists and your network's DNS (usually a private zone) is at fault.",
        commands: [
          { client: "shell", run: "dig @1.1.1.1 +short {loginServer}" },
          { client: "powershell", run: "Resolve-DnsName {loginServer} -Server 1.1.1.1" },
        ],
        good: "The public answer is an address (for ACR after a CNAME such as <name>.privatelink.azurecr.io or <region>.fe.azcr.io).",
        bad: "No answer from the public resolver either: the name does not exist anywhere.",
      },
      {
        text: "For ACR, ask Azure which login server the registry really has, and check that the Azure CLI is on the registry's cloud.",
        where: "Azure portal → your registry → Overview → Login server",
        commands: [
          { client: "az", run: "az cloud show --query name -o tsv" },
          { client: "az", run: "az acr show --name {registryName} --query loginServer -o tsv" },
          {
            client: "az",
            run: 'az acr list --query "[].loginServer" -o tsv',
            note: "every registry you can see in the current subscription",
          },
        ],
        good: "The login server Azure prints matches the host in your command letter for letter, and the cloud matches its suffix (azurecr.io → AzureCloud, azurecr.cn → AzureChinaCloud, azurecr.us → AzureUSGovernment).",
        bad: '"ResourceNotFound" or "could not be found in subscription", a login server with another spelling or suffix, or the CLI on another cloud.',
      },
      {
        text: "Run the ACR health check; its DNS step is the first connectivity test.",
        commands: [{ client: "az", run: "az acr check-health --name {registryName} --ignore-errors --yes" }],
        good: "DNS lookup to <login-server> at IP <ip-address> : OK",
        bad: "An error occurred: CONNECTIVITY_DNS_ERROR — Failed to reach DNS for registry '<login-server>'.",
      },
      {
        text: "On Kubernetes, the node's container runtime resolves the registry with the node's DNS settings, not with the cluster DNS. Test on a node; a test pod shows what CoreDNS answers.",
        commands: [
          {
            client: "kubernetes",
            run: "kubectl debug node/$NODE -it --image=busybox:1.36 -- chroot /host getent hosts {loginServer}",
            note: NODE_NOTE,
          },
          {
            client: "kubernetes",
            run: "kubectl run dnscheck --rm -it --restart=Never --image=busybox:1.36 -- nslookup {loginServer}",
            note: "tests cluster DNS (CoreDNS) from a pod",
          },
          { client: "openshift", run: "oc debug node/$NODE -- chroot /host getent hosts {loginServer}" },
        ],
        good: "An address is printed.",
        bad: "Nothing is printed, or nslookup reports NXDOMAIN.",
      },
    ],
    fixes: [
      {
        title: "Use the registry's exact login server everywhere",
        when: "The host name has a typo or a wrong suffix, or the resource name was used instead of the login server.",
        steps: [
          {
            text: "Copy the login server (from Azure, or from the registry's owner for other registries) and use exactly that, in lowercase, in logins, image references, pull secrets and pipelines. az acr login is the one command that takes the resource name instead.",
            commands: [
              { client: "az", run: "az acr show --name {registryName} --query loginServer -o tsv" },
              { client: "az", run: "az acr login --name {registryName}" },
              { client: "docker", run: "docker login {loginServer}" },
              { client: "podman", run: "podman login {loginServer}" },
              { client: "helm", run: "helm registry login {loginServer}" },
              { client: "powershell", run: "Connect-AzContainerRegistry -Name {registryName}" },
            ],
          },
          {
            text: "On Kubernetes, correct both the image reference and the pull secret's server.",
            commands: [
              {
                client: "kubernetes",
                run: "kubectl create secret docker-registry regcred --docker-server={loginServer} --docker-username=$SP_ID --docker-password=$SP_PASSWORD --dry-run=client -o yaml | kubectl apply -f -",
              },
              { client: "kubernetes", run: "kubectl set image deployment/$DEPLOYMENT $CONTAINER={image}" },
              { client: "openshift", run: "oc set image deployment/$DEPLOYMENT $CONTAINER={image}" },
            ],
          },
        ],
      },
      {
        title: "Switch the Azure CLI to the registry's cloud",
        when: "The registry is in Azure China (azurecr.cn) or Azure Government (azurecr.us) and the CLI is on another cloud, or the other way round.",
        steps: [
          {
            text: "Set the cloud, sign in again and log in to the registry by its resource name. az cloud set -n AzureCloud switches back to global Azure.",
            commands: [
              { client: "az", run: "az cloud set -n {azureCloud}" },
              { client: "az", run: "az login" },
              { client: "az", run: "az acr login --name {registryName}" },
            ],
          },
        ],
      },
      {
        title: "Point to a registry that exists",
        when: "The registry was deleted, renamed (by moving to a new registry) or never created.",
        steps: [
          {
            text: "An ACR login server exists only as long as its registry resource. If the name is free again, the registry is gone: recreate it (and push the images again) or change every reference to the registry that replaced it.",
            commands: [
              {
                client: "az",
                run: "az acr check-name --name {registryName}",
                note: '"nameAvailable": true means no registry of that name exists in this cloud',
              },
              { client: "az", run: 'az acr list --query "[].loginServer" -o tsv' },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The name resolves and the client reaches the registry.",
        commands: [
          { client: "shell", run: "getent hosts {loginServer}" },
          { client: "docker", run: "docker login {loginServer}" },
          { client: "az", run: "az acr check-health --name {registryName} --ignore-errors --yes" },
        ],
        good: 'getent prints an address; docker prints "Login Succeeded"; check-health prints "DNS lookup to <login-server> at IP <ip-address> : OK".',
      },
    ],
    related: [
      "dns-resolver-failed",
      "azure-cloud-mismatch",
      "registry-name-wrong-form",
      "registry-resource-not-found",
      "private-dns-zone-not-linked",
      "dns-private-address",
    ],
    tellApart: [
      {
        cause: "dns-resolver-failed",
        how: 'dig shows "status: NXDOMAIN" here. A resolver failure shows SERVFAIL or REFUSED, or ";; connection timed out; no servers could be reached"; Go prints "server misbehaving" or "i/o timeout" instead of "no such host".',
      },
      {
        cause: "private-dns-zone-not-linked",
        how: "If dig @1.1.1.1 answers (with a CNAME through <name>.privatelink.azurecr.io) but your own resolver says NXDOMAIN, the registry exists: your network's private DNS zone lacks its record or is not linked to your VNet.",
      },
      {
        cause: "azure-cloud-mismatch",
        how: "az cloud show prints another cloud than the login server's suffix implies (azurecr.cn needs AzureChinaCloud, azurecr.us needs AzureUSGovernment).",
      },
      {
        cause: "registry-resource-not-found",
        how: 'That is Azure Resource Manager not finding the registry in the selected subscription ("could not be found in subscription"); the login server may still resolve. Here DNS itself denies the name.',
      },
      {
        cause: "registry-name-wrong-form",
        how: "If the failing host is just the resource name (myregistry) or has upper-case letters or https://, the form is wrong; use the lowercase login server.",
      },
    ],
    cannotSee: [
      "Your machine's resolver, hosts file and any split or private DNS zone: the live check resolves from the server's network, so a name can resolve there and still fail for you, or the reverse.",
      "Which Azure cloud and subscription your Azure CLI is signed in to.",
    ],
    sources: [
      { seed: "acr-network-troubleshoot", section: "Symptoms" },
      { seed: "acr-network-troubleshoot", section: "Configure VNet access (dig / nslookup)" },
      { seed: "acr-login-troubleshoot", section: "Specify correct registry name" },
      { seed: "acr-authentication-options", section: "Individual login with Microsoft Entra ID (az cloud set)" },
      { title: "Troubleshoot registry login: specify the correct registry name", url: TLOGIN },
      { title: "Health check error reference: CONNECTIVITY_DNS_ERROR", url: HEALTH_ERRORS },
      { title: "Troubleshoot network issues with registry", url: TNET },
      { title: "Kubernetes: Debugging DNS resolution", url: K8S_DNS },
    ],
  },
  {
    id: "dns-resolver-failed",
    group: "name-dns",
    title: "The DNS resolver failed or could not be reached",
    summary:
      "The name lookup got no usable answer: the DNS server returned SERVFAIL, refused the query, or did not answer in time. The registry may be fine; this machine's DNS path is broken.",
    explanation: [
      'A lookup can fail without DNS saying "no such name". The configured DNS server may be down, unreachable through a firewall or VPN, refuse the query, or fail while asking further servers (SERVFAIL) — often a forwarder, or a conditional forwarder for privatelink zones that cannot reach its target.',
      'Go-based clients print "server misbehaving" for SERVFAIL and "read udp … i/o timeout" when no answer came. A lookup that hangs long enough can surface only as "context deadline exceeded" on GET /v2/; Microsoft documents that symptom for ACR when the registry\'s name cannot be resolved.',
      "Common settings behind it: an Azure VNet with custom DNS servers that do not forward to Azure DNS (168.63.129.16), so private zones and sometimes public names fail; a VPN client or WSL2/Docker Desktop that rewrote /etc/resolv.conf; a corporate resolver that only answers on the office network.",
    ],
    appliesTo: ["any"],
    symptoms: [
      "Lookups fail for other names as well, or fail only some of the time.",
      'Pulls hang and then fail with "context deadline exceeded" or "server misbehaving".',
      "The same command works from another network or another machine.",
      "az acr check-health reports CONNECTIVITY_DNS_ERROR although the registry exists.",
    ],
    errorTexts: [
      "lookup <login-server> on <dns-ip>:53: server misbehaving",
      "dial tcp: lookup <login-server> on <dns-ip>:53: server misbehaving",
      "dial tcp: lookup <login-server> on <dns-ip>:53: read udp <local-ip>:<port>-><dns-ip>:53: i/o timeout",
      "lookup <login-server> on <dns-ip>:53: read udp <local-ip>:<port>-><dns-ip>:53: i/o timeout",
      'Get "https://<login-server>/v2/": context deadline exceeded',
      'Error response from daemon: Get "https://<login-server>/v2/": context deadline exceeded',
      "lookup <login-server>: Temporary failure in name resolution",
      "[Errno -3] Temporary failure in name resolution",
      ";; connection timed out; no servers could be reached",
      "** server can't find <login-server>: SERVFAIL",
      "curl: (6) Could not resolve host: <login-server>",
      "An error occurred: CONNECTIVITY_DNS_ERROR",
    ],
    confirm: [
      {
        text: "Read the DNS status for the registry's name from the failing machine.",
        commands: [
          { client: "shell", run: "dig {loginServer}", note: "read the status: field and the SERVER: line" },
          { client: "powershell", run: "Resolve-DnsName {loginServer}" },
        ],
        good: '"status: NOERROR" with an ANSWER SECTION.',
        bad: '"status: SERVFAIL" or "status: REFUSED", or ";; connection timed out; no servers could be reached".',
      },
      {
        text: "See which resolver this machine uses.",
        where: "/etc/resolv.conf (Linux, WSL2), systemd-resolved, or the network adapter's DNS settings (Windows)",
        commands: [
          { client: "shell", run: "cat /etc/resolv.conf" },
          { client: "shell", run: "resolvectl status", note: "on systemd-resolved systems; /etc/resolv.conf then points to 127.0.0.53" },
          { client: "powershell", run: "Get-DnsClientServerAddress -AddressFamily IPv4" },
        ],
        good: "A resolver you expect (your company's DNS, or 168.63.129.16 / your DNS servers inside Azure).",
        bad: "A resolver that no longer exists, a VPN's resolver while the VPN is down, or an address you cannot reach.",
      },
      {
        text: "Ask another resolver. If it answers while yours fails, the resolver is the problem, not the name. Inside Azure, Azure DNS (168.63.129.16) is the reference.",
        commands: [
          { client: "shell", run: "dig @1.1.1.1 +short {loginServer}" },
          { client: "shell", run: "dig @168.63.129.16 +short {loginServer}", note: "works only from inside an Azure VNet" },
        ],
        good: "The other resolver returns an address.",
        bad: "Every resolver fails the same way: look at the network path to DNS (UDP and TCP port 53) as well.",
      },
      {
        text: "The Docker daemon and containerd resolve with the host's resolver; a container's DNS (daemon.json \"dns\") does not matter for pulls. On Kubernetes, test on the node.",
        commands: [
          {
            client: "kubernetes",
            run: "kubectl debug node/$NODE -it --image=busybox:1.36 -- chroot /host getent hosts {loginServer}",
            note: NODE_NOTE,
          },
          { client: "openshift", run: "oc debug node/$NODE -- chroot /host getent hosts {loginServer}" },
        ],
        good: "An address is printed.",
        bad: "Nothing is printed, or the lookup takes many seconds.",
      },
    ],
    fixes: [
      {
        title: "Repair or replace the resolver this machine uses",
        when: "A workstation or VM points at a DNS server that is down, unreachable or stale.",
        steps: [
          {
            text: "Point the machine at a working resolver (your company's DNS, or Azure DNS inside Azure), then clear the caches and retry.",
            where: "/etc/systemd/resolved.conf, /etc/netplan/*.yaml, NetworkManager, or the adapter's DNS settings on Windows",
            commands: [
              { client: "shell", run: "sudo systemctl restart systemd-resolved && resolvectl flush-caches" },
              { client: "powershell", run: "ipconfig /flushdns" },
            ],
          },
        ],
      },
      {
        title: "Make custom DNS servers in Azure forward to Azure DNS",
        when: "The client runs in an Azure VNet (VM, AKS, self-hosted agent) that uses custom DNS servers.",
        steps: [
          {
            text: "Custom DNS servers must forward what they do not host themselves to Azure DNS at 168.63.129.16 (at least azurecr.io and privatelink.azurecr.io, or everything), or use Azure DNS Private Resolver. VMs and AKS nodes read the VNet's DNS servers at boot: restart or reimage them after a change.",
            where: "Azure portal → Virtual networks → your VNet → Settings → DNS servers",
            commands: [{ client: "az", run: "az network vnet show --resource-group $RG --name $VNET --query dhcpOptions.dnsServers" }],
          },
        ],
      },
      {
        title: "Stop WSL2, Docker Desktop or a VPN from breaking DNS",
        when: "Lookups fail inside WSL2 or Docker Desktop, or only while a VPN is connected.",
        steps: [
          {
            text: "WSL2 writes its own /etc/resolv.conf; with a VPN this often points to a resolver WSL cannot reach. DNS tunneling (recent WSL on Windows 11) sends lookups through Windows instead. Restart WSL afterwards.",
            where: "%UserProfile%\\.wslconfig, section [wsl2]: dnsTunneling=true",
            commands: [{ client: "powershell", run: "wsl --shutdown" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The resolver answers, and the pull gets past name resolution.",
        commands: [
          { client: "shell", run: "dig {loginServer}" },
          { client: "docker", run: "docker pull {image}" },
          { client: "podman", run: "podman pull {image}" },
          { client: "containerd", run: "sudo crictl pull {image}" },
        ],
        good: '"status: NOERROR" quickly; the pull proceeds (or fails later with a different, non-DNS error).',
      },
    ],
    related: [
      "dns-name-not-found",
      "network-timeout",
      "private-dns-zone-not-linked",
      "docker-proxy-not-configured",
      "nsg-or-firewall-blocks-outbound",
    ],
    tellApart: [
      {
        cause: "dns-name-not-found",
        how: 'NXDOMAIN ("no such host") means the name does not exist; SERVFAIL, REFUSED or a timeout means the resolver failed.',
      },
      {
        cause: "network-timeout",
        how: 'Run getent hosts <login-server> first. If it prints an address quickly, DNS is fine and "context deadline exceeded" comes from the connection to the registry (look for "dial tcp <ip>:443: i/o timeout").',
      },
      {
        cause: "private-dns-zone-not-linked",
        how: "There the lookup succeeds, but returns the registry's public address although a private endpoint exists (CNAME through privatelink, no private A record).",
      },
      {
        cause: "docker-proxy-not-configured",
        how: "Where only the proxy can resolve outside names, a daemon that ignores the proxy fails DNS lookups that curl (through the proxy) never needs. Check docker info | grep -i proxy.",
      },
    ],
    cannotSee: [
      "Your machine's or network's resolvers, conditional forwarders and VPN DNS: the live check uses the server's resolvers (or PROBE_DNS_SERVERS when its operator set them).",
    ],
    sources: [
      { seed: "acr-network-troubleshoot", section: "Configure VNet access (dig / nslookup, Kubernetes DNS debugging)" },
      { title: "Troubleshoot network issues with registry", url: TNET },
      { title: "Health check error reference: CONNECTIVITY_DNS_ERROR", url: HEALTH_ERRORS },
      { title: "Kubernetes: Debugging DNS resolution", url: K8S_DNS },
      { title: 'Go resolver: "server misbehaving" on SERVFAIL (moby issue thread)', url: "https://github.com/docker/for-linux/issues/751" },
    ],
  },
  // ───────────────────────────── network-firewall ─────────────────────────────
  {
    id: "network-connection-refused",
    group: "network-firewall",
    title: "Nothing accepts connections on the registry's port",
    summary:
      "The registry's address answered with a refusal: nothing listens on that port, the registry service is down, the port in the reference is wrong, or a firewall actively rejects the connection.",
    explanation: [
      "The name resolved and the packets reached a host, but that host refused the TCP connection at once. Either no program listens on that address and port (the registry service is stopped, crashed, or listens on another port), or something on the way actively rejects the connection.",
      'Typical cases: a self-hosted registry (registry:2, Harbor, Nexus, Artifactory) on port 5000 or 8443 used without the port, so the client tries 443; a reverse proxy or load balancer with no healthy back end; "localhost:5000" used from inside a VM, a kind or minikube node, WSL2 or Docker Desktop, where localhost is not the machine running the registry; a hosts-file entry or stale DNS record pointing at an old address; a host firewall that rejects (firewalld\'s default reject shows up as "no route to host").',
      "Cloud registries such as ACR, Docker Hub, GHCR or registry.redhat.io do not refuse connections on 443. If one seems to, your traffic is reaching something else: check which address the name resolves to on this machine.",
    ],
    appliesTo: ["any"],
    symptoms: [
      'Login or pull fails immediately (no waiting) with "connection refused".',
      "curl to the registry fails at once with error 7.",
      "A self-hosted registry worked before a restart, an upgrade or a change of port.",
    ],
    errorTexts: [
      "dial tcp <ip-address>:443: connect: connection refused",
      'Error response from daemon: Get "https://<login-server>/v2/": dial tcp <ip-address>:443: connect: connection refused',
      'pinging container registry <login-server>: Get "https://<login-server>/v2/": dial tcp <ip-address>:<port>: connect: connection refused',
      'failed to do request: Head "https://<login-server>/v2/<repository>/manifests/<tag>": dial tcp <ip-address>:443: connect: connection refused',
      "dial tcp <ip-address>:443: connectex: No connection could be made because the target machine actively refused it.",
      "dial tcp <ip-address>:<port>: connect: no route to host",
      "curl: (7) Failed to connect to <login-server> port 443: Connection refused",
      "curl: (7) Failed to connect to <login-server> port 443 after <n> ms: Connection refused",
      "curl: (7) Failed to connect to <login-server> port 443 after <n> ms: Couldn't connect to server",
    ],
    confirm: [
      {
        text: "See which address this machine uses for the registry, including any hosts-file override.",
        where: "/etc/hosts (Linux, macOS, WSL2) or C:\\Windows\\System32\\drivers\\etc\\hosts",
        commands: [
          { client: "shell", run: "getent hosts {loginServer}" },
          { client: "shell", run: 'grep -i "{loginServer}" /etc/hosts' },
          { client: "powershell", run: 'Select-String -Path C:\\Windows\\System32\\drivers\\etc\\hosts -Pattern "{loginServer}"' },
        ],
        good: "The address is the registry's (its public address, or the private endpoint's inside its network); no hosts-file line.",
        bad: "An unexpected address, 127.0.0.1, or a hosts-file line pinning an old address.",
      },
      {
        text: "Test the TCP connection to the port the client uses (443 unless the login server has a :port).",
        commands: [
          { client: "shell", run: "nc -vz -w 5 {loginServer} 443", note: "use the registry's port if it is not 443" },
          { client: "powershell", run: "Test-NetConnection {loginServer} -Port 443" },
          { client: "curl", run: "curl -v https://{loginServer}/v2/" },
        ],
        good: '"succeeded" / "TcpTestSucceeded : True"; curl gets an HTTP answer (401 or 200) from the registry.',
        bad: '"Connection refused" at once, "TcpTestSucceeded : False", or curl: (7).',
      },
      {
        text: "On a self-hosted registry's host, check that the service runs and on which port it listens.",
        commands: [
          { client: "shell", run: "sudo ss -ltnp | grep -E ':(443|5000|8443)\\b'" },
          { client: "docker", run: "docker ps -a --format '{{.Names}}  {{.Status}}  {{.Ports}}'" },
          {
            client: "kubernetes",
            run: "kubectl get endpoints -n $NAMESPACE $SERVICE",
            note: "no addresses = no ready registry pods behind the service",
          },
        ],
        good: "The registry process or container is up and listens on the port clients use.",
        bad: "No listener on that port, the container has exited, or the service has no endpoints.",
      },
      {
        text: "On Kubernetes, the node pulls, so test from a node.",
        commands: [
          {
            client: "kubernetes",
            run: "kubectl debug node/$NODE -it --image=busybox:1.36 -- chroot /host curl -sv --max-time 10 https://{loginServer}/v2/",
            note: NODE_NOTE,
          },
          { client: "openshift", run: "oc debug node/$NODE -- chroot /host curl -sv --max-time 10 https://{loginServer}/v2/" },
        ],
        good: "An HTTP status line from the registry.",
        bad: '"Connection refused".',
      },
    ],
    fixes: [
      {
        title: "Use the port the registry listens on",
        when: "A self-hosted registry listens on a port other than 443.",
        steps: [
          {
            text: "Put the port in the login server, in every image reference (registry.example.com:5000/team/app:1.0) and in the pull secret's server. Clients never guess a port: without one they use 443.",
            commands: [
              {
                client: "docker",
                run: "docker login {loginServer}",
                note: "the login server must include :port when the registry is not on 443",
              },
              { client: "podman", run: "podman login {loginServer}" },
              {
                client: "kubernetes",
                run: "kubectl create secret docker-registry regcred --docker-server={loginServer} --docker-username=$REG_USER --docker-password=$REG_PASSWORD",
              },
            ],
          },
        ],
      },
      {
        title: "Start or repair the registry service",
        when: "You run the registry and nothing listens, or the load balancer has no healthy back end.",
        steps: [
          {
            text: "Start the registry again and read its log for why it stopped (certificate files missing, storage full, port already taken). Then check the load balancer's or ingress's health probes.",
            commands: [
              { client: "docker", run: "docker logs --tail 50 registry", note: "replace registry with your container's name" },
              { client: "docker", run: "docker start registry" },
              { client: "kubernetes", run: "kubectl get pods -n $NAMESPACE -o wide" },
            ],
          },
        ],
      },
      {
        title: "Reach the registry by an address that is really the registry",
        when: "The name resolves to localhost, an old address, or a hosts-file entry.",
        steps: [
          {
            text: "Remove stale hosts-file lines. Inside a VM, WSL2, a kind/minikube node or a Docker Desktop container, localhost is that environment itself: use the registry's real host name or address (from Docker Desktop containers, host.docker.internal reaches the host).",
            where: "/etc/hosts or C:\\Windows\\System32\\drivers\\etc\\hosts",
            commands: [{ client: "shell", run: "getent hosts {loginServer}" }],
          },
        ],
      },
      {
        title: "Open the port in the host firewall",
        when: 'The error is "no route to host" and the registry host runs firewalld or another rejecting firewall.',
        steps: [
          {
            text: "On the registry's host, allow the registry's port (5000 in this example) and reload the firewall.",
            commands: [{ client: "shell", run: "sudo firewall-cmd --permanent --add-port=5000/tcp && sudo firewall-cmd --reload" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The port accepts connections and the registry answers.",
        commands: [
          { client: "curl", run: "curl -sv https://{loginServer}/v2/ -o /dev/null" },
          { client: "docker", run: "docker login {loginServer}" },
        ],
        good: 'curl shows "HTTP/1.1 401 Unauthorized" (or HTTP/2 401, or 200): the registry answered. docker prints "Login Succeeded".',
      },
    ],
    related: ["network-timeout", "not-a-registry", "proxy-unreachable", "tls-handshake-failed", "dns-private-address"],
    tellApart: [
      {
        cause: "network-timeout",
        how: 'A refusal comes back at once; a timeout waits (Docker about 15 s) and says "i/o timeout" or "Client.Timeout exceeded".',
      },
      {
        cause: "proxy-unreachable",
        how: 'If the error starts with "proxyconnect tcp:" and names the proxy\'s address, it is the proxy that refused, not the registry.',
      },
      { cause: "tls-handshake-failed", how: "There the TCP connection succeeds (nc says succeeded) and only TLS fails." },
      {
        cause: "not-a-registry",
        how: "There something answers HTTP on the port, but it is not a registry API (an HTML page, a 404 on /v2/).",
      },
    ],
    cannotSee: [
      "Your hosts file, your local firewall and which port your self-hosted registry listens on: the live check connects from the server's network, possibly to another front end.",
    ],
    sources: [
      { seed: "acr-network-troubleshoot", section: "Symptoms" },
      { title: "Troubleshoot network issues with registry", url: TNET },
      { title: "moby issue: connection refused to a registry", url: "https://github.com/moby/moby/issues/11201" },
    ],
  },
  {
    id: "network-timeout",
    group: "network-firewall",
    title: "Connections to the registry time out",
    summary:
      "The registry never answers within the time limit: a firewall, NSG or network appliance drops the packets, there is no route, or the network only lets traffic out through a proxy the client does not use.",
    explanation: [
      "The name resolved, but the TCP connection, the TLS handshake or the first response never arrived. That is what dropped packets look like: a client-side firewall, an Azure NSG, Azure Firewall or another network appliance that discards traffic to port 443; a route that leads nowhere (a private endpoint's address without peering); or a network that only lets web traffic out through an HTTP proxy that this client, or its daemon, has not been told about.",
      'Each client shows it differently. Docker\'s login and ping use a 15-second timeout, so a silent drop reads "Client.Timeout exceeded while awaiting headers"; containerd and the kubelet show "dial tcp <ip>:443: i/o timeout"; a device that lets TCP through but stalls TLS gives "net/http: TLS handshake timeout"; the Azure CLI says "Could not connect to the registry login server".',
      "A pull uses more than one host, and each must be reachable: for ACR the login server plus a data endpoint (<registry>.<region>.data.azurecr.io, one per geo-replica) or *.blob.core.windows.net; for Docker Hub registry-1.docker.io, auth.docker.io and production.cloudflare.docker.com; for Red Hat registry.redhat.io, sso.redhat.com and cdn*.quay.io. The ACR firewall itself never times out: it answers with 403.",
    ],
    appliesTo: ["any"],
    symptoms: [
      "docker login or docker pull waits about 15 seconds (or longer) and then fails.",
      'az acr login prints "Could not connect to the registry login server".',
      "Pods on AKS or another cluster stay in ImagePullBackOff with i/o timeout in their events, while the same pull works from a laptop.",
      "curl to the registry hangs until its own timeout.",
      "It works outside the corporate network or VPN and fails inside.",
    ],
    errorTexts: [
      "Client.Timeout exceeded while awaiting headers",
      "net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)",
      'Error response from daemon: Get "https://<login-server>/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
      'Error response from daemon: Get "https://<login-server>/v2/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
      "dial tcp <ip-address>:443: i/o timeout",
      'failed to do request: Head "https://<login-server>/v2/<repository>/manifests/<tag>": dial tcp <ip-address>:443: i/o timeout',
      'pinging container registry <login-server>: Get "https://<login-server>/v2/": dial tcp <ip-address>:443: i/o timeout',
      "net/http: TLS handshake timeout",
      'Error response from daemon: Get "https://<login-server>/v2/": net/http: TLS handshake timeout',
      "Could not connect to the registry login server",
      "Could not connect to the registry login server '<login-server>'. Please verify that the registry exists and the URL 'https://<login-server>/v2/' is reachable from your environment.",
      "curl: (28) Connection timed out after <n> milliseconds",
      "curl: (28) Failed to connect to <login-server> port 443 after <n> ms: Timeout was reached",
      "dial tcp <ip-address>:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.",
      "WARNING: TCP connect to (<ip-address> : 443) failed",
    ],
    confirm: [
      {
        text: "Test the TCP connection to the registry from the failing machine, with a short limit.",
        commands: [
          { client: "shell", run: "nc -vz -w 5 {loginServer} 443" },
          {
            client: "shell",
            run: "timeout 5 bash -c '</dev/tcp/{loginServer}/443' && echo open || echo blocked",
            note: "when nc is not installed",
          },
          { client: "powershell", run: "Test-NetConnection {loginServer} -Port 443" },
        ],
        good: '"succeeded" / "open" / "TcpTestSucceeded : True".',
        bad: '"timed out" / "blocked" / "WARNING: TCP connect to (<ip-address> : 443) failed" and "TcpTestSucceeded : False".',
      },
      {
        text: "Ask the registry for its API root. Any HTTP status means the network path works; only a hang means this cause.",
        commands: [{ client: "curl", run: "curl -v --connect-timeout 10 --max-time 20 https://{loginServer}/v2/" }],
        good: '"HTTP/1.1 401 Unauthorized" or "HTTP/2 401" (or 200): the registry answered.',
        bad: 'It stops after "Trying <ip-address>:443..." and ends with curl: (28).',
      },
      {
        text: "Test every host a pull uses, not only the login server. For ACR, list the registry's endpoints (REST and data, one data endpoint per geo-replica) and test each.",
        commands: [
          { client: "az", run: "az acr show-endpoints --name {registryName}" },
          { client: "shell", run: "nc -vz -w 5 {dataEndpoint} 443", note: "repeat for each data endpoint listed" },
        ],
        good: "Every endpoint accepts connections.",
        bad: "The login server works but a data endpoint or *.blob.core.windows.net times out: pulls then fail while downloading layers.",
      },
      {
        text: "Run the ACR health check from the failing machine (it checks DNS, /v2/ and the token exchange from where it runs).",
        commands: [{ client: "az", run: "az acr check-health --name {registryName} --ignore-errors --yes" }],
        good: "Challenge endpoint https://<login-server>/v2/ : OK",
        bad: "Could not connect / CONNECTIVITY_CHALLENGE_ERROR, or the command hangs at the challenge step.",
      },
      {
        text: "For AKS, run the cluster's own check; it runs a pod on a node and exchanges the kubelet identity's token with the registry. For any cluster, test from a node.",
        commands: [
          { client: "az", run: "az aks check-acr --resource-group $RG --name $CLUSTER --acr {loginServer}" },
          {
            client: "kubernetes",
            run: "kubectl debug node/$NODE -it --image=mcr.microsoft.com/cbl-mariner/busybox:2.0 -- chroot /host curl -sv --max-time 10 https://{loginServer}/v2/",
            note: NODE_NOTE,
          },
          { client: "openshift", run: "oc debug node/$NODE -- chroot /host curl -sv --max-time 10 https://{loginServer}/v2/" },
        ],
        good: '"Your cluster can pull images from <login-server>!"; curl on the node gets HTTP 401 or 200.',
        bad: "A FAILED step or a timeout on the node.",
      },
      {
        text: "Check whether this network needs a proxy. If curl works only through the proxy, the daemon (or node runtime) that does not use it times out.",
        commands: [
          { client: "shell", run: "env | grep -i _proxy" },
          { client: "docker", run: "docker info | grep -i proxy" },
        ],
        good: "No proxy is needed on this network, or the daemon shows the same proxy as the shell.",
        bad: "The shell has HTTPS_PROXY but docker info shows no proxy: see the daemon-proxy cause.",
      },
      {
        text: "ACR only: if resource logs are enabled, look for your attempt. No entry from your address at that time means the request never reached the registry: the block is on the way.",
        where: "Azure portal → your registry → Monitoring → Logs (needs a diagnostic setting that sends logs to a Log Analytics workspace)",
        commands: [
          {
            client: "az",
            run: 'az monitor log-analytics query --workspace $WORKSPACE_ID --analytics-query "ContainerRegistryLoginEvents | where TimeGenerated > ago(1h) | project TimeGenerated, LoginServer, Identity, CallerIpAddress, ResultDescription"',
          },
        ],
        good: "Events from your client's address appear: the network path works.",
        bad: "No events from your address at the time of the failure.",
      },
      {
        text: "Red Hat: the support article's test. An answer of 200 or 401 from the token service means the network path works; any other result (hang, connection error) points to a firewall or proxy. If curl cannot reach sso.redhat.com and no proxy is in use, a firewall is actively blocking it.",
        commands: [
          {
            client: "curl",
            run: 'curl -v -u "$TOKENID:$SECRET" "https://sso.redhat.com/auth/realms/rhcc/protocol/redhat-docker-v2/auth?service=docker-registry&client_id=curl&scope=repository:rhel:pull"',
          },
        ],
        good: "HTTP 200 with a token, or 401 (wrong credentials, but the network works).",
        bad: "No answer, a timeout, or a connection error.",
      },
    ],
    fixes: [
      {
        title: "Allow the registry's endpoints through the firewall",
        when: "A client firewall, NSG, Azure Firewall or network appliance sits between the client and the registry.",
        steps: [
          {
            text: "Allow outbound TCP 443 to the registry's REST endpoint and every data endpoint (each geo-replica has its own), or to *.blob.core.windows.net when dedicated data endpoints are off. az acr login also needs login.microsoftonline.com and management.azure.com. Docker Hub needs registry-1.docker.io, auth.docker.io, production.cloudflare.docker.com and, on its current allow-list, docker-images-prod.*.r2.cloudflarestorage.com; Red Hat needs registry.redhat.io, sso.redhat.com, cdn.quay.io and cdn01.quay.io to cdn03.quay.io.",
            commands: [{ client: "az", run: "az acr show-endpoints --name {registryName}" }],
          },
          {
            text: "With NSGs, allow the service tags; add Storage when layers come from *.blob.core.windows.net. AKS clusters with egress through a firewall need the registry's endpoints in the firewall's application rules too.",
            commands: [
              {
                client: "az",
                run: "az network nsg rule create --resource-group $RG --nsg-name $NSG --name allow-acr-out --priority 200 --direction Outbound --access Allow --protocol Tcp --destination-port-ranges 443 --destination-address-prefixes AzureContainerRegistry",
              },
            ],
          },
          {
            text: 'A "TLS handshake timeout" with TCP working points to an appliance that stalls TLS (inspection, IPS, or an MTU problem on a VPN or tunnel): have the network team look at that device for the registry\'s hosts.',
          },
        ],
      },
      {
        title: "Send the traffic through the proxy",
        when: "The network only allows web traffic through an HTTP proxy.",
        steps: [
          {
            text: "Configure the proxy for the component that connects: the Docker daemon (not only your shell), podman's environment, containerd on Kubernetes nodes, or the cluster's proxy settings. Restart the daemon after changing it.",
            commands: [
              { client: "docker", run: "docker info | grep -i proxy" },
              { client: "shell", run: "systemctl show --property=Environment docker" },
            ],
          },
        ],
      },
      {
        title: "Give the client a route to the private endpoint",
        when: "The registry name resolves to a private address (10.x, 172.16–31.x, 192.168.x) on this client.",
        steps: [
          {
            text: "The client needs network access to the private endpoint's VNet (peering, VPN or ExpressRoute, with NSGs and route tables that let 443 through). See the private-endpoint causes.",
            commands: [{ client: "shell", run: "getent hosts {loginServer}" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Every host answers quickly, and the pull completes.",
        commands: [
          { client: "curl", run: "curl -sv --max-time 20 https://{loginServer}/v2/ -o /dev/null" },
          { client: "docker", run: "docker pull {image}" },
          { client: "podman", run: "podman pull {image}" },
          { client: "containerd", run: "sudo crictl pull {image}" },
          { client: "az", run: "az aks check-acr --resource-group $RG --name $CLUSTER --acr {loginServer}" },
        ],
        good: 'curl shows HTTP 401 or 200 within a second or two; the pull downloads all layers; check-acr prints "Your cluster can pull images from <login-server>!".',
      },
    ],
    related: [
      "client-firewall-blocks-endpoints",
      "nsg-or-firewall-blocks-outbound",
      "private-endpoint-no-route",
      "docker-proxy-not-configured",
      "data-endpoint-unreachable",
      "dns-resolver-failed",
      "registry-ip-denied",
    ],
    tellApart: [
      {
        cause: "registry-ip-denied",
        how: "The ACR firewall answers at once with 403 and \"client with IP '<ip>' is not allowed access\"; a timeout means nothing answered.",
      },
      {
        cause: "docker-proxy-not-configured",
        how: 'If curl from the same shell works (it uses HTTPS_PROXY) but docker pull times out, and docker info shows no "HTTPS Proxy:", the daemon is not using the proxy.',
      },
      {
        cause: "private-endpoint-no-route",
        how: "getent hosts shows a private address for the registry: DNS is right, the route to the private endpoint is missing.",
      },
      {
        cause: "data-endpoint-unreachable",
        how: '/v2/ and login work; only the layer download times out ("error pulling image configuration", "download failed after attempts=6: dial tcp <ip>:443: i/o timeout").',
      },
      {
        cause: "dns-resolver-failed",
        how: '"context deadline exceeded" with no "dial tcp <ip>:443" part can be a hanging DNS lookup: run getent hosts first.',
      },
      { cause: "network-connection-refused", how: "A refusal is immediate; a timeout waits." },
    ],
    cannotSee: [
      "Firewalls, NSGs, routes and proxies between your machine (or your cluster's nodes) and the registry: the live check connects from the server's network, so the registry can work from there and still time out for you.",
      "Which endpoints your firewall's allow-list contains.",
    ],
    sources: [
      { seed: "acr-network-troubleshoot", section: "Symptoms" },
      { seed: "acr-network-troubleshoot", section: "Configure client firewall access" },
      { seed: "acr-network-troubleshoot", section: "Configure VNet access (NSG rules, service tags, Azure Firewall)" },
      { seed: "acr-network-troubleshoot", section: "Further diagnosis (az acr check-health, az aks check-acr)" },
      { seed: "acr-network-troubleshoot", section: "Advanced troubleshooting (ContainerRegistryLoginEvents)" },
      { seed: "acr-login-troubleshoot", section: "Symptoms (Could not connect to the registry login server)" },
      { seed: "redhat-registry-auth", section: "Testing authentication; Proxy/Firewall" },
      { title: "Configure rules to access an Azure container registry behind a firewall", url: ACR_FIREWALL },
      { title: "Troubleshoot network issues with registry", url: TNET },
      { title: "Cannot pull images from ACR to an AKS cluster", url: AKS_PULL },
    ],
  },
  // ───────────────────────────── tls ─────────────────────────────
  {
    id: "tls-untrusted-certificate",
    group: "tls",
    title: "The registry's certificate is not signed by a CA this client trusts",
    summary:
      'TLS verification failed with "certificate signed by unknown authority": a self-signed or private-CA certificate, or a TLS-inspecting proxy re-signing the traffic with its own CA.',
    explanation: [
      "During the TLS handshake the client checks that the registry's certificate chains up to a root CA in its trust store. Here it does not. Three situations cause this: the registry uses a self-signed certificate or one from a company (private) CA; a corporate firewall or proxy inspects TLS and presents certificates signed by its own CA (Zscaler, Palo Alto, Fortinet, Netskope and the like); or the server leaves out its intermediate certificate (a separate cause).",
      "Each tool has its own trust. The Docker daemon uses the system store plus /etc/docker/certs.d/<host:port>/ca.crt; podman, buildah and skopeo use the system store plus /etc/containers/certs.d/<host:port>/; containerd reads /etc/containerd/certs.d/<host:port>/; the Azure CLI uses its own bundled CA list (REQUESTS_CA_BUNDLE overrides it); Docker Desktop uses the host operating system's store; a browser may trust a company CA that the command-line tools do not. Fixing one tool does not fix the others, and on Kubernetes every node needs the CA.",
      "ACR (a Microsoft/DigiCert chain), Docker Hub, GHCR, Quay and registry.redhat.io use publicly trusted certificates. If one of them shows this error, something on your network is re-signing the traffic — sometimes only for the layer (blob/CDN) host.",
    ],
    appliesTo: ["any"],
    symptoms: [
      'docker login or pull fails right after connecting, with "x509: certificate signed by unknown authority".',
      "The registry opens fine in a browser on the same machine (the browser trusts a company CA the tools do not).",
      "curl fails with error 60 unless -k is added.",
      'az acr check-health reports CONNECTIVITY_SSL_ERROR ("Are you using a proxy server?").',
      "Login works but the layer download fails with the same x509 error (inspection only on the CDN or blob host).",
    ],
    errorTexts: [
      "x509: certificate signed by unknown authority",
      "tls: failed to verify certificate: x509: certificate signed by unknown authority",
      'Error response from daemon: Get "https://<login-server>/v2/": x509: certificate signed by unknown authority',
      'Error response from daemon: Get "https://<login-server>/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority',
      'pinging container registry <login-server>: Get "https://<login-server>/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority',
      'x509: certificate signed by unknown authority (possibly because of "crypto/rsa: verification error" while trying to verify candidate authority certificate "<ca-name>")',
      "curl: (60) SSL certificate problem: self-signed certificate in certificate chain",
      "curl: (60) SSL certificate problem: self signed certificate in certificate chain",
      "curl: (60) SSL certificate problem: self-signed certificate",
      "curl: (60) SSL certificate problem: unable to get local issuer certificate",
      "An error occurred: CONNECTIVITY_SSL_ERROR",
      "Unable to establish a secure connection to the registry '<login-server>'. Are you using a proxy server?",
      "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:<n>)",
      "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:<n>)",
    ],
    confirm: [
      {
        text: "See who issued the certificate this machine receives, and whether OpenSSL trusts it.",
        commands: [
          {
            client: "shell",
            run: "echo | openssl s_client -connect {loginServer}:443 -servername {loginServer} 2>/dev/null | openssl x509 -noout -subject -issuer",
            note: "behind a proxy add -proxy <proxy-host>:<port> (OpenSSL 1.1.0+); use the registry's port if not 443",
          },
          {
            client: "shell",
            run: "openssl s_client -connect {loginServer}:443 -servername {loginServer} </dev/null 2>/dev/null | grep 'Verify return code'",
          },
          { client: "curl", run: "curl -sv https://{loginServer}/v2/ -o /dev/null 2>&1 | grep -E 'issuer:|subject:|SSL certificate'" },
        ],
        good: 'The issuer is a public CA (for ACR a Microsoft Azure TLS issuing CA under DigiCert) and "Verify return code: 0 (ok)".',
        bad: 'The issuer is your company\'s CA or a security vendor\'s CA, or the certificate is self-signed (issuer = subject); "Verify return code: 19 (self-signed certificate in certificate chain)" or "20 (unable to get local issuer certificate)".',
      },
      {
        text: "Compare with another network (a phone hotspot, or the live check). A different issuer there means your network re-signs the traffic.",
        commands: [
          {
            client: "shell",
            run: "echo | openssl s_client -connect {loginServer}:443 -servername {loginServer} 2>/dev/null | openssl x509 -noout -issuer -fingerprint -sha256",
          },
        ],
        good: "Same issuer and fingerprint from both networks, and it is a public CA.",
        bad: "Your network shows another issuer than the outside world.",
      },
      {
        text: "Check whether the per-registry CA file each tool reads is in place (for a private-CA registry).",
        where:
          "/etc/docker/certs.d/<host:port>/ca.crt, /etc/containers/certs.d/<host:port>/ca.crt, /etc/containerd/certs.d/<host:port>/hosts.toml",
        commands: [
          { client: "docker", run: "ls -l /etc/docker/certs.d/{loginServer}/" },
          { client: "podman", run: "ls -l /etc/containers/certs.d/{loginServer}/ ~/.config/containers/certs.d/{loginServer}/" },
          {
            client: "containerd",
            run: "grep -n config_path /etc/containerd/config.toml; cat /etc/containerd/certs.d/{loginServer}/hosts.toml",
          },
          { client: "openshift", run: "oc get image.config.openshift.io/cluster -o jsonpath='{.spec.additionalTrustedCA.name}'" },
        ],
        good: "A ca.crt (PEM) for the registry's exact host:port directory, or the CA in the system store.",
        bad: "No directory, a directory named without the port the registry uses, or a file that holds the server's certificate instead of the CA.",
      },
    ],
    fixes: [
      {
        title: "Trust the registry's private CA for that registry only",
        when: "A self-hosted registry uses a self-signed or private-CA certificate.",
        steps: [
          {
            text: "Get the CA certificate (PEM) from the registry's owner — do not simply trust whatever the network hands you — and save it as registry-ca.crt. Then install it for each tool. Docker and podman read certs.d at every request, no restart needed.",
            commands: [
              {
                client: "docker",
                run: sh(
                  "sudo mkdir -p /etc/docker/certs.d/{loginServer}",
                  "sudo cp registry-ca.crt /etc/docker/certs.d/{loginServer}/ca.crt",
                ),
              },
              {
                client: "podman",
                run: sh(
                  "sudo mkdir -p /etc/containers/certs.d/{loginServer}",
                  "sudo cp registry-ca.crt /etc/containers/certs.d/{loginServer}/ca.crt",
                ),
                note: "rootless podman also reads ~/.config/containers/certs.d/",
              },
              {
                client: "containerd",
                run: sh(
                  "sudo mkdir -p /etc/containerd/certs.d/{loginServer}",
                  "sudo cp registry-ca.crt /etc/containerd/certs.d/{loginServer}/ca.crt",
                  "sudo tee /etc/containerd/certs.d/{loginServer}/hosts.toml >/dev/null <<'EOF'",
                  'server = "https://{loginServer}"',
                  "",
                  '[host."https://{loginServer}"]',
                  '  ca = "/etc/containerd/certs.d/{loginServer}/ca.crt"',
                  "EOF",
                ),
                note: 'needs config_path = "/etc/containerd/certs.d" in the CRI registry section of /etc/containerd/config.toml; then no restart',
              },
              { client: "helm", run: "helm registry login {loginServer} --ca-file registry-ca.crt" },
              { client: "skopeo", run: "skopeo inspect --cert-dir /etc/containers/certs.d/{loginServer} docker://{image}" },
            ],
          },
          {
            text: "Kubernetes: the kubelet does not pull, the node's runtime does, so every node needs the CA (node image, a DaemonSet that writes certs.d, or the platform's feature). On AKS use custom CA trust; on OpenShift add the CA to the cluster image configuration (key = host, with .. instead of : before a port).",
            commands: [
              { client: "az", run: "az aks update --resource-group $RG --name $CLUSTER --custom-ca-trust-certificates registry-ca.crt" },
              {
                client: "openshift",
                run: "oc create configmap registry-cas -n openshift-config --from-file=registry.example.com..5000=registry-ca.crt",
                note: "use your registry's host (and ..port) as the key",
              },
              {
                client: "openshift",
                run: 'oc patch image.config.openshift.io/cluster --type=merge -p \'{"spec":{"additionalTrustedCA":{"name":"registry-cas"}}}\'',
              },
            ],
          },
        ],
      },
      {
        title: "Trust the company or proxy CA system-wide",
        when: "A TLS-inspecting proxy or a company CA signs everything, including public registries.",
        steps: [
          {
            text: "Add the company's root CA to the operating system's store, then restart the Docker daemon (it reads the system store at start).",
            commands: [
              {
                client: "shell",
                run: "sudo cp company-root-ca.crt /usr/local/share/ca-certificates/company-root-ca.crt && sudo update-ca-certificates",
                note: "Debian, Ubuntu",
              },
              {
                client: "shell",
                run: "sudo cp company-root-ca.crt /etc/pki/ca-trust/source/anchors/ && sudo update-ca-trust",
                note: "RHEL, Fedora, Azure Linux",
              },
              { client: "docker", run: "sudo systemctl restart docker" },
              { client: "containerd", run: "sudo systemctl restart containerd" },
            ],
          },
          {
            text: "Docker Desktop trusts the host's store: add the CA there and restart Docker Desktop. The Azure CLI ships its own CA list: point REQUESTS_CA_BUNDLE at a bundle that contains the company CA.",
            commands: [
              {
                client: "powershell",
                run: "Import-Certificate -FilePath company-root-ca.crt -CertStoreLocation Cert:\\LocalMachine\\Root",
                note: "Windows, as administrator; then restart Docker Desktop",
              },
              {
                client: "shell",
                run: "sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain company-root-ca.crt",
                note: "macOS; then restart Docker Desktop",
              },
              {
                client: "az",
                run: "export REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt",
                note: "the system bundle after update-ca-certificates (on RHEL: /etc/pki/tls/certs/ca-bundle.crt)",
              },
            ],
          },
        ],
      },
      {
        title: "Have the registry's hosts exempted from TLS inspection",
        when: "You would rather the proxy did not decrypt registry traffic (it carries credentials and tokens).",
        steps: [
          {
            text: "Ask the network team to bypass inspection for the registry's API, token and layer hosts (for ACR the login server and its data endpoints or *.blob.core.windows.net). Do not turn off verification (insecure-registries, --tls-verify=false) as a fix: that also accepts an attacker's certificate.",
            commands: [{ client: "az", run: "az acr show-endpoints --name {registryName}" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "Verification succeeds and the client logs in.",
        commands: [
          {
            client: "shell",
            run: "openssl s_client -connect {loginServer}:443 -servername {loginServer} -CAfile registry-ca.crt </dev/null 2>/dev/null | grep 'Verify return code'",
            note: "for a private CA; without -CAfile for a system-wide CA",
          },
          { client: "docker", run: "docker login {loginServer}" },
          { client: "podman", run: "podman login {loginServer}" },
          { client: "containerd", run: "sudo crictl pull {image}" },
        ],
        good: '"Verify return code: 0 (ok)"; "Login Succeeded!" / "Login Succeeded"; crictl prints "Image is up to date for …".',
      },
    ],
    related: ["tls-incomplete-chain", "tls-hostname-mismatch", "tls-certificate-expired", "proxy-refused", "data-endpoint-unreachable"],
    tellApart: [
      {
        cause: "tls-incomplete-chain",
        how: "Count the certificates the server sends (openssl s_client -showcerts | grep -c 'BEGIN CERTIFICATE'). One certificate whose issuer is a public intermediate CA, with \"Verify return code: 21 (unable to verify the first certificate)\", is an incomplete chain; a full chain ending in an unknown root is this cause.",
      },
      {
        cause: "tls-hostname-mismatch",
        how: 'There the chain is trusted, but the certificate names another host ("certificate is valid for …, not …").',
      },
      { cause: "tls-certificate-expired", how: 'There the error says "certificate has expired or is not yet valid".' },
      {
        cause: "data-endpoint-unreachable",
        how: 'If login works and only the layer download fails with x509 (or "remote error: tls: access denied"), the inspection or block is on the blob/CDN host only.',
      },
    ],
    cannotSee: [
      "Your machine's trust stores and whether a proxy on your network re-signs TLS: the live check sees the certificate the registry presents to the server, which can differ from what your network shows you.",
      "Whether each Kubernetes node has the CA installed.",
    ],
    sources: [
      { title: "Docker: use self-signed certificates (certs.d)", url: DOCKER_CERTS },
      { title: "containerd: registry host configuration (hosts.toml)", url: CONTAINERD_HOSTS },
      { title: "Health check error reference: CONNECTIVITY_SSL_ERROR", url: HEALTH_ERRORS },
      { title: "AKS custom certificate authority", url: "https://learn.microsoft.com/azure/aks/custom-certificate-authority" },
      {
        title: "OpenShift: additional trusted CAs for registries",
        url: "https://docs.okd.io/latest/cicd/builds/setting-up-trusted-ca.html",
      },
      { title: "moby issue: x509 unknown authority behind a corporate proxy", url: "https://github.com/moby/moby/issues/36820" },
    ],
  },
  {
    id: "tls-hostname-mismatch",
    group: "tls",
    title: "The registry's certificate is for a different host name",
    summary:
      "The certificate is valid, but not for the name you connected to: a privatelink name or an IP address used directly, a certificate without SANs, or DNS sending you to another server.",
    explanation: [
      "Clients check that the host name you used appears in the certificate's Subject Alternative Names (SANs). Here it does not. For ACR the certificate covers *.azurecr.io (or *.azurecr.cn / *.azurecr.us): <name>.azurecr.io works, but <name>.privatelink.azurecr.io, a private IP address or a custom alias does not, although they reach the same registry. With a private endpoint, keep using <name>.azurecr.io and let DNS map it to the private address.",
      'For self-hosted registries: Go tools (docker, podman, containerd, kubelet, helm) ignore the old Common Name field since Go 1.15, so a certificate without SANs fails with "relies on legacy Common Name field"; connecting by IP needs the IP as an IP SAN; a wildcard covers exactly one label (*.example.com does not cover a.b.example.com).',
      "If the certificate names a completely different site, DNS or a hosts file is sending you to another server: a load balancer's default certificate, a CDN, or a proxy's block page.",
    ],
    appliesTo: ["any"],
    symptoms: [
      'Login fails with "certificate is valid for …, not …" right after connecting.',
      "Works with one name for the registry (myregistry.azurecr.io) and fails with another (the privatelink name, an IP, an alias).",
      "A new self-signed certificate is rejected although it was added to the trust store.",
    ],
    errorTexts: [
      "x509: certificate is valid for *.azurecr.io, not <registry-name>.privatelink.azurecr.io",
      "x509: certificate is valid for <names>, not <login-server>",
      "tls: failed to verify certificate: x509: certificate is valid for <names>, not <login-server>",
      "x509: certificate is not valid for any names, but wanted to match <login-server>",
      "x509: cannot validate certificate for <ip-address> because it doesn't contain any IP SANs",
      "x509: certificate relies on legacy Common Name field, use SANs instead",
      "x509: certificate relies on legacy Common Name field, use SANs or temporarily enable Common Name matching with GODEBUG=x509ignoreCN=0",
      "curl: (60) SSL: no alternative certificate subject name matches target host name '<login-server>'",
      "curl: (51) SSL: no alternative certificate subject name matches target host name '<login-server>'",
      "curl: (60) SSL: certificate subject name '<name>' does not match target host name '<login-server>'",
      "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for '<login-server>'. (_ssl.c:<n>)",
    ],
    confirm: [
      {
        text: "List the names the certificate is valid for and compare them with the name you use.",
        commands: [
          {
            client: "shell",
            run: "echo | openssl s_client -connect {loginServer}:443 -servername {loginServer} 2>/dev/null | openssl x509 -noout -subject -ext subjectAltName",
            note: "OpenSSL 1.1.1 or later; use the registry's port if not 443",
          },
          { client: "curl", run: "curl -sv https://{loginServer}/v2/ -o /dev/null 2>&1 | grep -E 'subject:|subjectAltName|SSL:'" },
        ],
        good: "The SAN list contains your exact host name (for ACR DNS:*.azurecr.io or the sovereign equivalent), or the IP you connect to as an IP Address entry.",
        bad: "No X509v3 Subject Alternative Name at all, or a list without your name, or the names of an unrelated site.",
      },
      {
        text: "For ACR, check that you use the registry's login server, not the privatelink name or an address.",
        commands: [
          { client: "az", run: "az acr show --name {registryName} --query loginServer -o tsv" },
          { client: "shell", run: "getent hosts {loginServer}" },
        ],
        good: "You use exactly the login server; inside the private network it resolves to the private endpoint's address.",
        bad: "Images, pull secrets or scripts use <name>.privatelink.azurecr.io or an IP address.",
      },
    ],
    fixes: [
      {
        title: "Use the name the certificate covers",
        when: "ACR (or another managed registry) reached through a private endpoint, an IP or an alias.",
        steps: [
          {
            text: "Use <name>.azurecr.io everywhere and make DNS answer it with the private endpoint's address (private DNS zone privatelink.azurecr.io linked to the VNet, or a conditional forwarder). For a quick test, a hosts-file line mapping the login server (and each data endpoint) to the private IP does the same.",
            where: "/etc/hosts or C:\\Windows\\System32\\drivers\\etc\\hosts (tests only)",
            commands: [
              { client: "docker", run: "docker login {loginServer}" },
              { client: "podman", run: "podman login {loginServer}" },
              {
                client: "kubernetes",
                run: "kubectl create secret docker-registry regcred --docker-server={loginServer} --docker-username=$SP_ID --docker-password=$SP_PASSWORD --dry-run=client -o yaml | kubectl apply -f -",
              },
              { client: "az", run: "az acr login --name {registryName}" },
            ],
          },
        ],
      },
      {
        title: "Reissue the certificate with the right SANs",
        when: "You run the registry and its certificate lacks SANs or the name/IP clients use.",
        steps: [
          {
            text: "Issue a certificate that lists every name (and IP) clients use as SANs, install it on the registry (full chain), and restart the registry. Example for a self-signed test certificate; for anything else, ask your CA for the same SANs.",
            commands: [
              {
                client: "shell",
                run: 'openssl req -x509 -newkey rsa:4096 -sha256 -days 365 -nodes -keyout registry.key -out registry.crt -subj "/CN=$REGISTRY_HOST" -addext "subjectAltName=DNS:$REGISTRY_HOST,IP:$REGISTRY_IP"',
                note: "OpenSSL 1.1.1+; clients must then trust this certificate (see the untrusted-certificate cause)",
              },
            ],
          },
        ],
      },
      {
        title: "Fix DNS that points to the wrong server",
        when: "The certificate belongs to an unrelated site, a load balancer default or a block page.",
        steps: [
          {
            text: "Find where the name resolves on this machine and correct the DNS record or hosts-file line so it reaches the registry.",
            commands: [{ client: "shell", run: "getent hosts {loginServer}" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The certificate matches and the client connects.",
        commands: [
          { client: "curl", run: "curl -sv https://{loginServer}/v2/ -o /dev/null" },
          { client: "docker", run: "docker login {loginServer}" },
        ],
        good: 'curl shows "SSL certificate verify ok" and an HTTP 401 or 200; docker prints "Login Succeeded".',
      },
    ],
    related: ["tls-untrusted-certificate", "dns-private-address", "private-dns-zone-not-linked", "not-a-registry"],
    tellApart: [
      { cause: "tls-untrusted-certificate", how: 'There the name matches but the issuer is unknown ("signed by unknown authority").' },
      {
        cause: "private-dns-zone-not-linked",
        how: "People often switch to the privatelink name because the login server resolves publicly inside the VNet. Fix the DNS zone link instead, then use the login server.",
      },
      {
        cause: "not-a-registry",
        how: "If the certificate belongs to another site and curl shows an HTML page on /v2/, you are reaching a different service.",
      },
    ],
    cannotSee: [
      "Which name your scripts, pull secrets and hosts file use, and what your DNS answers: the live check connects with the name you typed, from its own network.",
    ],
    sources: [
      { seed: "acr-network-troubleshoot", section: "Configure VNet access (private endpoint DNS for the registry FQDN)" },
      { title: "ACR issue: x509 certificate is valid for *.azurecr.io, not …privatelink…", url: "https://github.com/Azure/acr/issues/425" },
      {
        title: "Connect privately to an Azure container registry using Azure Private Link",
        url: "https://learn.microsoft.com/azure/container-registry/container-registry-private-link",
      },
    ],
  },
  {
    id: "tls-certificate-expired",
    group: "tls",
    title: "The registry's certificate has expired",
    summary:
      "A certificate in the chain is past its end date (or the client believes so): renew the server's certificate, update an outdated CA bundle, or fix a clock that runs ahead.",
    explanation: [
      'Every certificate has a validity window. Go clients report "certificate has expired or is not yet valid" and say which side of the window failed: "current time <t> is after <notAfter>" means expired.',
      "Causes, most common first: a self-hosted registry's certificate that was not renewed (a failed cert-manager or Let's Encrypt renewal, a certificate copied in by hand); a server that still sends an old, expired intermediate; a client whose outdated CA bundle builds the chain through an expired root (as happened when Let's Encrypt's old DST Root CA X3 expired in 2021); a TLS-inspecting proxy whose signing certificate expired; or a client clock that runs ahead, so valid certificates look expired (then the same registry works from every other machine).",
      "ACR, Docker Hub, GHCR and registry.redhat.io rotate their certificates automatically. If one looks expired, suspect the clock or a proxy that re-signs traffic.",
    ],
    appliesTo: ["any"],
    symptoms: [
      "Everything worked until a certain date, then every client fails at once.",
      'curl fails with error 60 "certificate has expired".',
      "Only one machine fails while others reach the registry (clock or old CA bundle on that machine).",
    ],
    errorTexts: [
      "x509: certificate has expired or is not yet valid: current time <date>T<time>Z is after <date>T<time>Z",
      "tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time <date>T<time>Z is after <date>T<time>Z",
      'Error response from daemon: Get "https://<login-server>/v2/": x509: certificate has expired or is not yet valid: current time <date>T<time>Z is after <date>T<time>Z',
      "x509: certificate has expired or is not yet valid",
      "curl: (60) SSL certificate problem: certificate has expired",
      "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:<n>)",
    ],
    confirm: [
      {
        text: "Read the server certificate's validity dates.",
        commands: [
          {
            client: "shell",
            run: "echo | openssl s_client -connect {loginServer}:443 -servername {loginServer} 2>/dev/null | openssl x509 -noout -subject -issuer -dates",
            note: "use the registry's port if not 443",
          },
        ],
        good: "notAfter is in the future and notBefore in the past.",
        bad: "notAfter is in the past.",
      },
      {
        text: "Check every certificate the server sends, not only the first one.",
        commands: [
          {
            client: "shell",
            run: "openssl s_client -connect {loginServer}:443 -servername {loginServer} -showcerts </dev/null 2>/dev/null | grep -E 'NotAfter|Verify return code'",
            note: "OpenSSL 3 prints NotBefore/NotAfter for each certificate in the chain",
          },
        ],
        good: 'All dates in the future; "Verify return code: 0 (ok)".',
        bad: '"Verify return code: 10 (certificate has expired)" or an intermediate with a past NotAfter.',
      },
      {
        text: "Check this machine's clock against real time: a clock that runs ahead makes valid certificates look expired.",
        commands: [
          { client: "shell", run: "date -u; timedatectl" },
          { client: "powershell", run: "w32tm /query /status" },
        ],
        good: 'The UTC time is right and "System clock synchronized: yes".',
        bad: "The clock is hours, days or years off: see the clock-skew cause.",
      },
    ],
    fixes: [
      {
        title: "Renew the server's certificate",
        when: "You run the registry (or its reverse proxy / load balancer) and its certificate expired.",
        steps: [
          {
            text: "Renew the certificate (with its full chain), install it where the registry or proxy reads it, and restart or reload that service. With cert-manager, find out why renewal failed.",
            commands: [
              { client: "kubernetes", run: "kubectl get certificate -A" },
              { client: "kubernetes", run: "kubectl describe certificate -n $NAMESPACE $CERTIFICATE" },
              { client: "docker", run: "docker restart registry", note: "or reload nginx / restart Harbor after replacing the files" },
            ],
          },
        ],
      },
      {
        title: "Update the client's CA bundle",
        when: "Only older machines fail, and the server's own certificate is current.",
        steps: [
          {
            text: "Install the current CA bundle, then restart the Docker daemon or containerd so they load it.",
            commands: [
              {
                client: "shell",
                run: "sudo apt-get update && sudo apt-get install --only-upgrade ca-certificates",
                note: "Debian, Ubuntu",
              },
              { client: "shell", run: "sudo dnf update ca-certificates", note: "RHEL, Fedora" },
              { client: "docker", run: "sudo systemctl restart docker" },
              { client: "containerd", run: "sudo systemctl restart containerd" },
            ],
          },
        ],
      },
      {
        title: "Correct the clock",
        when: "The certificate is current and this machine's clock runs ahead.",
        steps: [
          {
            text: "Turn on time synchronisation and step the clock (details in the clock-skew cause).",
            commands: [{ client: "shell", run: "sudo timedatectl set-ntp true && sudo chronyc makestep" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The chain verifies and the client connects.",
        commands: [
          {
            client: "shell",
            run: "openssl s_client -connect {loginServer}:443 -servername {loginServer} </dev/null 2>/dev/null | grep 'Verify return code'",
          },
          { client: "docker", run: "docker login {loginServer}" },
        ],
        good: '"Verify return code: 0 (ok)" and "Login Succeeded".',
      },
    ],
    related: ["clock-skew", "tls-untrusted-certificate", "tls-incomplete-chain"],
    tellApart: [
      {
        cause: "clock-skew",
        how: 'Compare date -u with real time. If this machine\'s clock is off, the certificate is fine; "current time … is before …" (not yet valid) is always a clock or a brand-new certificate.',
      },
      {
        cause: "tls-untrusted-certificate",
        how: "If a TLS-inspecting proxy's own certificate expired, the issuer is your company's CA; ask the network team.",
      },
    ],
    cannotSee: ["Your machine's clock and CA bundle: the live check sees the certificate's dates with the server's clock and trust store."],
    sources: [
      { title: "Go crypto/x509: certificate has expired or is not yet valid", url: "https://pkg.go.dev/crypto/x509" },
      { title: "Docker: use self-signed certificates (certs.d)", url: DOCKER_CERTS },
    ],
  },
  {
    id: "tls-incomplete-chain",
    group: "tls",
    title: "The registry does not send its intermediate certificate",
    summary:
      "The server sends only its own certificate, not the intermediate CA that links it to a trusted root. Browsers may cope; docker, podman, containerd and curl fail.",
    explanation: [
      "A TLS server must send its own certificate followed by every intermediate certificate up to (not including) the root. If it sends only its own, the client cannot build a chain to a root it trusts.",
      'Browsers often hide the problem: they remember intermediates from other sites or download the missing one from the address in the certificate (AIA). Go-based tools (docker, podman, containerd, kubelet, helm) and curl/OpenSSL do not download missing intermediates, so they report an unknown authority even though the site "works in the browser".',
      "This is a server configuration error, nearly always on self-hosted registries and reverse proxies: nginx, HAProxy, Traefik, Harbor or registry:2 configured with the certificate file instead of the full-chain file, or a load balancer listener uploaded without its chain. Fix it on the server; adding the intermediate to each client is only a stop-gap.",
    ],
    appliesTo: ["any"],
    symptoms: [
      'The registry\'s web page opens in a browser without warning, but docker login fails with "certificate signed by unknown authority".',
      'curl fails with "unable to get local issuer certificate" although the certificate comes from a public CA.',
      "Some machines work (they have the intermediate cached or installed) and others do not.",
    ],
    errorTexts: [
      "x509: certificate signed by unknown authority",
      "tls: failed to verify certificate: x509: certificate signed by unknown authority",
      "curl: (60) SSL certificate problem: unable to get local issuer certificate",
      "curl: (60) SSL certificate problem: unable to verify the first certificate",
      "Verify return code: 21 (unable to verify the first certificate)",
      "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:<n>)",
    ],
    confirm: [
      {
        text: "Count the certificates the server sends.",
        commands: [
          {
            client: "shell",
            run: "openssl s_client -connect {loginServer}:443 -servername {loginServer} -showcerts </dev/null 2>/dev/null | grep -c 'BEGIN CERTIFICATE'",
            note: "use the registry's port if not 443",
          },
        ],
        good: "2 or more (the server's certificate plus its intermediates).",
        bad: "1.",
      },
      {
        text: "Read the chain and the verification result.",
        commands: [
          {
            client: "shell",
            run: "openssl s_client -connect {loginServer}:443 -servername {loginServer} -showcerts </dev/null 2>/dev/null | grep -E '^ *[0-9]+ s:|^ *i:|Verify return code'",
          },
        ],
        good: 'Lines "0 s:<server>" / "i:<intermediate>" and "1 s:<intermediate>" / "i:<root>", then "Verify return code: 0 (ok)".',
        bad: 'Only "0 s:<server>" with "i:<intermediate CA>", and "Verify return code: 21 (unable to verify the first certificate)" or "20 (unable to get local issuer certificate)".',
      },
      {
        text: "Find where the missing intermediate can be downloaded (the certificate's AIA field).",
        commands: [
          {
            client: "shell",
            run: "echo | openssl s_client -connect {loginServer}:443 -servername {loginServer} 2>/dev/null | openssl x509 -noout -ext authorityInfoAccess",
          },
        ],
        good: 'A "CA Issuers - URI:http://…" line: that URL serves the intermediate (often DER; convert with openssl x509 -inform der).',
      },
    ],
    fixes: [
      {
        title: "Serve the full chain from the registry",
        when: "You run the registry, its reverse proxy or its load balancer.",
        steps: [
          {
            text: "Build a full-chain file (server certificate first, then the intermediates, without the root) and point the server at it. With certbot, use fullchain.pem, not cert.pem. Restart or reload the server.",
            commands: [
              { client: "shell", run: "cat registry.crt intermediate.crt > fullchain.crt" },
              {
                client: "docker",
                run: 'docker run -d --name registry -p 443:443 -v "$PWD/certs:/certs" -e REGISTRY_HTTP_ADDR=0.0.0.0:443 -e REGISTRY_HTTP_TLS_CERTIFICATE=/certs/fullchain.crt -e REGISTRY_HTTP_TLS_KEY=/certs/registry.key registry:2',
                note: "registry:2 example; for nginx set ssl_certificate to the full-chain file; for Harbor point https.certificate in harbor.yml to it",
              },
              {
                client: "kubernetes",
                run: "kubectl create secret tls registry-tls -n $NAMESPACE --cert=fullchain.crt --key=registry.key --dry-run=client -o yaml | kubectl apply -f -",
                note: "for a registry behind an Ingress",
              },
            ],
          },
        ],
      },
      {
        title: "Stop-gap: give clients the intermediate",
        when: "You cannot change the server right now.",
        steps: [
          {
            text: "Put the intermediate and the root, one after the other in PEM, into the registry's CA file for each tool.",
            commands: [
              {
                client: "docker",
                run: sh(
                  "sudo mkdir -p /etc/docker/certs.d/{loginServer}",
                  "cat intermediate.crt root.crt | sudo tee /etc/docker/certs.d/{loginServer}/ca.crt >/dev/null",
                ),
              },
              {
                client: "podman",
                run: sh(
                  "sudo mkdir -p /etc/containers/certs.d/{loginServer}",
                  "cat intermediate.crt root.crt | sudo tee /etc/containers/certs.d/{loginServer}/ca.crt >/dev/null",
                ),
              },
              {
                client: "containerd",
                run: sh(
                  "sudo mkdir -p /etc/containerd/certs.d/{loginServer}",
                  "cat intermediate.crt root.crt | sudo tee /etc/containerd/certs.d/{loginServer}/ca.crt >/dev/null",
                ),
              },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The server sends the whole chain and clients verify it.",
        commands: [
          {
            client: "shell",
            run: "openssl s_client -connect {loginServer}:443 -servername {loginServer} -showcerts </dev/null 2>/dev/null | grep -E -c 'BEGIN CERTIFICATE'",
          },
          { client: "docker", run: "docker login {loginServer}" },
        ],
        good: '2 or more certificates; "Login Succeeded".',
      },
    ],
    related: ["tls-untrusted-certificate", "tls-certificate-expired"],
    tellApart: [
      {
        cause: "tls-untrusted-certificate",
        how: 'Both print "unknown authority". With a complete chain ending in a root you do not trust (private CA, proxy CA), it is the untrusted-certificate cause; with a single certificate issued by a public intermediate, it is this one.',
      },
    ],
    cannotSee: [
      "Whether your machine already holds the missing intermediate: the live check verifies with its own trust store, which never fetches intermediates.",
    ],
    sources: [
      {
        title: "moby issue: registry certificate without intermediate (unknown authority)",
        url: "https://github.com/moby/moby/issues/10150",
      },
      { title: "Docker: use self-signed certificates (certs.d)", url: DOCKER_CERTS },
    ],
  },
  {
    id: "tls-handshake-failed",
    group: "tls",
    title: "The TLS handshake with the registry failed",
    summary:
      "The connection opened but TLS could not be set up: most often a plain-HTTP registry on a port the client treats as HTTPS; also old TLS versions or a network device breaking the handshake.",
    explanation: [
      'Container clients talk HTTPS to registries by default. If the server answers in plain HTTP, Go prints "server gave HTTP response to HTTPS client" or "first record does not look like a TLS handshake", and curl says "wrong version number". The usual case is a self-hosted registry:2 started without TLS.',
      'Other causes: a server that only offers TLS 1.0/1.1 or ciphers current clients refuse (Go requires TLS 1.2 or later by default); a firewall, IPS or proxy that resets or drops the connection during the handshake ("connection reset by peer", curl SSL_ERROR_SYSCALL); a server that requires a client certificate (mutual TLS) the client does not send.',
      'A plain-HTTP ("insecure") registry can be allowed per client, but only on a trusted lab network: credentials and images then cross in clear text. Docker already treats 127.0.0.0/8 as insecure, so a registry on localhost works over HTTP without configuration. The lasting fix is TLS on the registry.',
    ],
    appliesTo: ["any"],
    symptoms: [
      "A new self-hosted registry works with curl http://… but docker push or pull fails.",
      "Pushing to localhost:5000 works, pushing to <host>:5000 from another machine does not.",
      "curl https://… fails with error 35.",
      "The connection is reset during the handshake only on the corporate network.",
    ],
    errorTexts: [
      "http: server gave HTTP response to HTTPS client",
      'Error response from daemon: Get "https://<login-server>/v2/": http: server gave HTTP response to HTTPS client',
      'pinging container registry <login-server>: Get "https://<login-server>/v2/": http: server gave HTTP response to HTTPS client',
      'failed to do request: Head "https://<login-server>/v2/<repository>/manifests/<tag>": http: server gave HTTP response to HTTPS client',
      "tls: first record does not look like a TLS handshake",
      "remote error: tls: handshake failure",
      "tls: server selected unsupported protocol version 301",
      "remote error: tls: protocol version not supported",
      "remote error: tls: certificate required",
      "read tcp <local-ip>:<port>-><ip-address>:443: read: connection reset by peer",
      "curl: (35) error:0A00010B:SSL routines::wrong version number",
      "curl: (35) error:1408F10B:SSL routines:ssl3_get_record:wrong version number",
      "curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to <login-server>:443",
      "curl: (35) error:0A000410:SSL routines::sslv3 alert handshake failure",
    ],
    confirm: [
      {
        text: "Ask the registry over plain HTTP. A registry answer here means it does not speak TLS on that port.",
        commands: [
          { client: "curl", run: "curl -sv http://{loginServer}/v2/ -o /dev/null" },
          { client: "curl", run: "curl -sv https://{loginServer}/v2/ -o /dev/null" },
        ],
        good: 'The https request gets "HTTP/1.1 401" or 200; the http request is redirected or refused.',
        bad: 'The http request gets 200 or 401 with "Docker-Distribution-Api-Version: registry/2.0", and the https request fails with "wrong version number".',
      },
      {
        text: "Try the handshake with OpenSSL to see the protocol and the failure.",
        commands: [
          {
            client: "shell",
            run: "openssl s_client -connect {loginServer}:443 -servername {loginServer} -tls1_2 </dev/null 2>&1 | grep -E 'Protocol|Cipher is|alert|errno|wrong version'",
            note: "use the registry's port if not 443",
          },
        ],
        good: '"Protocol : TLSv1.2" or TLSv1.3 and a cipher.',
        bad: '"wrong version number" (plain HTTP), "alert handshake failure" / "protocol version" (old TLS or ciphers), "errno=104" (reset by the network).',
      },
      {
        text: "See which registries each client already treats as insecure.",
        where: "/etc/docker/daemon.json, /etc/containers/registries.conf, /etc/containerd/certs.d/<host:port>/hosts.toml",
        commands: [
          { client: "docker", run: "docker info | grep -A5 'Insecure Registries'" },
          { client: "podman", run: "grep -B2 -A3 'insecure' /etc/containers/registries.conf" },
          { client: "containerd", run: "cat /etc/containerd/certs.d/{loginServer}/hosts.toml" },
          { client: "openshift", run: "oc get image.config.openshift.io/cluster -o jsonpath='{.spec.registrySources}'" },
        ],
        good: "For an HTTPS registry: not listed (it should be verified).",
        bad: "A plain-HTTP registry missing from the list on the machine that fails.",
      },
    ],
    fixes: [
      {
        title: "Serve the registry over HTTPS",
        when: "You run the registry; recommended for anything beyond a lab.",
        steps: [
          {
            text: "Give the registry a certificate (full chain) and key. For registry:2, mount them and set the TLS variables; clients then need the issuing CA trusted if it is private.",
            commands: [
              {
                client: "docker",
                run: 'docker run -d --name registry -p 443:443 -v "$PWD/certs:/certs" -e REGISTRY_HTTP_ADDR=0.0.0.0:443 -e REGISTRY_HTTP_TLS_CERTIFICATE=/certs/fullchain.crt -e REGISTRY_HTTP_TLS_KEY=/certs/registry.key registry:2',
              },
            ],
          },
        ],
      },
      {
        title: "Allow the plain-HTTP registry on each client (lab only)",
        when: "A test registry on a trusted network that you accept to use without TLS.",
        steps: [
          {
            text: "Docker: add the registry (host:port) to insecure-registries and restart the daemon. The command below writes a new daemon.json; if the file already has settings, add the key to it instead.",
            where: "/etc/docker/daemon.json (Docker Desktop: Settings → Docker Engine)",
            commands: [
              {
                client: "docker",
                run: sh(
                  "sudo tee /etc/docker/daemon.json >/dev/null <<'EOF'",
                  "{",
                  '  "insecure-registries": ["{loginServer}"]',
                  "}",
                  "EOF",
                  "sudo systemctl restart docker",
                ),
              },
            ],
          },
          {
            text: "Podman, buildah, skopeo: mark the registry insecure in registries.conf (or pass --tls-verify=false for one command).",
            where: "/etc/containers/registries.conf",
            commands: [
              {
                client: "podman",
                run: sh(
                  "sudo tee -a /etc/containers/registries.conf >/dev/null <<'EOF'",
                  "",
                  "[[registry]]",
                  'location = "{loginServer}"',
                  "insecure = true",
                  "EOF",
                ),
                note: "registries.conf must use the v2 format ([[registry]] tables); it cannot be mixed with an old [registries.insecure] section",
              },
              { client: "skopeo", run: "skopeo inspect --tls-verify=false docker://{image}" },
            ],
          },
          {
            text: "containerd (and Kubernetes nodes, one by one): declare the registry's server as http in hosts.toml. ctr needs --plain-http; helm needs --plain-http.",
            commands: [
              {
                client: "containerd",
                run: sh(
                  "sudo mkdir -p /etc/containerd/certs.d/{loginServer}",
                  "sudo tee /etc/containerd/certs.d/{loginServer}/hosts.toml >/dev/null <<'EOF'",
                  'server = "http://{loginServer}"',
                  "",
                  '[host."http://{loginServer}"]',
                  '  capabilities = ["pull", "resolve", "push"]',
                  "EOF",
                ),
                note: 'needs config_path = "/etc/containerd/certs.d" in /etc/containerd/config.toml',
              },
              { client: "containerd", run: "sudo ctr images pull --plain-http {image}" },
              { client: "helm", run: "helm registry login {loginServer} --plain-http" },
            ],
          },
          {
            text: "OpenShift: list the registry as insecure in the cluster image configuration. The change rolls out to every node through the Machine Config Operator (nodes are updated one by one).",
            commands: [
              {
                client: "openshift",
                run: 'oc patch image.config.openshift.io/cluster --type=merge -p \'{"spec":{"registrySources":{"insecureRegistries":["{loginServer}"]}}}\'',
              },
            ],
          },
        ],
      },
      {
        title: "Update the server's TLS settings or get past the network device",
        when: "The server offers only old TLS versions or ciphers, or the handshake is reset on your network.",
        steps: [
          {
            text: "Enable TLS 1.2 and 1.3 with current ciphers on the registry or its front end. If the handshake is reset only inside your network (it works from a hotspot), ask the network team which device drops it (IPS, TLS inspection, SNI filtering).",
            commands: [
              {
                client: "shell",
                run: "openssl s_client -connect {loginServer}:443 -servername {loginServer} -tls1_3 </dev/null 2>&1 | grep -E 'Protocol|Cipher is'",
              },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The client completes the handshake (or, for an accepted insecure registry, talks HTTP) and logs in.",
        commands: [
          { client: "docker", run: "docker login {loginServer}" },
          { client: "podman", run: "podman login {loginServer}" },
          { client: "containerd", run: "sudo crictl pull {image}" },
        ],
        good: '"Login Succeeded"; the pull completes.',
      },
    ],
    related: ["tls-untrusted-certificate", "network-connection-refused", "proxy-unreachable", "proxy-refused", "data-endpoint-unreachable"],
    tellApart: [
      {
        cause: "tls-untrusted-certificate",
        how: 'If the error contains "x509:", the handshake worked and only certificate verification failed.',
      },
      {
        cause: "proxy-unreachable",
        how: '"proxyconnect tcp: tls: first record does not look like a TLS handshake" is about the proxy, not the registry: the proxy URL says https:// for a proxy that speaks plain HTTP.',
      },
      { cause: "proxy-refused", how: 'A bare "EOF" or "proxyconnect tcp: EOF" through a proxy is the proxy closing the tunnel.' },
      {
        cause: "data-endpoint-unreachable",
        how: '"remote error: tls: access denied" only on the layer (CDN/blob) host is a filter in front of that host.',
      },
    ],
    cannotSee: [
      "Your clients' insecure-registry settings and any device on your network that interferes with TLS: the live check connects from the server.",
    ],
    sources: [
      { title: "Docker daemon: insecure registries", url: "https://docs.docker.com/reference/cli/dockerd/#insecure-registries" },
      { title: "containerd: registry host configuration (hosts.toml)", url: CONTAINERD_HOSTS },
      {
        title: "Buildah troubleshooting: server gave HTTP response to HTTPS client",
        url: "https://github.com/containers/buildah/blob/main/troubleshooting.md",
      },
    ],
  },
  {
    id: "clock-skew",
    group: "tls",
    title: "This machine's clock is wrong, so valid certificates look invalid",
    summary:
      'The client\'s clock is far off. Certificates are checked against it, so a valid registry certificate looks "not yet valid" or expired, and tokens can look out of date too.',
    explanation: [
      'TLS clients compare a certificate\'s validity window with their own clock. A machine whose clock is behind sees new certificates as not yet valid (Go: "current time <t> is before <notBefore>"); one that is ahead sees them as expired. Registries rotate certificates regularly, so a slow clock often breaks pulls right after a rotation.',
      "Clocks drift on VMs restored from snapshots, laptops after sleep, WSL2 and Docker Desktop VMs after the host hibernates, machines that cannot reach an NTP server (UDP port 123 blocked), and dual-boot machines that mix local time and UTC.",
      "Time matters for tokens as well: Microsoft Entra ID rejects a service principal's certificate assertion outside its valid time window (AADSTS700024), and a self-hosted registry whose token service and registry disagree on the time rejects fresh tokens as not yet valid or expired.",
    ],
    appliesTo: ["any"],
    symptoms: [
      "Only this machine fails; other machines reach the same registry.",
      "Other HTTPS tools (apt, dnf, git, az) fail on the same machine with certificate date errors.",
      "It started after resuming from sleep or hibernation, or after restoring a VM snapshot.",
    ],
    errorTexts: [
      "x509: certificate has expired or is not yet valid: current time <date>T<time>Z is before <date>T<time>Z",
      "tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time <date>T<time>Z is before <date>T<time>Z",
      "curl: (60) SSL certificate problem: certificate is not yet valid",
      "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate is not yet valid (_ssl.c:<n>)",
      "AADSTS700024: Client assertion is not within its valid time range.",
    ],
    confirm: [
      {
        text: "Check the clock and whether it is synchronised.",
        commands: [
          { client: "shell", run: "date -u; timedatectl" },
          { client: "shell", run: "chronyc tracking", note: "on systems using chrony" },
          { client: "powershell", run: "w32tm /query /status" },
        ],
        good: 'The UTC time is right to the second; "System clock synchronized: yes", "NTP service: active"; chrony shows "Leap status : Normal" and a small offset.',
        bad: 'The time is minutes to years off, "System clock synchronized: no", or chrony reports "Not synchronised".',
      },
      {
        text: "Compare with the registry's own clock (the Date header of its reply).",
        commands: [
          {
            client: "curl",
            run: "curl -skI https://{loginServer}/v2/ | grep -i '^date:'; date -u",
            note: "-k only to read the Date header despite the certificate error; never pull with it",
          },
        ],
        good: "Both times agree within a few seconds.",
        bad: "They differ by minutes or more.",
      },
      {
        text: "Where the client runs in a VM (WSL2, Docker Desktop, a Kubernetes node), check the clock there, not on the host.",
        commands: [
          {
            client: "powershell",
            run: "wsl date -u; (Get-Date).ToUniversalTime()",
            note: "compares the WSL2 clock with the Windows clock",
          },
          { client: "kubernetes", run: "kubectl debug node/$NODE -it --image=busybox:1.36 -- date -u", note: NODE_NOTE },
        ],
        good: "The same time as the host and as real time.",
        bad: "The VM or node is behind or ahead.",
      },
    ],
    fixes: [
      {
        title: "Turn on time synchronisation (Linux)",
        when: "A Linux machine, VM or node.",
        steps: [
          {
            text: "Enable NTP, step the clock now, and make sure the machine can reach an NTP server (UDP 123) or an internal time source. Azure VMs get time from the host through chrony.",
            commands: [
              { client: "shell", run: "sudo timedatectl set-ntp true" },
              { client: "shell", run: "sudo chronyc makestep" },
            ],
          },
        ],
      },
      {
        title: "Resynchronise Windows",
        when: "Windows, or Docker Desktop on Windows.",
        steps: [
          {
            text: "As administrator, resynchronise the Windows clock, then restart Docker Desktop so its VM takes the new time.",
            commands: [{ client: "powershell", run: "w32tm /resync" }],
          },
        ],
      },
      {
        title: "Reset the clock of WSL2 or the Docker Desktop VM",
        when: "The host's clock is right but WSL2 or Docker Desktop drifted (typically after sleep).",
        steps: [
          {
            text: "Set the WSL2 clock from the hardware clock, or restart WSL; on macOS, restart Docker Desktop.",
            commands: [
              { client: "shell", run: "sudo hwclock -s", note: "inside the WSL2 distribution" },
              { client: "powershell", run: "wsl --shutdown" },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The clock is right and the registry's certificate verifies.",
        commands: [
          { client: "shell", run: "timedatectl | grep -i synchronized" },
          { client: "docker", run: "docker login {loginServer}" },
        ],
        good: '"System clock synchronized: yes"; "Login Succeeded".',
      },
    ],
    related: ["tls-certificate-expired", "credentials-expired", "aad-token-refresh-failed"],
    tellApart: [
      {
        cause: "tls-certificate-expired",
        how: "Read the certificate's dates from a machine with a correct clock: if notAfter is in the future there, the certificate is fine and this machine's clock is wrong.",
      },
      {
        cause: "credentials-expired",
        how: 'Expired credentials fail with 401 "unauthorized" on every machine; a skewed clock fails with certificate or AADSTS time errors on this machine only.',
      },
    ],
    cannotSee: ["Your machine's, VM's or node's clock: the live check uses the server's clock."],
    sources: [
      { title: "Go crypto/x509: certificate has expired or is not yet valid", url: "https://pkg.go.dev/crypto/x509" },
      { title: "Time sync for Linux VMs in Azure", url: "https://learn.microsoft.com/azure/virtual-machines/linux/time-sync" },
    ],
  },
  // ───────────────────────────── proxy ─────────────────────────────
  {
    id: "proxy-unreachable",
    group: "proxy",
    title: "The configured HTTP proxy cannot be reached",
    summary:
      "The client is set to use a proxy, but the connection to the proxy itself failed: wrong host or port, the proxy is down or unresolvable, or the proxy URL has the wrong scheme.",
    explanation: [
      'With HTTPS_PROXY (or the Docker daemon\'s proxy setting) in place, a client first connects to the proxy and asks it to open a tunnel to the registry (an HTTP CONNECT). Go tools mark errors on that first leg with "proxyconnect tcp:". Here the proxy itself could not be reached, so the registry was never contacted.',
      "Typical reasons: a typo in the proxy's host or port; a proxy that was retired or only exists on the office network or VPN; a proxy name that only internal DNS resolves; a proxy on 127.0.0.1 (a VPN client or a local proxy on the host) used from inside a VM, WSL2, Docker Desktop or a container, where 127.0.0.1 is something else; or an https:// proxy URL for a proxy that speaks plain HTTP — most corporate proxies expect http://<proxy>:<port> even for HTTPS traffic.",
      "Stale settings hide in many places: the shell environment, /etc/environment, the Docker daemon's systemd drop-in or daemon.json, Docker Desktop's settings, ~/.docker/config.json (which applies to containers and builds), containerd's or CRI-O's drop-ins on Kubernetes nodes.",
    ],
    appliesTo: ["any"],
    symptoms: [
      "Every registry fails, not only one, and the error names the proxy's address.",
      "It fails off the corporate network (at home, without VPN) because the proxy setting is still there.",
      "curl with the same proxy fails to connect to the proxy.",
    ],
    errorTexts: [
      "proxyconnect tcp: dial tcp <proxy-ip>:<port>: connect: connection refused",
      'Error response from daemon: Get "https://<login-server>/v2/": proxyconnect tcp: dial tcp <proxy-ip>:<port>: connect: connection refused',
      "proxyconnect tcp: dial tcp: lookup <proxy-host>: server misbehaving",
      "proxyconnect tcp: dial tcp: lookup <proxy-host> on <dns-ip>:53: no such host",
      "proxyconnect tcp: dial tcp <proxy-ip>:<port>: i/o timeout",
      "proxyconnect tcp: tls: first record does not look like a TLS handshake",
      "curl: (7) Failed to connect to <proxy-host> port <port>: Connection refused",
      "curl: (7) Failed to connect to <proxy-host> port <port> after <n> ms: Connection refused",
      "curl: (5) Could not resolve proxy: <proxy-host>",
      "Cannot connect to proxy.",
    ],
    confirm: [
      {
        text: "Find every proxy setting the failing component reads.",
        where:
          "shell environment, /etc/environment, /etc/systemd/system/docker.service.d/http-proxy.conf, /etc/docker/daemon.json, Docker Desktop → Settings → Resources → Proxies",
        commands: [
          { client: "shell", run: "env | grep -i _proxy" },
          { client: "docker", run: "docker info | grep -i proxy" },
          { client: "shell", run: "systemctl show --property=Environment docker" },
          { client: "containerd", run: "systemctl show --property=Environment containerd" },
          { client: "powershell", run: "netsh winhttp show proxy" },
        ],
        good: "One consistent proxy URL of the form http://<proxy-host>:<port>, the one your network team gives.",
        bad: "An old or mistyped host or port, 127.0.0.1 inside a VM or container, or an https:// URL for a plain-HTTP proxy.",
      },
      {
        text: "Test the connection to the proxy itself (set PROXY_HOST and PROXY_PORT from the URL above).",
        commands: [
          { client: "shell", run: "getent hosts $PROXY_HOST" },
          { client: "shell", run: "nc -vz -w 5 $PROXY_HOST $PROXY_PORT" },
          { client: "powershell", run: "Test-NetConnection $env:PROXY_HOST -Port $env:PROXY_PORT" },
        ],
        good: "The proxy's name resolves and the port accepts connections.",
        bad: 'No address, "Connection refused", or a timeout.',
      },
      {
        text: "Send a request through the proxy with curl and read the verbose output (as Red Hat's support article describes).",
        commands: [{ client: "curl", run: 'curl -v --proxy "$HTTPS_PROXY" https://{loginServer}/v2/' }],
        good: '"Connected to <proxy-host> (<proxy-ip>) port <port>", "Establish HTTP proxy tunnel to <login-server>:443", "HTTP/1.1 200 Connection established", then the registry\'s 401.',
        bad: "curl: (7) Failed to connect to <proxy-host>, curl: (5) Could not resolve proxy, or a TLS error talking to the proxy.",
      },
    ],
    fixes: [
      {
        title: "Correct the proxy address everywhere",
        when: "The proxy host, port or scheme is wrong or out of date.",
        steps: [
          {
            text: "Get the right proxy URL (host, port, http:// scheme) from the network team or the PAC file, then fix it in each place the component reads and restart the daemon.",
            where: '/etc/systemd/system/docker.service.d/http-proxy.conf or /etc/docker/daemon.json "proxies"',
            commands: [
              { client: "docker", run: "sudo systemctl daemon-reload && sudo systemctl restart docker" },
              { client: "containerd", run: "sudo systemctl daemon-reload && sudo systemctl restart containerd" },
              { client: "podman", run: "export HTTPS_PROXY=http://$PROXY_HOST:$PROXY_PORT HTTP_PROXY=http://$PROXY_HOST:$PROXY_PORT" },
            ],
          },
        ],
      },
      {
        title: "Remove a proxy that is not needed here",
        when: "This network reaches the registry directly (off the office network, or the proxy was retired).",
        steps: [
          {
            text: "Remove the proxy from the shell and from the daemon, then restart the daemon.",
            commands: [
              { client: "shell", run: "unset HTTPS_PROXY HTTP_PROXY https_proxy http_proxy" },
              {
                client: "docker",
                run: "sudo rm /etc/systemd/system/docker.service.d/http-proxy.conf && sudo systemctl daemon-reload && sudo systemctl restart docker",
              },
            ],
          },
        ],
      },
      {
        title: "Use an address of the proxy that works from inside the VM or container",
        when: "The proxy runs on the host (127.0.0.1) and the client runs in WSL2, Docker Desktop, a VM or a container.",
        steps: [
          {
            text: "Point the client at the host's address as seen from inside (in Docker Desktop containers host.docker.internal; in WSL2 the Windows host's address, or mirrored networking), and make the local proxy listen on that interface.",
            commands: [{ client: "shell", run: "getent hosts host.docker.internal" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The proxy accepts the tunnel and the client reaches the registry.",
        commands: [
          { client: "curl", run: 'curl -sv --proxy "$HTTPS_PROXY" https://{loginServer}/v2/ -o /dev/null' },
          { client: "docker", run: "docker pull {image}" },
        ],
        good: '"HTTP/1.1 200 Connection established" followed by the registry\'s 401 or 200; the pull completes.',
      },
    ],
    related: ["proxy-refused", "proxy-auth-required", "docker-proxy-not-configured", "network-connection-refused", "redhat-proxy-not-used"],
    tellApart: [
      {
        cause: "proxy-refused",
        how: 'There the proxy answers: it returns 403 to the CONNECT or closes the tunnel ("Forbidden", "proxyconnect tcp: EOF").',
      },
      { cause: "proxy-auth-required", how: "There the proxy answers 407 Proxy Authentication Required." },
      {
        cause: "network-connection-refused",
        how: 'Without the "proxyconnect tcp:" prefix and with the registry\'s address in the error, the registry refused, not the proxy.',
      },
    ],
    cannotSee: [
      "Your proxy's address and whether your machine can reach it: the live check only uses a proxy when you give it one, and connects from the server's network.",
    ],
    sources: [
      { seed: "redhat-registry-auth", section: "Proxy/Firewall" },
      { seed: "acr-network-troubleshoot", section: "Configure client firewall access (proxy for client and daemon)" },
      { title: "Docker daemon proxy configuration", url: DOCKER_PROXY },
      { title: "Red Hat: troubleshooting authentication issues with registry.redhat.io", url: RH_KB },
    ],
  },
  {
    id: "proxy-auth-required",
    group: "proxy",
    title: "The proxy demands authentication (HTTP 407)",
    summary:
      "The HTTP proxy answered 407 Proxy Authentication Required: no proxy credentials were sent, they were wrong, or the proxy wants NTLM/Kerberos, which container tools cannot speak.",
    explanation: [
      "Some corporate proxies only open tunnels for authenticated users. Browsers authenticate silently with the Windows sign-in (NTLM or Kerberos); command-line container tools do not. Go-based tools (the Docker daemon, podman, containerd, helm) can only send Basic proxy credentials, taken from the user:password part of the proxy URL.",
      "Put the credentials in the proxy URL of the component that actually connects: for Docker that is the daemon, which reads its own settings (systemd drop-in, daemon.json, Docker Desktop), not your shell. Special characters in the user name or password must be URL-encoded (@ → %40, : → %3A, # → %23, % → %25, the backslash of DOMAIN\\user → %5C), and in a systemd unit file every % must then be doubled (%%40). The file then holds a secret: keep it readable by root only.",
      "If the proxy accepts only NTLM or Kerberos, run a local authenticating forwarder (such as cntlm or px) and point the tools at it, or ask the network team to let the registry's hosts (or this machine, by address) through without authentication. AKS's built-in HTTP proxy support does not handle proxies that need a user name and password.",
    ],
    appliesTo: ["any"],
    symptoms: [
      "The browser works (it signs in to the proxy silently) but docker, podman or curl fail.",
      "curl through the proxy gets 407 unless --proxy-user or --proxy-ntlm is added.",
      "It broke after a password change, if the password is stored in a proxy URL.",
    ],
    errorTexts: [
      "Proxy Authentication Required",
      'Error response from daemon: Get "https://<login-server>/v2/": Proxy Authentication Required',
      'pinging container registry <login-server>: Get "https://<login-server>/v2/": Proxy Authentication Required',
      "curl: (56) Received HTTP code 407 from proxy after CONNECT",
      "curl: (56) CONNECT tunnel failed, response 407",
      "Tunnel connection failed: 407 Proxy Authentication Required",
      "HTTP/1.1 407 Proxy Authentication Required",
    ],
    confirm: [
      {
        text: "Ask through the proxy without credentials and read which authentication the proxy wants.",
        commands: [
          {
            client: "curl",
            run: "curl -v --proxy \"$PROXY_URL\" https://{loginServer}/v2/ 2>&1 | grep -iE '^< (HTTP|Proxy-Authenticate)'",
            note: "PROXY_URL = http://<proxy-host>:<port>, without credentials",
          },
        ],
        good: '"< HTTP/1.1 200 Connection established": this proxy needs no authentication.',
        bad: '"< HTTP/1.1 407 Proxy Authentication Required" with "Proxy-Authenticate: Basic …" (credentials in the URL will work) or only "NTLM" / "Negotiate" (container tools cannot authenticate directly).',
      },
      {
        text: "Try with your proxy credentials (curl asks for the password).",
        commands: [
          { client: "curl", run: 'curl -v --proxy "$PROXY_URL" --proxy-user "$PROXY_USER" https://{loginServer}/v2/ -o /dev/null' },
          {
            client: "curl",
            run: 'curl -v --proxy "$PROXY_URL" --proxy-ntlm --proxy-user "$PROXY_USER" https://{loginServer}/v2/ -o /dev/null',
            note: "if only NTLM is offered; success here alone means Go tools still cannot",
          },
        ],
        good: '"HTTP/1.1 200 Connection established", then the registry\'s 401.',
        bad: "407 again: wrong user name (often DOMAIN\\user is needed), wrong password, or an account without web access.",
      },
      {
        text: "Check whether the daemon's proxy URL carries credentials (docker info masks them).",
        commands: [
          { client: "docker", run: "docker info | grep -i proxy" },
          {
            client: "shell",
            run: "sudo systemctl show --property=Environment docker | tr ' ' '\\n' | grep -i proxy | sed -E 's#//[^@]*@#//***@#'",
          },
        ],
        good: "HTTPS Proxy: http://xxxxx:xxxxx@<proxy-host>:<port>",
        bad: "HTTPS Proxy: http://<proxy-host>:<port> with no user part, while the proxy demands Basic authentication.",
      },
    ],
    fixes: [
      {
        title: "Give the daemon Basic proxy credentials",
        when: "The proxy offers Basic authentication.",
        steps: [
          {
            text: "URL-encode the password (the command reads it without echo), then write the daemon's drop-in with the credentials, protect the file, reload and restart. systemd needs % doubled.",
            where: "/etc/systemd/system/docker.service.d/http-proxy.conf",
            commands: [
              {
                client: "shell",
                run: 'PROXY_PASS_ENC=$(python3 -c \'import getpass, urllib.parse; print(urllib.parse.quote(getpass.getpass("Proxy password: "), safe=""))\')',
              },
              {
                client: "docker",
                run: sh(
                  "SYSTEMD_PASS=${PROXY_PASS_ENC//%/%%}",
                  "sudo mkdir -p /etc/systemd/system/docker.service.d",
                  "sudo tee /etc/systemd/system/docker.service.d/http-proxy.conf >/dev/null <<EOF",
                  "[Service]",
                  'Environment="HTTP_PROXY=http://$PROXY_USER:$SYSTEMD_PASS@$PROXY_HOST:$PROXY_PORT"',
                  'Environment="HTTPS_PROXY=http://$PROXY_USER:$SYSTEMD_PASS@$PROXY_HOST:$PROXY_PORT"',
                  'Environment="NO_PROXY=localhost,127.0.0.1"',
                  "EOF",
                  "sudo chmod 600 /etc/systemd/system/docker.service.d/http-proxy.conf",
                  "sudo systemctl daemon-reload && sudo systemctl restart docker",
                ),
              },
              {
                client: "containerd",
                run: "sudo mkdir -p /etc/systemd/system/containerd.service.d && sudo cp /etc/systemd/system/docker.service.d/http-proxy.conf /etc/systemd/system/containerd.service.d/ && sudo systemctl daemon-reload && sudo systemctl restart containerd",
                note: "the same drop-in for containerd (Kubernetes nodes)",
              },
            ],
          },
          {
            text: "Podman, helm, skopeo and curl read the environment of the user running them (no %% doubling there). Docker Desktop: enter the URL with credentials under Settings → Resources → Proxies.",
            commands: [
              {
                client: "podman",
                run: "export HTTPS_PROXY=http://$PROXY_USER:$PROXY_PASS_ENC@$PROXY_HOST:$PROXY_PORT HTTP_PROXY=http://$PROXY_USER:$PROXY_PASS_ENC@$PROXY_HOST:$PROXY_PORT",
              },
            ],
          },
        ],
      },
      {
        title: "Use a local authenticating forwarder for NTLM or Kerberos",
        when: "The proxy offers only NTLM or Negotiate (Kerberos).",
        steps: [
          {
            text: "Run a small local proxy that authenticates to the corporate proxy with your Windows identity (cntlm, px), and point the daemon and tools at it without credentials (for example http://127.0.0.1:3128 on the same machine). Inside WSL2 or Docker Desktop, use an address of the host that is reachable from there.",
            commands: [{ client: "docker", run: "docker info | grep -i proxy" }],
          },
        ],
      },
      {
        title: "Have the registry exempted from proxy authentication",
        when: "Servers, build agents and cluster nodes that cannot hold a user's proxy password (AKS's proxy support has no authentication at all).",
        steps: [
          {
            text: "Ask the network team to allow the registry's API, token and layer hosts without authentication, or to allow this machine's address. For ACR, list the hosts with show-endpoints.",
            commands: [{ client: "az", run: "az acr show-endpoints --name {registryName}" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The proxy opens the tunnel and the pull works through the daemon.",
        commands: [
          { client: "docker", run: "docker pull {image}" },
          { client: "podman", run: "podman pull {image}" },
          { client: "containerd", run: "sudo crictl pull {image}" },
        ],
        good: 'The pull completes; no 407 or "Proxy Authentication Required".',
      },
    ],
    related: ["proxy-refused", "proxy-unreachable", "docker-proxy-not-configured", "credentials-invalid"],
    tellApart: [
      {
        cause: "proxy-refused",
        how: "403 from the proxy is a policy refusal (destination not allowed), whoever you are; 407 asks for authentication.",
      },
      {
        cause: "credentials-invalid",
        how: 'A 401 "unauthorized" comes from the registry after the tunnel is open (curl shows "200 Connection established" first); a 407 comes from the proxy before any contact with the registry.',
      },
      { cause: "proxy-unreachable", how: "There the proxy does not answer at all." },
    ],
    cannotSee: [
      "Your proxy's authentication scheme and whether it accepts your credentials: the live check does not go through your proxy unless you give it the proxy URL.",
    ],
    sources: [
      { seed: "redhat-registry-auth", section: "Proxy/Firewall" },
      { title: "Docker daemon proxy configuration", url: DOCKER_PROXY },
      { title: "HTTP proxy support in AKS (no user/password authentication)", url: "https://learn.microsoft.com/azure/aks/http-proxy" },
      { title: "Red Hat: troubleshooting authentication issues with registry.redhat.io", url: RH_KB },
    ],
  },
  {
    id: "proxy-refused",
    group: "proxy",
    title: "The proxy refuses or drops the tunnel to the registry",
    summary:
      "The proxy was reached but would not tunnel to the registry (403 to the CONNECT) or closed the connection (EOF): a registry, token or layer host is missing from the proxy's allow-list.",
    explanation: [
      'Corporate proxies allow HTTPS tunnels by destination name. If a registry host is not on the allow-list, the proxy answers the CONNECT with 403 Forbidden (Go prints just "Forbidden"; docker login can print "login attempt to … failed with status: 403 Forbidden") or simply closes the connection, which Go reports as "proxyconnect tcp: EOF" or a bare "EOF". Some proxies return an HTML block page instead, which docker cannot parse.',
      "A pull needs several hosts, and all must be allowed: the registry's API host, its token service (the realm in the registry's challenge) and the host that serves the layers. ACR: <registry>.azurecr.io and <registry>.<region>.data.azurecr.io for each geo-replica (or *.blob.core.windows.net). Docker Hub: registry-1.docker.io, auth.docker.io, production.cloudflare.docker.com. Red Hat: registry.redhat.io, sso.redhat.com and, since 2023, cdn.quay.io and cdn01–cdn03.quay.io — allowing only registry.redhat.io and sso.redhat.com, as older guidance says, is no longer enough.",
      '"proxyconnect tcp: EOF" has one more common cause: HTTPS_PROXY written as https://… for a proxy that speaks plain HTTP, so the proxy drops the TLS greeting it did not expect.',
    ],
    appliesTo: ["any"],
    symptoms: [
      'Behind an HTTPS proxy, docker login fails with 403 Forbidden or "proxyconnect tcp: EOF".',
      "Login works but the pull fails while downloading layers (the CDN or blob host is not allowed).",
      "/v2/ answers but the token request fails (the token host is not allowed).",
      "Other sites work through the proxy; only the registry does not.",
    ],
    errorTexts: [
      "Error response from daemon: Get <registry>: proxyconnect tcp: EOF Login failed",
      'Error response from daemon: Get "https://<login-server>/v2/": proxyconnect tcp: EOF',
      "proxyconnect tcp: EOF",
      "Error response from daemon: login attempt failed with status: 403 Forbidden",
      "Error response from daemon: login attempt to https://<login-server>/v2/ failed with status: 403 Forbidden",
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": EOF',
      'Error response from daemon: Get "https://<login-server>/v2/": Forbidden',
      "curl: (56) Received HTTP code 403 from proxy after CONNECT",
      "curl: (56) CONNECT tunnel failed, response 403",
      "Tunnel connection failed: 403 Forbidden",
      "error parsing HTTP 403 response body: invalid character '<' looking for beginning of value: \"<!DOCTYPE html>…\"",
    ],
    confirm: [
      {
        text: "Send the request through the proxy with curl -v and read the tunnel lines (Red Hat's support article does the same). The CONNECT reply is the proxy's answer; anything after the TLS handshake is the registry's.",
        commands: [{ client: "curl", run: 'curl -v --proxy "$HTTPS_PROXY" https://{loginServer}/v2/' }],
        good: '"* Establish HTTP proxy tunnel to <login-server>:443", "> CONNECT <login-server>:443 HTTP/1.1", "< HTTP/1.1 200 Connection established", then the TLS handshake and the registry\'s 401 or 200.',
        bad: '"< HTTP/1.1 403 Forbidden" right after the CONNECT, curl: (56) … 403 …, or the connection closed before any reply.',
      },
      {
        text: "Test the token host and the layer host through the proxy as well. The realm is in the registry's challenge; for ACR the layer hosts are listed by show-endpoints.",
        commands: [
          { client: "curl", run: 'curl -sI --proxy "$HTTPS_PROXY" https://{loginServer}/v2/ | grep -i www-authenticate' },
          { client: "az", run: "az acr show-endpoints --name {registryName}" },
          {
            client: "curl",
            run: "curl -sv --proxy \"$HTTPS_PROXY\" https://{dataEndpoint}/ -o /dev/null 2>&1 | grep -E '^< HTTP|CONNECT'",
            note: "ACR: repeat for each data endpoint (or the *.blob.core.windows.net host) that show-endpoints lists",
          },
          {
            client: "curl",
            run: "curl -sv --proxy \"$HTTPS_PROXY\" https://cdn01.quay.io/ -o /dev/null 2>&1 | grep -E '^< HTTP|CONNECT'",
            note: "Red Hat layer host; Docker Hub: production.cloudflare.docker.com and auth.docker.io",
          },
        ],
        good: 'Every host gets "200 Connection established" from the proxy (whatever the host answers afterwards).',
        bad: "One of them gets 403 from the proxy or a closed connection.",
      },
      {
        text: "Check the proxy URL's scheme.",
        commands: [
          { client: "docker", run: "docker info | grep -i proxy" },
          { client: "shell", run: "env | grep -i _proxy" },
        ],
        good: "http://<proxy-host>:<port>",
        bad: 'https://<proxy-host>:<port> for a proxy that speaks plain HTTP (typical with "proxyconnect tcp: EOF").',
      },
      {
        text: "Red Hat: test the token service through the proxy. 200 or 401 means the path works; anything else points to the proxy or a firewall.",
        commands: [
          {
            client: "curl",
            run: 'curl -v --proxy "$HTTPS_PROXY" -u "$TOKENID:$SECRET" "https://sso.redhat.com/auth/realms/rhcc/protocol/redhat-docker-v2/auth?service=docker-registry&client_id=curl&scope=repository:rhel:pull"',
          },
        ],
        good: '"HTTP/1.1 200 Connection established" and then 200 (token) or 401 (credentials).',
        bad: "403 from the proxy, or no tunnel.",
      },
    ],
    fixes: [
      {
        title: "Get all of the registry's hosts onto the proxy's allow-list",
        when: "The proxy refuses the CONNECT to one or more registry hosts.",
        steps: [
          {
            text: "Ask the network team to allow CONNECT to port 443 of the API host, the token host and the layer hosts. ACR: the login server and every data endpoint (or *.blob.core.windows.net), plus login.microsoftonline.com and management.azure.com for az acr login. Docker Hub: registry-1.docker.io, auth.docker.io, production.cloudflare.docker.com, docker-images-prod.*.r2.cloudflarestorage.com. Red Hat: registry.redhat.io, sso.redhat.com, cdn.quay.io, cdn01.quay.io, cdn02.quay.io, cdn03.quay.io.",
            commands: [{ client: "az", run: "az acr show-endpoints --name {registryName}" }],
          },
        ],
      },
      {
        title: "Use an http:// proxy URL",
        when: '"proxyconnect tcp: EOF" and the proxy URL starts with https://.',
        steps: [
          {
            text: "Write the proxy as http://<proxy-host>:<port> in the daemon's settings and the environment (HTTPS_PROXY names the proxy for HTTPS traffic; the proxy itself is usually plain HTTP), then restart the daemon.",
            where:
              "/etc/systemd/system/docker.service.d/http-proxy.conf, /etc/docker/daemon.json, Docker Desktop → Settings → Resources → Proxies",
            commands: [{ client: "docker", run: "sudo systemctl daemon-reload && sudo systemctl restart docker" }],
          },
        ],
      },
      {
        title: "Bypass the proxy for a registry reached privately",
        when: "The registry is internal or behind a private endpoint and should not go through the proxy at all.",
        steps: [
          {
            text: "Add the registry's hosts to NO_PROXY for the daemon and the tools (for ACR also the data endpoints), then restart the daemon.",
            commands: [
              {
                client: "docker",
                run: "sudo systemctl edit docker",
                note: 'add the login server (and, for ACR, its data endpoints) to Environment="NO_PROXY=…" in the drop-in',
              },
              { client: "podman", run: "export NO_PROXY=$NO_PROXY,{loginServer}", note: "for ACR add each data endpoint as well" },
            ],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The proxy tunnels to every host and the whole pull works.",
        commands: [
          { client: "curl", run: "curl -sv --proxy \"$HTTPS_PROXY\" https://{loginServer}/v2/ -o /dev/null 2>&1 | grep -E '^< HTTP'" },
          { client: "docker", run: "docker login {loginServer}" },
          { client: "docker", run: "docker pull {image}" },
        ],
        good: '"< HTTP/1.1 200 Connection established" then "< HTTP/1.1 401" (or HTTP/2 401); "Login Succeeded"; all layers download.',
      },
    ],
    related: [
      "registry-ip-denied",
      "proxy-auth-required",
      "proxy-unreachable",
      "auth-endpoint-unreachable",
      "data-endpoint-unreachable",
      "redhat-hosts-not-allowed",
      "not-a-registry",
    ],
    tellApart: [
      {
        cause: "registry-ip-denied",
        how: 'Read the 403\'s body. ACR\'s firewall answers after the tunnel is open ("200 Connection established" first) with JSON: {"errors":[{"code":"DENIED","message":"client with IP \'<ip>\' is not allowed access…"}]}. A 403 to the CONNECT itself, or an HTML page, is the proxy.',
      },
      { cause: "proxy-auth-required", how: "407 means the proxy wants credentials; 403 means it will not allow this destination." },
      {
        cause: "auth-endpoint-unreachable",
        how: 'If /v2/ works through the proxy and only the token request fails (Get "https://auth.docker.io/token?…": EOF), the token host is the one missing from the allow-list.',
      },
      { cause: "data-endpoint-unreachable", how: "If login works and the layer download fails, the blob/CDN host is the missing one." },
    ],
    cannotSee: [
      "Your proxy's allow-list and its block pages: the live check does not pass through your proxy unless you give it the proxy URL.",
    ],
    sources: [
      { seed: "acr-network-troubleshoot", section: "Symptoms (HTTPS proxy: 403 Forbidden, proxyconnect tcp: EOF)" },
      { seed: "acr-network-troubleshoot", section: "Configure client firewall access" },
      { seed: "acr-login-troubleshoot", section: "Symptoms (login attempt failed with status: 403 Forbidden)" },
      { seed: "redhat-registry-auth", section: "Proxy/Firewall" },
      { seed: "redhat-registry-auth", section: "Testing authentication (responses other than 200/401)" },
      { title: "Red Hat: troubleshooting authentication issues with registry.redhat.io", url: RH_KB },
      { title: "Red Hat: firewall changes for the Quay CDN (cdn*.quay.io)", url: "https://access.redhat.com/node/7001746" },
      { title: "Configure rules to access an Azure container registry behind a firewall", url: ACR_FIREWALL },
      { title: "docker/for-win: EOF behind a corporate proxy", url: "https://github.com/docker/for-win/issues/4692" },
      { title: "Docker: allow-list of Docker Hub hosts", url: "https://docs.docker.com/desktop/setup/allow-list/" },
    ],
  },
  {
    id: "docker-proxy-not-configured",
    group: "proxy",
    title: "The Docker daemon (or container runtime) is not using the proxy",
    summary:
      "Your shell and browser go through the proxy but the Docker daemon, containerd or podman does not: each has its own proxy settings, and the daemon must be restarted after they change.",
    explanation: [
      'docker is only a client: logins and pulls are done by the daemon (dockerd), a system service that does not inherit HTTPS_PROXY from your shell. Behind an HTTPS proxy both the client and the daemon must be configured, and the daemon must be restarted after its proxy settings change. Until then it tries to connect directly and the firewall drops it: timeouts, or "no such host" where only the proxy can resolve outside names.',
      'Where each engine reads its proxy: Docker Engine — a systemd drop-in (/etc/systemd/system/docker.service.d/http-proxy.conf) or, since Docker Engine 23.0, "proxies" in /etc/docker/daemon.json; Docker Desktop — Settings → Resources → Proxies (it ignores proxies in daemon.json); ~/.docker/config.json "proxies" configures containers and builds, not the daemon\'s own pulls; podman — the environment of the user who runs it (sudo drops it unless told to keep it; containers.conf [engine] env can set it); containerd or CRI-O on Kubernetes nodes — their own systemd drop-ins; AKS — the cluster\'s HTTP proxy configuration; OpenShift — the cluster-wide Proxy object.',
      "With a system-wide proxy configuration, docker, skopeo (and podman and buildah, which share its library) and curl pick the settings up; otherwise configure Docker directly. Set NO_PROXY for hosts that must be reached directly — an internal registry, a registry behind a private endpoint, the cluster's own networks — or their traffic goes to the proxy, which cannot reach private addresses.",
    ],
    appliesTo: ["any"],
    symptoms: [
      "curl https://<registry>/v2/ works from the same shell; docker pull does not.",
      'docker info shows no "HTTPS Proxy:" line.',
      "It worked before a reboot, reinstall or Docker upgrade, or the proxy was changed without restarting the daemon.",
      "podman works as your user but not with sudo (or the other way round).",
      "Kubernetes nodes time out pulling, while kubectl on your workstation (which uses your proxy) works.",
    ],
    errorTexts: [
      'Error response from daemon: Get "https://<login-server>/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
      'Error response from daemon: Get "https://<login-server>/v2/": dial tcp <ip-address>:443: i/o timeout',
      'Error response from daemon: Get "https://<login-server>/v2/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
    ],
    confirm: [
      {
        text: "Ask the daemon which proxy it uses, and compare with your shell.",
        commands: [
          { client: "docker", run: "docker info | grep -i proxy" },
          { client: "shell", run: "env | grep -i _proxy" },
          { client: "shell", run: "systemctl show --property=Environment docker" },
        ],
        good: 'docker info shows "HTTP Proxy:", "HTTPS Proxy:" and "No Proxy:" lines matching the proxy your network requires.',
        bad: 'No proxy lines in docker info (or "Environment=" empty) while the shell has HTTPS_PROXY.',
      },
      {
        text: "Check that the daemon was restarted after the last change to its settings.",
        commands: [
          { client: "shell", run: "systemctl status docker --no-pager | head -n 5" },
          {
            client: "shell",
            run: "ls -l /etc/systemd/system/docker.service.d/ /etc/docker/daemon.json; systemctl show docker --property=ActiveEnterTimestamp",
          },
        ],
        good: "The daemon started after the files were last changed, and no warning.",
        bad: "\"Warning: The unit file, source configuration file or drop-ins of docker.service changed on disk. Run 'systemctl daemon-reload' to reload units.\", or files newer than the daemon's start time.",
      },
      {
        text: "Podman: compare the environment of the user who runs it (sudo resets the environment by default).",
        commands: [
          { client: "podman", run: "env | grep -i _proxy; sudo env | grep -i _proxy" },
          {
            client: "podman",
            run: "grep -A3 '^\\[engine\\]' /etc/containers/containers.conf ~/.config/containers/containers.conf 2>/dev/null",
          },
        ],
        good: "The proxy variables are present for the user (or root) that runs podman.",
        bad: "They exist only in your shell and podman runs with sudo, or the reverse.",
      },
      {
        text: "Kubernetes and OpenShift: the node's runtime pulls, with its own proxy settings.",
        commands: [
          { client: "containerd", run: "systemctl show --property=Environment containerd" },
          {
            client: "kubernetes",
            run: "kubectl debug node/$NODE -it --image=busybox:1.36 -- chroot /host systemctl show --property=Environment containerd",
            note: NODE_NOTE,
          },
          { client: "az", run: "az aks show --resource-group $RG --name $CLUSTER --query httpProxyConfig" },
          { client: "openshift", run: "oc get proxy/cluster -o yaml" },
        ],
        good: "HTTPS_PROXY and NO_PROXY set on the runtime (AKS: httpProxyConfig filled in; OpenShift: spec.httpsProxy set).",
        bad: "No proxy on the runtime, or null / empty settings.",
      },
      {
        text: "Docker Desktop keeps its own proxy settings.",
        where: "Docker Desktop → Settings → Resources → Proxies",
        commands: [{ client: "docker", run: "docker info | grep -i proxy" }],
        good: "Manual proxy configuration (or system proxy) with your proxy's address.",
        bad: "No proxy configured.",
      },
    ],
    fixes: [
      {
        title: "Docker Engine on Linux: a systemd drop-in",
        when: "Docker Engine managed by systemd (most Linux servers and VMs).",
        steps: [
          {
            text: "Create the drop-in, reload systemd and restart Docker. Put internal registries, private-endpoint registries and local networks in NO_PROXY.",
            where: "/etc/systemd/system/docker.service.d/http-proxy.conf",
            commands: [
              {
                client: "docker",
                run: sh(
                  "export PROXY_URL=http://proxy.example.com:3128   # your proxy",
                  "sudo mkdir -p /etc/systemd/system/docker.service.d",
                  "sudo tee /etc/systemd/system/docker.service.d/http-proxy.conf >/dev/null <<EOF",
                  "[Service]",
                  'Environment="HTTP_PROXY=$PROXY_URL"',
                  'Environment="HTTPS_PROXY=$PROXY_URL"',
                  'Environment="NO_PROXY=localhost,127.0.0.1"',
                  "EOF",
                  "sudo systemctl daemon-reload && sudo systemctl restart docker",
                ),
              },
            ],
          },
        ],
      },
      {
        title: "Docker Engine 23.0 or later: daemon.json",
        when: "You prefer the daemon's configuration file (same effect; daemon.json takes precedence over the environment).",
        steps: [
          {
            text: 'Add a "proxies" object to daemon.json (merge it with existing keys) and restart the daemon.',
            where: "/etc/docker/daemon.json",
            commands: [
              {
                client: "docker",
                run: sh(
                  "sudo tee /etc/docker/daemon.json >/dev/null <<'EOF'",
                  "{",
                  '  "proxies": {',
                  '    "http-proxy": "http://proxy.example.com:3128",',
                  '    "https-proxy": "http://proxy.example.com:3128",',
                  '    "no-proxy": "localhost,127.0.0.0/8"',
                  "  }",
                  "}",
                  "EOF",
                  "sudo systemctl restart docker",
                ),
                note: "overwrites daemon.json: if it has other settings, add the proxies key instead",
              },
            ],
          },
        ],
      },
      {
        title: "Docker Desktop or rootless Docker",
        when: "Docker Desktop (Windows, macOS, Linux) or Docker in rootless mode.",
        steps: [
          {
            text: "Docker Desktop: Settings → Resources → Proxies → Manual proxy configuration, then Apply & restart. Rootless Docker runs as a user service: use the user's drop-in and systemctl --user.",
            where: "Docker Desktop → Settings → Resources → Proxies; ~/.config/systemd/user/docker.service.d/http-proxy.conf",
            commands: [
              {
                client: "docker",
                run: "systemctl --user daemon-reload && systemctl --user restart docker",
                note: "rootless Docker, after writing the user drop-in",
              },
            ],
          },
        ],
      },
      {
        title: "Podman, buildah, skopeo",
        when: "Podman (no daemon) or the tools that share its library.",
        steps: [
          {
            text: "Export the proxy in the environment of the user who runs podman, keep it across sudo, or set it once for the engine in containers.conf.",
            where:
              '/etc/containers/containers.conf or ~/.config/containers/containers.conf, section [engine], env = ["https_proxy=http://proxy.example.com:3128", "http_proxy=http://proxy.example.com:3128"]',
            commands: [
              {
                client: "podman",
                run: "export HTTPS_PROXY=http://proxy.example.com:3128 HTTP_PROXY=http://proxy.example.com:3128 NO_PROXY=localhost,127.0.0.1",
              },
              { client: "podman", run: "sudo --preserve-env=HTTPS_PROXY,HTTP_PROXY,NO_PROXY podman pull {image}" },
            ],
          },
        ],
      },
      {
        title: "Kubernetes nodes (containerd, CRI-O), AKS and OpenShift",
        when: "Pods cannot pull because the nodes' runtime does not use the proxy.",
        steps: [
          {
            text: "Self-managed nodes: give containerd (or CRI-O) the same kind of drop-in as Docker, on every node, and restart it. Include the cluster's pod and service ranges and .svc/.cluster.local in NO_PROXY.",
            where: "/etc/systemd/system/containerd.service.d/http-proxy.conf (CRI-O: /etc/systemd/system/crio.service.d/)",
            commands: [{ client: "containerd", run: "sudo systemctl daemon-reload && sudo systemctl restart containerd" }],
          },
          {
            text: "AKS: set the cluster's HTTP proxy configuration (a JSON file with httpProxy, httpsProxy, noProxy and optionally trustedCa). OpenShift: set httpProxy, httpsProxy and noProxy on the cluster-wide Proxy object; the change rolls out to the nodes.",
            commands: [
              { client: "az", run: "az aks update --resource-group $RG --name $CLUSTER --http-proxy-config aks-proxy-config.json" },
              { client: "openshift", run: "oc edit proxy/cluster" },
            ],
          },
        ],
      },
      {
        title: "The Azure CLI itself",
        when: "az acr login or az acr check-health cannot reach Azure or the registry.",
        steps: [
          {
            text: "The Azure CLI reads HTTPS_PROXY from its environment; behind a TLS-inspecting proxy it also needs REQUESTS_CA_BUNDLE (see the untrusted-certificate cause). az acr login then hands the token to the Docker daemon, which needs its own proxy as above.",
            commands: [{ client: "az", run: "export HTTPS_PROXY=http://proxy.example.com:3128" }],
          },
        ],
      },
    ],
    verify: [
      {
        text: "The daemon shows the proxy and pulls through it.",
        commands: [
          { client: "docker", run: "docker info | grep -i proxy" },
          { client: "docker", run: "docker pull {image}" },
          { client: "podman", run: "podman pull {image}" },
          { client: "containerd", run: "sudo crictl pull {image}" },
        ],
        good: '"HTTPS Proxy: http://<proxy-host>:<port>" in docker info; the pull completes.',
      },
    ],
    related: [
      "network-timeout",
      "proxy-unreachable",
      "proxy-refused",
      "proxy-auth-required",
      "redhat-proxy-not-used",
      "dns-resolver-failed",
    ],
    tellApart: [
      {
        cause: "network-timeout",
        how: "Run curl with the proxy variables removed (env -u HTTPS_PROXY -u https_proxy curl -sv https://<login-server>/v2/). If that also times out while curl through the proxy works, the network requires the proxy and the daemon is not using it; if curl through the proxy fails too, the block is elsewhere.",
      },
      {
        cause: "proxy-unreachable",
        how: 'There the daemon does use a proxy (the error starts with "proxyconnect tcp:"), but a wrong or dead one.',
      },
      {
        cause: "redhat-proxy-not-used",
        how: "The same situation seen through Red Hat's curl test: curl must be told to use the proxy (--proxy) when no system-wide proxy is set.",
      },
    ],
    cannotSee: [
      "Your Docker daemon's, podman's or nodes' proxy settings, and whether the daemon was restarted: only docker info and systemctl on your machine show them.",
      "Whether your network requires a proxy at all.",
    ],
    sources: [
      {
        seed: "acr-network-troubleshoot",
        section: "Configure client firewall access (client and Docker daemon behind an HTTPS proxy; restart the daemon)",
      },
      { seed: "redhat-registry-auth", section: "Proxy/Firewall (system-wide proxy or configure Docker directly)" },
      { title: "Docker daemon proxy configuration", url: DOCKER_PROXY },
      { title: "Configure the Docker CLI to use a proxy (containers only)", url: "https://docs.docker.com/engine/cli/proxy/" },
      { title: "HTTP proxy support in AKS", url: "https://learn.microsoft.com/azure/aks/http-proxy" },
      { title: "Troubleshoot network issues with registry", url: TNET },
    ],
  },
];
