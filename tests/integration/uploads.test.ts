import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as download } from "@/app/api/files/[id]/route";
import { POST as upload } from "@/app/api/uploads/route";
import { getDb } from "@/lib/db/client";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "@/lib/files/policy";
import { uniqueSuffix } from "../support/db";
import { setTestSession, signInAs } from "../support/session";

process.env.OPORA_FILES_DIR = path.join(os.tmpdir(), `opora-h5-uploads-${process.pid}`);

const db = () => getDb();
const PDF: Uint8Array<ArrayBuffer> = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00, ...new Array(64).fill(0)]);

function uploadRequest(name: string, bytes: Uint8Array<ArrayBuffer>, type = "application/pdf") {
  const form = new FormData();
  form.append("file", new File([bytes], name, { type }));
  return new Request("http://localhost/api/uploads", { method: "POST", body: form });
}
/** A Request with an explicit Content-Length (undici computes it only on send). */
async function withLength(request: Request, length?: number): Promise<Request> {
  const body = new Uint8Array(await request.arrayBuffer());
  const headers = new Headers(request.headers);
  headers.set("content-length", String(length ?? body.byteLength));
  return new Request(request.url, { method: "POST", headers, body });
}
const noParams = { params: Promise.resolve({}) };
const get = (id: string) => download(new Request(`http://localhost/api/files/${id}`), { params: Promise.resolve({ id }) });

describe("POST /api/uploads", () => {
  it("stores a PDF detected by content and audits it", async () => {
    const userId = await signInAs("school@opora.demo");
    const response = await upload(await withLength(uploadRequest("отчёт.pdf", PDF)), noParams);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; name: string; mimeType: string; size: number };
    expect(body).toMatchObject({ name: "отчёт.pdf", mimeType: "application/pdf", size: PDF.byteLength });
    expect(await db().storedFile.findUniqueOrThrow({ where: { id: body.id } })).toMatchObject({ uploadedById: userId });
    expect(await db().auditLog.count({ where: { action: "file.upload", entityId: body.id } })).toBe(1);
  });

  it("refuses an .exe renamed .pdf with the Russian message and stores nothing", async () => {
    await signInAs("school@opora.demo");
    const before = await db().storedFile.count();
    const response = await upload(await withLength(uploadRequest("приказ.pdf", EXE)), noParams);
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: { code: "VALIDATION", message: UPLOAD_MESSAGES.badType } });
    expect(await db().storedFile.count()).toBe(before);
  });

  it("answers 413 from the Content-Length before reading the body", async () => {
    await signInAs("school@opora.demo");
    const response = await upload(await withLength(uploadRequest("big.pdf", PDF), MAX_UPLOAD_BYTES + 1024 * 1024), noParams);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(UPLOAD_MESSAGES.tooLarge);
  });

  it("requires a session", async () => {
    setTestSession(null);
    expect((await upload(await withLength(uploadRequest("a.pdf", PDF)), noParams)).status).toBe(401);
  });
});

describe("GET /api/files/[id]", () => {
  async function evidenceOfEdu230101() {
    const uploaderId = await signInAs("school@opora.demo");
    const response = await upload(await withLength(uploadRequest(`протокол-${uniqueSuffix()}.pdf`, PDF)), noParams);
    const { id } = (await response.json()) as { id: string };
    const measure = await db().measure.findFirstOrThrow({ where: { documentId: "demo-doc-mtp-edu230101" } });
    await db().evidence.create({ data: { kind: "file", measureId: measure.id, fileId: id, title: "протокол.pdf", createdById: uploaderId } });
    return id;
  }

  it("downloads as an attachment with nosniff for the school and its curator", async () => {
    const id = await evidenceOfEdu230101();
    for (const email of ["school@opora.demo", "curator@opora.demo", "coordinator@opora.demo"]) {
      await signInAs(email);
      const response = await get(id);
      expect(response.status, email).toBe(200);
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="[^"]+"; filename\*=UTF-8''/);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
    }
  });

  it("answers 404 (audited) for another school's evidence and for another curator", async () => {
    const id = await evidenceOfEdu230101();
    for (const email of ["school2@opora.demo", "curator2@opora.demo"]) {
      await signInAs(email);
      const denials = await db().auditLog.count({ where: { action: "authz_denied" } });
      const response = await get(id);
      expect(response.status, email).toBe(404);
      expect(await db().auditLog.count({ where: { action: "authz_denied" } }), email).toBe(denials + 1);
    }
  });
});
