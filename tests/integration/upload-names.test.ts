/**
 * A hostile file name is only ever a display name: the bytes go under a
 * random server key inside the upload directory, whatever the name says, and
 * the type comes from the content (HTML and SVG are refused, a PDF named
 * `.html` is stored as a PDF).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POST as upload } from "@/app/api/uploads/route";
import { getDb } from "@/lib/db/client";
import { signInAs } from "../support/session";

const filesDir = path.join(os.tmpdir(), `opora-names-${process.pid}`, "files");
process.env.OPORA_FILES_DIR = filesDir;

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const HTML = new TextEncoder().encode("<!doctype html><html><script>alert(1)</script></html>");
const SVG = new TextEncoder().encode('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');

async function post(name: string, bytes: Uint8Array) {
  const form = new FormData();
  form.append("file", new File([bytes as Uint8Array<ArrayBuffer>], name, { type: "text/html" }));
  const probe = new Request("http://localhost/", { method: "POST", body: form });
  const body = new Uint8Array(await probe.arrayBuffer());
  const headers = { "content-type": probe.headers.get("content-type")!, "content-length": String(body.byteLength) };
  return upload(new Request("http://localhost/api/uploads", { method: "POST", headers, body }), { params: Promise.resolve({}) });
}

function allFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe("hostile upload names", () => {
  const hostile = ["../../etc/passwd", "..\\..\\windows\\win.ini", "<script>alert(1)</script>.html", "/abs/path.pdf", "a\u0000b\r\n.pdf", `${"я".repeat(400)}.pdf`];

  for (const name of hostile) {
    it(`${JSON.stringify(name.slice(0, 40))}: stored under a random key inside the directory, the name sanitised`, async () => {
      await signInAs("school@opora.demo");
      const response = await post(name, PDF);
      expect(response.status).toBe(201);
      const { id } = (await response.json()) as { id: string };
      const row = await getDb().storedFile.findUniqueOrThrow({ where: { id } });
      expect(row.storageKey).toMatch(/^\d{4}\/\d{2}\/[0-9a-f]{32}$/);
      expect(row.mimeType).toBe("application/pdf");
      expect(row.originalName).not.toMatch(/[\\/\u0000-\u001f]/);
      expect(row.originalName.length).toBeLessThanOrEqual(200);
      const onDisk = path.join(filesDir, row.storageKey);
      expect(fs.readFileSync(onDisk)).toEqual(Buffer.from(PDF));
      // Nothing was written anywhere but under the key.
      expect(allFiles(path.dirname(filesDir)).every((f) => f.startsWith(filesDir + path.sep) && /[0-9a-f]{32}$/.test(f))).toBe(true);
    });
  }

  it("refuses HTML and SVG by content, whatever the name, and stores nothing", async () => {
    await signInAs("school@opora.demo");
    const before = allFiles(filesDir).length;
    const rows = await getDb().storedFile.count();
    for (const [name, bytes] of [["page.html", HTML], ["page.pdf", HTML], ["image.svg", SVG], ["image.png", SVG]] as const) {
      expect((await post(name, bytes)).status, name).toBe(422);
    }
    expect(allFiles(filesDir)).toHaveLength(before);
    expect(await getDb().storedFile.count()).toBe(rows);
  });
});
