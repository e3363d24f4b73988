// Test infrastructure, not product: synthesises tiny container images in memory (a config
// blob and one gzip'd tar layer) and pushes them over the registry HTTP API — monolithic blob
// upload (POST + PUT), then the manifest PUT — with Basic or bearer auth as the registry asks.
// The standard set: `team/app:1.0` (Docker schema 2, linux/amd64) and `team/multi:1.0` (an OCI
// image index holding only linux/arm64/v8, so a linux/amd64 check finds no platform).
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { RegistryClient } from "./registry-client";

export const MEDIA = {
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerList: "application/vnd.docker.distribution.manifest.list.v2+json",
  dockerConfig: "application/vnd.docker.container.image.v1+json",
  dockerLayer: "application/vnd.docker.image.rootfs.diff.tar.gzip",
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  ociIndex: "application/vnd.oci.image.index.v1+json",
  ociConfig: "application/vnd.oci.image.config.v1+json",
  ociLayer: "application/vnd.oci.image.layer.v1.tar+gzip",
} as const;

/** Every manifest type, for an `Accept` header. */
export const MANIFEST_ACCEPT = [MEDIA.ociIndex, MEDIA.ociManifest, MEDIA.dockerList, MEDIA.dockerManifest].join(", ");

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
}

export interface PushedImage {
  repository: string;
  tag: string | undefined;
  platform: Platform;
  manifestDigest: string;
  manifestMediaType: string;
  manifest: Buffer;
  config: Descriptor;
  layer: Descriptor;
  /** digest → bytes of every blob pushed (config and layer), e.g. for a data-endpoint fixture. */
  blobs: Map<string, Buffer>;
}

export interface PushedIndex {
  repository: string;
  tag: string;
  indexDigest: string;
  indexMediaType: string;
  index: Buffer;
  images: PushedImage[];
  blobs: Map<string, Buffer>;
}

export const sha256 = (data: Buffer | string) => `sha256:${createHash("sha256").update(data).digest("hex")}`;

/** A one-file ustar archive (512-byte header, data padded to 512, two zero blocks). */
export function tarOneFile(name: string, content: Buffer): Buffer {
  const header = Buffer.alloc(512, 0);
  const put = (offset: number, length: number, value: string) => header.write(value, offset, length, "ascii");
  const octal = (value: number, length: number) => value.toString(8).padStart(length - 1, "0") + "\0";
  put(0, 100, name);
  put(100, 8, octal(0o644, 8));
  put(108, 8, octal(0, 8));
  put(116, 8, octal(0, 8));
  put(124, 12, octal(content.length, 12));
  put(136, 12, octal(1_704_067_200, 12)); // 2024-01-01T00:00:00Z
  put(148, 8, "        ");
  put(156, 1, "0");
  put(257, 6, "ustar\0");
  put(263, 2, "00");
  let sum = 0;
  for (const byte of header) sum += byte;
  put(148, 8, sum.toString(8).padStart(6, "0") + "\0 ");
  const padding = Buffer.alloc((512 - (content.length % 512)) % 512, 0);
  return Buffer.concat([header, content, padding, Buffer.alloc(1024, 0)]);
}

export interface ImageBlobs {
  config: Buffer;
  layer: Buffer;
  manifest: Buffer;
  manifestMediaType: string;
  configDescriptor: Descriptor;
  layerDescriptor: Descriptor;
}

/** Builds (does not push) a one-layer image for `platform` in Docker or OCI form. */
export function buildImage(platform: Platform, format: "docker" | "oci" = "docker"): ImageBlobs {
  const platformName = [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
  const tar = tarOneFile("hello.txt", Buffer.from(`Registry Doctor test layer for ${platformName}\n`, "utf8"));
  const layer = gzipSync(tar, { level: 9 });
  const created = "2024-01-01T00:00:00Z";
  const config = Buffer.from(
    JSON.stringify({
      architecture: platform.architecture,
      os: platform.os,
      ...(platform.variant ? { variant: platform.variant } : {}),
      created,
      config: { Env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"], Cmd: ["/hello.txt"] },
      rootfs: { type: "layers", diff_ids: [sha256(tar)] },
      history: [{ created, created_by: "registry-doctor test harness" }],
    }),
    "utf8",
  );
  const configDescriptor: Descriptor = {
    mediaType: format === "docker" ? MEDIA.dockerConfig : MEDIA.ociConfig,
    digest: sha256(config),
    size: config.length,
  };
  const layerDescriptor: Descriptor = {
    mediaType: format === "docker" ? MEDIA.dockerLayer : MEDIA.ociLayer,
    digest: sha256(layer),
    size: layer.length,
  };
  const manifestMediaType = format === "docker" ? MEDIA.dockerManifest : MEDIA.ociManifest;
  const manifest = Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: manifestMediaType, config: configDescriptor, layers: [layerDescriptor] }),
    "utf8",
  );
  return { config, layer, manifest, manifestMediaType, configDescriptor, layerDescriptor };
}

