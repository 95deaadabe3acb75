/**
 * One contract for every storage driver (lib/files/storage.ts):
 * - the local-disk driver on a temporary directory;
 * - the S3 driver against s3rver, an S3-compatible HTTP server started in this
 *   process on 127.0.0.1 (the S3 REST protocol: path-style URLs, SigV4
 *   `Authorization` header, XML errors; it checks the access key id but not
 *   the signature itself);
 * - the S3 driver against a real store when S3_TEST_ENDPOINT is set
 *   (S3_TEST_BUCKET, S3_TEST_REGION, S3_TEST_ACCESS_KEY_ID,
 *   S3_TEST_SECRET_ACCESS_KEY, S3_TEST_FORCE_PATH_STYLE): there a wrong
 *   secret must be refused too.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { AwsClient } from "aws4fetch";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createS3Driver, s3ConfigFromEnv, s3ObjectUrl, type S3Config } from "@/lib/files/s3-storage";
import { assertStorageKey, localDiskDriver, newStorageKey, storage, type StorageDriver } from "@/lib/files/storage";

interface Target {
  name: string;
  setup(): Promise<{ make: () => StorageDriver; teardown: () => Promise<void> }>;
}

function tempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `opora-storage-${label}-`));
}

const targets: Target[] = [
  {
    name: "local disk",
    async setup() {
      const dir = tempDir("local");
      const previous = process.env.OPORA_FILES_DIR;
      process.env.OPORA_FILES_DIR = dir;
      return {
        make: () => localDiskDriver,
        teardown: async () => {
          if (previous === undefined) delete process.env.OPORA_FILES_DIR;
          else process.env.OPORA_FILES_DIR = previous;
          fs.rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: "S3 (s3rver on 127.0.0.1)",
    async setup() {
      const dir = tempDir("s3rver");
      const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: dir, configureBuckets: [{ name: "opora-evidence" }] });
      const address = await server.run();
      const config: S3Config = {
        endpoint: `http://127.0.0.1:${address.port}`,
        bucket: "opora-evidence",
        region: "us-east-1",
        accessKeyId: "S3RVER",
        secretAccessKey: "S3RVER",
        forcePathStyle: true,
      };
      return {
        make: () => createS3Driver(config, assertStorageKey),
        teardown: async () => {
          await server.close();
          fs.rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
];

function externalConfig(): S3Config | undefined {
  const env = process.env;
  if (!env.S3_TEST_ENDPOINT) return undefined;
  return {
    endpoint: env.S3_TEST_ENDPOINT,
    bucket: env.S3_TEST_BUCKET || "opora-contract-test",
    region: env.S3_TEST_REGION || "us-east-1",
    accessKeyId: env.S3_TEST_ACCESS_KEY_ID || "test",
    secretAccessKey: env.S3_TEST_SECRET_ACCESS_KEY || "test",
    forcePathStyle: (env.S3_TEST_FORCE_PATH_STYLE ?? "1") !== "0",
  };
}

const external = externalConfig();
if (external) {
  targets.push({
    name: `S3 (${external.endpoint})`,
    async setup() {
      // Create the bucket if it is not there yet (a 409 "already owned" is fine).
      const client = new AwsClient({ accessKeyId: external.accessKeyId, secretAccessKey: external.secretAccessKey, service: "s3", region: external.region, retries: 0 });
      const bucketUrl = s3ObjectUrl(external, "").replace(/\/$/, "");
      const created = await client.fetch(bucketUrl, { method: "PUT" });
      if (!created.ok && created.status !== 409) throw new Error(`cannot create bucket: ${created.status} ${await created.text()}`);
      return { make: () => createS3Driver(external, assertStorageKey), teardown: async () => undefined };
    },
  });
}

async function rejection(promise: Promise<unknown>): Promise<Error & { code?: string; status?: number }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error("expected a rejection");
}

describe.each(targets)("storage contract: $name", (target) => {
  let driver: StorageDriver;
  let make: () => StorageDriver;
  let teardown: () => Promise<void>;

  beforeAll(async () => {
    ({ make, teardown } = await target.setup());
    driver = make();
  }, 30_000);
  afterAll(async () => teardown());

  it("returns exactly the stored bytes, binary and large", async () => {
    const key = newStorageKey();
    const every = Uint8Array.from({ length: 256 }, (_, i) => i);
    const bytes = Buffer.concat([every, randomBytes(3 * 1024 * 1024 + 17), every]);
    await driver.put(key, bytes);
    const back = await driver.get(key);
    expect(back.byteLength).toBe(bytes.byteLength);
    expect(Buffer.compare(back, bytes)).toBe(0);
  });

  it("keeps objects apart and serves concurrent writes", async () => {
    const items = Array.from({ length: 12 }, () => ({ key: newStorageKey(), bytes: randomBytes(1000 + Math.floor(Math.random() * 5000)) }));
    await Promise.all(items.map((item) => driver.put(item.key, item.bytes)));
    const back = await Promise.all(items.map((item) => driver.get(item.key)));
    back.forEach((bytes, i) => expect(Buffer.compare(bytes, items[i].bytes)).toBe(0));
  });

  it("a second driver instance (another app instance) reads what the first wrote", async () => {
    const key = newStorageKey();
    const bytes = Buffer.from("Приказ № 17 от 01.09.2026", "utf8");
    await driver.put(key, bytes);
    expect((await make().get(key)).toString("utf8")).toBe("Приказ № 17 от 01.09.2026");
  });

  it("a missing key rejects with ENOENT", async () => {
    const error = await rejection(driver.get(newStorageKey()));
    expect(error.code).toBe("ENOENT");
  });

  it("delete removes the object; deleting a missing key succeeds", async () => {
    const key = newStorageKey();
    await driver.put(key, Buffer.from("x"));
    await driver.delete(key);
    expect((await rejection(driver.get(key))).code).toBe("ENOENT");
    await expect(driver.delete(key)).resolves.toBeUndefined();
    await expect(driver.delete(newStorageKey())).resolves.toBeUndefined();
  });

  it("refuses keys that are not server-generated before any I/O", async () => {
    for (const key of ["../../etc/passwd", "2026/01/../../x", "2026/1/abc", "2026/01/" + "a".repeat(31) + "G", ""]) {
      await expect(driver.put(key, Buffer.from("x"))).rejects.toThrow(/invalid storage key/);
      await expect(driver.get(key)).rejects.toThrow(/invalid storage key/);
      await expect(driver.delete(key)).rejects.toThrow(/invalid storage key/);
    }
  });
});

describe("S3 driver specifics", () => {
  it("builds path-style and virtual-hosted object URLs", () => {
    const key = "2026/12/" + "ab".repeat(16);
    expect(s3ObjectUrl({ endpoint: "http://127.0.0.1:9000", bucket: "ev", forcePathStyle: true }, key)).toBe(`http://127.0.0.1:9000/ev/${key}`);
    expect(s3ObjectUrl({ endpoint: "https://storage.yandexcloud.net", bucket: "ev", forcePathStyle: false }, key)).toBe(
      `https://ev.storage.yandexcloud.net/${key}`,
    );
    expect(s3ObjectUrl({ endpoint: "https://gw.example.org/s3/", bucket: "ev", forcePathStyle: true }, key)).toBe(`https://gw.example.org/s3/ev/${key}`);
  });

  it("reads its settings from the environment and names what is missing", () => {
    expect(() => s3ConfigFromEnv({ S3_BUCKET: "b" })).toThrow("OPORA_STORAGE=s3 needs S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY");
    const config = s3ConfigFromEnv({ S3_ENDPOINT: "http://s3:9000", S3_BUCKET: "b", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s", S3_FORCE_PATH_STYLE: "true" });
    expect(config).toMatchObject({ region: "us-east-1", forcePathStyle: true });
    expect(s3ConfigFromEnv({ S3_ENDPOINT: "e", S3_BUCKET: "b", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s", S3_REGION: "ru-central1" })).toMatchObject({
      region: "ru-central1",
      forcePathStyle: false,
    });
  });

  it("storage() follows OPORA_STORAGE", () => {
    const names = ["OPORA_STORAGE", "S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"];
    const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
    try {
      delete process.env.OPORA_STORAGE;
      expect(storage()).toBe(localDiskDriver);
      process.env.OPORA_STORAGE = "s3";
      for (const name of ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"]) delete process.env[name];
      expect(() => storage()).toThrow(/OPORA_STORAGE=s3 needs S3_ENDPOINT/);
      Object.assign(process.env, { S3_ENDPOINT: "http://127.0.0.1:1", S3_BUCKET: "b", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s" });
      const driver = storage();
      expect(driver).not.toBe(localDiskDriver);
      expect(storage()).toBe(driver);
      process.env.OPORA_STORAGE = "ftp";
      expect(() => storage()).toThrow(/must be "local" or "s3"/);
    } finally {
      for (const name of names) {
        if (saved[name] === undefined) delete process.env[name];
        else process.env[name] = saved[name];
      }
    }
  });

  it("an unknown access key is refused by the store (s3rver)", async () => {
    const dir = tempDir("s3rver-auth");
    const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: dir, configureBuckets: [{ name: "b" }] });
    const { port } = await server.run();
    try {
      const driver = createS3Driver(
        { endpoint: `http://127.0.0.1:${port}`, bucket: "b", region: "us-east-1", accessKeyId: "NOBODY", secretAccessKey: "S3RVER", forcePathStyle: true },
        assertStorageKey,
      );
      const error = await rejection(driver.put(newStorageKey(), Buffer.from("x")));
      expect(error.status).toBe(403);
      expect(error.code).toBe("InvalidAccessKeyId");
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(external)("a wrong secret is refused by the real store (S3_TEST_ENDPOINT)", async () => {
    const driver = createS3Driver({ ...external!, secretAccessKey: `${external!.secretAccessKey}-wrong` }, assertStorageKey);
    const error = await rejection(driver.put(newStorageKey(), Buffer.from("x")));
    expect(error.status).toBe(403);
  });
});
