/**
 * The S3 storage driver: evidence files in a bucket of any S3-compatible
 * store (AWS S3, Yandex Object Storage, VK Cloud, MinIO, Ceph RGW, …), so
 * that several app instances share them without a shared volume. Requests
 * are signed with AWS Signature V4 by `aws4fetch` (decision 076); only three
 * operations are used: PUT, GET and DELETE of one object.
 *
 * Selected by `OPORA_STORAGE=s3` with S3_ENDPOINT, S3_BUCKET, S3_REGION,
 * S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and S3_FORCE_PATH_STYLE (see
 * `s3ConfigFromEnv`).
 */
import { createHash } from "node:crypto";
import { AwsClient } from "aws4fetch";
import type { StorageDriver } from "./storage";

export interface S3Config {
  /** e.g. `https://storage.yandexcloud.net` or `http://127.0.0.1:9000`. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `https://host/bucket/key` instead of `https://bucket.host/key`. */
  forcePathStyle: boolean;
  /** Per-request timeout, milliseconds. */
  timeoutMs?: number;
}

const REQUIRED = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

/** Reads the S3 settings; throws naming every missing variable. */
export function s3ConfigFromEnv(env: Record<string, string | undefined> = process.env): S3Config {
  const missing = REQUIRED.filter((name) => !env[name]);
  if (missing.length > 0) throw new Error(`OPORA_STORAGE=s3 needs ${missing.join(", ")}`);
  return {
    endpoint: env.S3_ENDPOINT!,
    bucket: env.S3_BUCKET!,
    region: env.S3_REGION || "us-east-1",
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
    forcePathStyle: ["1", "true", "yes"].includes((env.S3_FORCE_PATH_STYLE ?? "").toLowerCase()),
  };
}

/** The error an S3 request ends with, with the store's own code when it sent one. */
export class S3StorageError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** `NoSuchKey` → `ENOENT`, as the local driver's missing file. */
    readonly code: string,
  ) {
    super(message);
    this.name = "S3StorageError";
  }
}

/** Path-style `endpoint/bucket/key` or virtual-hosted `bucket.endpoint/key`. */
export function s3ObjectUrl(config: Pick<S3Config, "endpoint" | "bucket" | "forcePathStyle">, key: string): string {
  const url = new URL(config.endpoint);
  const base = url.pathname.replace(/\/+$/, "");
  if (config.forcePathStyle) {
    url.pathname = `${base}/${config.bucket}/${key}`;
  } else {
    url.hostname = `${config.bucket}.${url.hostname}`;
    url.pathname = `${base}/${key}`;
  }
  return url.toString();
}

export function createS3Driver(config: S3Config, validateKey: (key: string) => void): StorageDriver {
  const client = new AwsClient({
    accessKeyId: config.accessKeyId,
    secretAccessKey: config.secretAccessKey,
    service: "s3",
    region: config.region,
    // aws4fetch retries 5xx itself; a few tries, not its default ten.
    retries: 3,
  });
  const timeoutMs = config.timeoutMs ?? 30_000;

  function objectUrl(key: string): string {
    validateKey(key); // server-generated `YYYY/MM/<hex>`: nothing to escape
    return s3ObjectUrl(config, key);
  }

  async function request(method: "PUT" | "GET" | "DELETE", key: string, body?: Uint8Array): Promise<Response> {
    const headers: Record<string, string> = {};
    if (body) {
      // The signed payload hash: the store rejects a body changed in transit.
      headers["X-Amz-Content-Sha256"] = createHash("sha256").update(body).digest("hex");
      headers["Content-Type"] = "application/octet-stream";
    }
    const response = await client.fetch(objectUrl(key), {
      method,
      headers,
      body: body ? new Uint8Array(body) : undefined,
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.ok) return response;
    const text = await response.text().catch(() => "");
    const s3Code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? `HTTP${response.status}`;
    const code = s3Code === "NoSuchKey" || (method === "GET" && response.status === 404) ? "ENOENT" : s3Code;
    throw new S3StorageError(`S3 ${method} ${key}: ${response.status} ${s3Code}`, response.status, code);
  }

  return {
    async put(key, bytes) {
      // One PUT stores the object atomically: a reader never sees half of it.
      await request("PUT", key, bytes);
    },
    async get(key) {
      const response = await request("GET", key);
      return Buffer.from(await response.arrayBuffer());
    },
    async delete(key) {
      // S3 answers 204 for a key that is already gone.
      await request("DELETE", key);
    },
  };
}
