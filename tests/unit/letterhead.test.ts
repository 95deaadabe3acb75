import { describe, expect, it } from "vitest";
import { LETTERHEAD_MAX_LENGTH, normalizeLetterheadLine, phoneProblem } from "@/lib/domain/municipality/letterhead";
import { updateLetterheadSchema } from "@/lib/features/municipalities/schemas";

const valid = {
  municipalityId: "m1",
  version: 3,
  name: "г. Армавир",
  region: "Краснодарский край",
  centerName: "МКУ «Центр развития образования и оценки качества»",
  centerAddress: "352900, г. Армавир, ул. Розы Люксембург, д. 146",
  centerPhone: "8(86137)3-56-97",
  directorName: "О.В. Мартынова",
};

const fieldErrors = (input: unknown) => {
  const result = updateLetterheadSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("normalizeLetterheadLine", () => {
  it("trims, collapses whitespace and line breaks, drops control characters and bidi overrides", () => {
    expect(normalizeLetterheadLine("  г.\u00a0Армавир \n ")).toBe("г. Армавир");
    expect(normalizeLetterheadLine("МКУ\u0000«Центр»\u202e\t")).toBe("МКУ «Центр»");
    expect(normalizeLetterheadLine("\u200f\u0007")).toBe("");
  });
});

describe("phoneProblem", () => {
  it("accepts the usual ways of writing one or several numbers", () => {
    for (const phone of ["8(86137)3-56-97", "+7 (861) 373-56-97", "8 86137 3-56-97, 3-43-15", "3-56-97; 3-43-15", "+7 861 373 56 97 доб. 12", "35697"]) {
      expect(phoneProblem(phone), phone).toBeNull();
    }
  });
  it("refuses letters, too few and too many digits, in Russian", () => {
    expect(phoneProblem("звонить секретарю")).toMatch(/^Телефон: только цифры/);
    expect(phoneProblem("8(861)")).toBe("В номере телефона должно быть не меньше 5 цифр");
    expect(phoneProblem("1".repeat(31))).toBe("В номерах телефонов не больше 30 цифр");
  });
});

describe("updateLetterheadSchema", () => {
  it("accepts a complete letterhead as typed, normalised", () => {
    const parsed = updateLetterheadSchema.parse({ ...valid, name: "  г. Армавир ", centerName: "МКУ\n«Центр»" });
    expect(parsed).toEqual({ ...valid, centerName: "МКУ «Центр»" });
  });

  it("stores empty optional fields as null, sent or not", () => {
    expect(updateLetterheadSchema.parse({ ...valid, centerAddress: "  ", centerPhone: "", directorName: undefined })).toMatchObject({
      centerAddress: null,
      centerPhone: null,
      directorName: null,
    });
  });

  it("requires the municipality, the region and the centre, with a message beside each", () => {
    expect(fieldErrors({ ...valid, name: " ", region: "", centerName: "\n" })).toEqual({
      name: "Укажите наименование муниципалитета",
      region: "Укажите субъект РФ",
      centerName: "Укажите наименование методического центра",
    });
    expect(fieldErrors({ municipalityId: "m1", version: 1 })).toMatchObject({
      name: "Укажите наименование муниципалитета",
      region: "Укажите субъект РФ",
      centerName: "Укажите наименование методического центра",
    });
  });

  it("caps every field's length after normalisation", () => {
    const long = (n: number) => "а".repeat(n + 1);
    expect(fieldErrors({ ...valid, name: long(LETTERHEAD_MAX_LENGTH.name), directorName: long(LETTERHEAD_MAX_LENGTH.directorName) })).toEqual({
      name: `Не длиннее ${LETTERHEAD_MAX_LENGTH.name} символов`,
      directorName: `Не длиннее ${LETTERHEAD_MAX_LENGTH.directorName} символов`,
    });
    // Spaces that collapse do not count against the limit.
    expect(fieldErrors({ ...valid, region: `Краснодарский${" ".repeat(150)}край` })).toEqual({});
    expect(fieldErrors({ ...valid, centerAddress: "а".repeat(100_000) })).toEqual({ centerAddress: `Не длиннее ${LETTERHEAD_MAX_LENGTH.centerAddress} символов` });
  });

  it("checks the phone loosely, beside its field", () => {
    expect(fieldErrors({ ...valid, centerPhone: "нет" })).toEqual({ centerPhone: expect.stringMatching(/^Телефон: только цифры/) });
    expect(fieldErrors({ ...valid, centerPhone: "12-34" })).toEqual({ centerPhone: "В номере телефона должно быть не меньше 5 цифр" });
  });

  it("needs the municipality's id and the version the form was loaded at", () => {
    expect(Object.keys(fieldErrors({ ...valid, municipalityId: "", version: 0 })).sort()).toEqual(["municipalityId", "version"]);
  });
});