function expect2xx(what: string, status: number, body: string): void {
  if (status < 200 || status > 299) throw new Error(`${what} failed: HTTP ${status} ${body.slice(0, 500)}`);
}

/** Uploads one blob (skipped when the registry has it): POST an upload, PUT its bytes with ?digest=. */
export async function pushBlob(client: RegistryClient, repository: string, data: Buffer): Promise<string> {
  const digest = sha256(data);
  const head = await client.request("HEAD", `/v2/${repository}/blobs/${digest}`);
  if (head.status === 200) return digest;
  const start = await client.request("POST", `/v2/${repository}/blobs/uploads/`, { body: "" });
  expect2xx(`starting a blob upload to ${repository}`, start.status, start.text());
  const location = start.headers.location;
  if (!location) throw new Error("blob upload started without a Location");
  const target = new URL(location, client.url);
  target.searchParams.set("digest", digest);
  const put = await client.request("PUT", target.href, {
    body: data,
    headers: { "content-type": "application/octet-stream" },
    scope: `repository:${repository}:pull,push`,
  });
  expect2xx(`uploading blob ${digest}`, put.status, put.text());
  return digest;
}

/** PUTs a manifest under a tag or its digest; returns the digest the registry reports. */
export async function pushManifest(
  client: RegistryClient,
  repository: string,
  reference: string,
  body: Buffer,
  mediaType: string,
): Promise<string> {
  const response = await client.request("PUT", `/v2/${repository}/manifests/${reference}`, {
    body,
    headers: { "content-type": mediaType },
  });
  expect2xx(`pushing manifest ${repository}:${reference}`, response.status, response.text());
  const digest = response.headers["docker-content-digest"];
  return typeof digest === "string" ? digest : sha256(body);
}

/** Pushes a one-layer image; tags it when `tag` is given, else leaves it by digest only. */
export async function pushImage(
  client: RegistryClient,
  { repository, tag, platform, format = "docker" }: { repository: string; tag?: string; platform: Platform; format?: "docker" | "oci" },
): Promise<PushedImage> {
  const image = buildImage(platform, format);
  await pushBlob(client, repository, image.config);
  await pushBlob(client, repository, image.layer);
  const manifestDigest = await pushManifest(client, repository, tag ?? sha256(image.manifest), image.manifest, image.manifestMediaType);
  return {
    repository,
    tag,
    platform,
    manifestDigest,
    manifestMediaType: image.manifestMediaType,
    manifest: image.manifest,
    config: image.configDescriptor,
    layer: image.layerDescriptor,
    blobs: new Map([
      [image.configDescriptor.digest, image.config],
      [image.layerDescriptor.digest, image.layer],
    ]),
  };
}

/** Pushes one OCI image per platform (by digest), then an OCI index over them under `tag`. */
export async function pushIndex(
  client: RegistryClient,
  { repository, tag, platforms }: { repository: string; tag: string; platforms: readonly Platform[] },
): Promise<PushedIndex> {
  const images: PushedImage[] = [];
  for (const platform of platforms) images.push(await pushImage(client, { repository, platform, format: "oci" }));
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA.ociIndex,
      manifests: images.map((image) => ({
        mediaType: image.manifestMediaType,
        digest: image.manifestDigest,
        size: image.manifest.length,
        platform: image.platform,
      })),
    }),
    "utf8",
  );
  const indexDigest = await pushManifest(client, repository, tag, index, MEDIA.ociIndex);
  const blobs = new Map<string, Buffer>();
  for (const image of images) for (const [digest, data] of image.blobs) blobs.set(digest, data);
  return { repository, tag, indexDigest, indexMediaType: MEDIA.ociIndex, index, images, blobs };
}

export const LINUX_AMD64: Platform = { os: "linux", architecture: "amd64" };
export const LINUX_ARM64: Platform = { os: "linux", architecture: "arm64", variant: "v8" };

export interface TestImages {
  /** `team/app:1.0`, linux/amd64, Docker schema 2. */
  app: PushedImage;
  /** `team/multi:1.0`, an OCI index with linux/arm64/v8 only. */
  multi: PushedIndex;
  /** Every blob pushed, digest → bytes. */
  blobs: Map<string, Buffer>;
}

/** Pushes the standard fixture images; the client's user needs push on `team/app` and `team/multi`. */
export async function pushTestImages(client: RegistryClient): Promise<TestImages> {
  const app = await pushImage(client, { repository: "team/app", tag: "1.0", platform: LINUX_AMD64 });
  const multi = await pushIndex(client, { repository: "team/multi", tag: "1.0", platforms: [LINUX_ARM64] });
  return { app, multi, blobs: new Map([...app.blobs, ...multi.blobs]) };
}
