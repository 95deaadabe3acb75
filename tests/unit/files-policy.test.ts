import { describe, expect, it } from "vitest";
import { ACCEPT_ATTRIBUTE, ALLOWED_LABEL, isAllowedMime, MAX_UPLOAD_BYTES, sanitizeFileName, UPLOAD_MESSAGES } from "@/lib/files/policy";

describe("upload policy", () => {
  it("allows exactly pdf, docx, xlsx, jpg and png", () => {
    for (const mime of [
      "application/pdf",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "image/jpeg",
      "image/png",
    ]) expect(isAllowedMime(mime), mime).toBe(true);
    for (const mime of ["application/x-msdownload", "application/zip", "text/html", "image/svg+xml", "application/msword", "", undefined]) {
      expect(isAllowedMime(mime), String(mime)).toBe(false);
    }
    expect(ALLOWED_LABEL).toBe("PDF, DOCX, XLSX, JPG, PNG");
    expect(ACCEPT_ATTRIBUTE.split(",")).toEqual([".pdf", ".docx", ".xlsx", ".jpg", ".jpeg", ".png"]);
  });

  it("limits a file to 20 MB with a Russian message", () => {
    expect(MAX_UPLOAD_BYTES).toBe(20 * 1024 * 1024);
    expect(UPLOAD_MESSAGES.tooLarge).toContain("20 МБ");
    expect(UPLOAD_MESSAGES.badType).toContain("Недопустимый тип файла");
  });

  it("sanitizes names: no path, no control characters, at most 200 characters, never empty", () => {
    expect(sanitizeFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitizeFileName("C:\\Users\\школа\\отчёт.pdf")).toBe("отчёт.pdf");
    // A right-to-left override would show «отчёт\u202Efdp.exe» as «отчётexe.pdf».
    expect(sanitizeFileName("отчёт\u202Efdp.exe")).toBe("отчётfdp.exe");
    expect(sanitizeFileName("\u2067план\u2069\u200F.pdf\u0085")).toBe("план.pdf");
    expect(sanitizeFileName("a\u0000b\u001fc.pdf")).toBe("abc.pdf");
    expect(sanitizeFileName("   ")).toBe("файл");
    expect(sanitizeFileName(`${"я".repeat(300)}.pdf`)).toHaveLength(200);
  });
});
