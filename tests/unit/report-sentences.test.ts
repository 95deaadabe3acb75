import { describe, expect, it } from "vitest";
import { EVENT_TYPES } from "@/lib/domain/report/figures";
import {
  agree,
  counted,
  decapitalize,
  EVENT_TYPE_NOUNS,
  eventsSentence,
  GENITIVE,
  heldVerb,
  joinRu,
  nonBreaking,
  NOUNS,
  partOf,
  REPORT_EVENT_ORDER,
  surnameWithInitials,
} from "@/lib/domain/report/sentences";

/** Every kind's word after 1, 2, 5, 11, 21 and 22, written out by hand. */
const EXPECTED: Record<(typeof EVENT_TYPES)[number], [string, string, string]> = {
  seminar: ["практико-ориентированный семинар", "практико-ориентированных семинара", "практико-ориентированных семинаров"],
  webinar: ["вебинар", "вебинара", "вебинаров"],
  videoconference: ["видеоконференция", "видеоконференции", "видеоконференций"],
  master_class: ["мастер-класс", "мастер-класса", "мастер-классов"],
  consulting: ["муниципальный консалтинг", "муниципальных консалтинга", "муниципальных консалтингов"],
  training: ["тренинг", "тренинга", "тренингов"],
  methodical_session: ["методическая сессия", "методические сессии", "методических сессий"],
  management_school: ["заседание Школы управленческого мастерства", "заседания Школы управленческого мастерства", "заседаний Школы управленческого мастерства"],
};

describe("event kinds after a number", () => {
  for (const type of EVENT_TYPES) {
    it(`${type}: 1, 2, 5, 11, 21, 22`, () => {
      const [one, few, many] = EXPECTED[type];
      const noun = EVENT_TYPE_NOUNS[type];
      expect(counted(1, noun)).toBe(`1 ${one}`);
      expect(counted(2, noun)).toBe(`2 ${few}`);
      expect(counted(5, noun)).toBe(`5 ${many}`);
      expect(counted(11, noun)).toBe(`11 ${many}`);
      expect(counted(21, noun)).toBe(`21 ${one}`);
      expect(counted(22, noun)).toBe(`22 ${few}`);
    });
  }

  it("orders every kind exactly once", () => {
    expect([...REPORT_EVENT_ORDER].sort()).toEqual([...EVENT_TYPES].sort());
  });
});

describe("eventsSentence", () => {
  it("reads like the seed-001 report, in the report's order whatever the input order", () => {
    expect(eventsSentence({ master_class: 1, consulting: 1, management_school: 1, videoconference: 3, webinar: 6, seminar: 8 })).toBe(
      "проведено 8 практико-ориентированных семинаров, 6 вебинаров, 3 видеоконференции, 1 заседание Школы управленческого мастерства, 1 муниципальный консалтинг и 1 мастер-класс",
    );
  });

  it("agrees the verb with the first count and leaves out kinds without events", () => {
    expect(eventsSentence({ seminar: 1, webinar: 0 })).toBe("проведён 1 практико-ориентированный семинар");
    expect(eventsSentence({ videoconference: 1, training: 2 })).toBe("проведена 1 видеоконференция и 2 тренинга");
    expect(eventsSentence({ management_school: 21 })).toBe("проведено 21 заседание Школы управленческого мастерства");
    expect(eventsSentence({ methodical_session: 21 })).toBe("проведена 21 методическая сессия");
    expect(eventsSentence({ webinar: 22 })).toBe("проведено 22 вебинара");
    expect(eventsSentence({ webinar: 11 })).toBe("проведено 11 вебинаров");
  });

  it("says so when there were no events", () => {
    expect(eventsSentence({})).toBe("мероприятия не проводились");
    expect(eventsSentence({ seminar: 0 })).toBe("мероприятия не проводились");
  });
});

describe("agreement and cases", () => {
  it("short participles agree with one (1, 21, 101) and are neuter otherwise", () => {
    expect(heldVerb(1, "m")).toBe("проведён");
    expect(heldVerb(21, "f")).toBe("проведена");
    expect(heldVerb(101, "n")).toBe("проведено");
    expect(heldVerb(2, "m")).toBe("проведено");
    expect(heldVerb(11, "f")).toBe("проведено");
    expect(agree(1, "f", { m: "охвачен", f: "охвачена", n: "охвачено" })).toBe("охвачена");
    expect(agree(5, "f", { m: "охвачен", f: "охвачена", n: "охвачено" })).toBe("охвачено");
  });

  it("counts nouns in the nominative", () => {
    expect(counted(1, NOUNS.consultation)).toBe("1 консультация");
    expect(counted(3, NOUNS.consultation)).toBe("3 консультации");
    expect(counted(8, NOUNS.consultation)).toBe("8 консультаций");
    expect(counted(21, NOUNS.participant)).toBe("21 участник");
    expect(counted(1000, NOUNS.participant)).toBe("1\u00a0000 участников");
    expect(counted(7, NOUNS.respondent)).toBe("7 респондентов");
  });

  it("uses the genitive after «из» and «для»", () => {
    expect(partOf(5, 15, GENITIVE.measure)).toBe("5 из 15 мероприятий");
    expect(partOf(1, 21, GENITIVE.measure)).toBe("1 из 21 мероприятия");
    expect(partOf(6, 7, GENITIVE.school)).toBe("6 из 7 школ");
    expect(partOf(1, 1, GENITIVE.school)).toBe("1 из 1 школы");
    expect(partOf(2, 2, GENITIVE.teacher)).toBe("2 из 2 педагогов");
  });

  it("joins lists with commas and «и»", () => {
    expect(joinRu([])).toBe("");
    expect(joinRu(["а"])).toBe("а");
    expect(joinRu(["а", "б"])).toBe("а и б");
    expect(joinRu(["а", "б", "в"])).toBe("а, б и в");
  });

  it("shortens names to «Фамилия И.О.» and keeps abbreviations capitalised", () => {
    expect(surnameWithInitials("Толстошей Сергей Викторович")).toBe("Толстошей С.В.");
    expect(surnameWithInitials("  Иванова  ольга ")).toBe("Иванова О.");
    expect(surnameWithInitials("С.В. Толстошей")).toBe("С.В. Толстошей");
    expect(surnameWithInitials("Толстошей  С.В.")).toBe("Толстошей С.В.");
    expect(surnameWithInitials("Администратор")).toBe("Администратор");
    expect(decapitalize("ЕГЭ, русский язык")).toBe("ЕГЭ, русский язык");
    expect(decapitalize("Предметная")).toBe("предметная");
  });
});

describe("nonBreaking", () => {
  it("keeps «№ 21», «14,3 %» and «г. Армавир» on one line, nothing else", () => {
    expect(nonBreaking("МБОУ-ООШ № 21: 14,3 % при 4,2 %, г. Армавир; № b, 5 % и т. д.")).toBe(
      "МБОУ-ООШ №\u00a021: 14,3\u00a0% при 4,2\u00a0%, г.\u00a0Армавир; № b, 5\u00a0% и т. д.",
    );
  });
});
