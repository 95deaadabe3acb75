import { describe, expect, it } from "vitest";
import { canonicalJson, contentHash, shortHash } from "@/lib/domain/report/canonical";
import { defaultParagraphs, defaultReportTitle, defaultSchoolComment, defaultTasks, isParagraphKey, punctuateTasks, roadmapGenitive } from "@/lib/domain/report/defaults";
import { buildReportDocument, editableKeys, effectiveParagraphs, type Block, type ReportDocument } from "@/lib/domain/report/document";
import { reportFixture } from "./report-fixture";

const data = reportFixture();
const narrative = { paragraphs: {}, tasks: defaultTasks(data) };

const texts = (doc: ReportDocument) =>
  doc.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap((b: Block) => (b.type === "table" ? [b.caption, ...b.columns, ...b.rows.flat()] : b.type === "list" ? b.items : [b.text]))]);

describe("buildReportDocument", () => {
  const doc = buildReportDocument(data, narrative);

  it("has the intro and sections I–V in order, with the cycle and the letterhead", () => {
    expect(doc.sections.map((s) => s.key)).toEqual(["intro", "mnc", "mtkp", "schools", "results", "tasks"]);
    expect(doc.sections.map((s) => s.heading)).toEqual([
      "",
      "I. Муниципальный наставнический центр (МНЦ)",
      "II. Муниципальный тьюторский консультационный пункт (МТКП)",
      "III. Реализация дорожных карт школ",
      "IV. Динамика образовательных результатов",
      "V. Задачи на 2026 год",
    ]);
    expect(doc.heading).toBe("Аналитическая справка");
    expect(doc.title).toBe(data.title);
    expect(doc.letterhead).toEqual({
      region: "КРАСНОДАРСКИЙ КРАЙ",
      centerName: "МКУ «Центр развития образования»",
      contacts: "352900, г. Тест, ул. Мира, д. 1, 8(800)000-00-00",
      place: "г. Тест",
    });
    expect(doc.cycle).toEqual({ year: 2025, title: data.cycleTitle, orderNumber: "8", orderDate: "09.01.2025" });
    expect(doc.approval).toBeNull();
    expect(doc.signature).toEqual({ position: "Директор Центра", name: "О.В. Иванова" });
  });

  it("states the figures: events by kind with a table, consultations, surveys, measures, indicators, results", () => {
    const all = texts(doc).join("\n");
    expect(all).toContain(
      "В 2025 году на муниципальном уровне проведено 8 практико-ориентированных семинаров, 6 вебинаров, 3 видеоконференции, 1 заседание Школы управленческого мастерства, 1 муниципальный консалтинг и 1 мастер-класс – всего 20 мероприятий, 267 участников.",
    );
    expect(all).toContain("В 2025 году муниципальными тьюторами проведено 4 консультации для 3 педагогов из 2 школ.");
    expect(all).toContain("100\u00a0% руководителей отметили адресность помощи");
    expect(all).toContain("87,5\u00a0% учителей предлагают продолжить деятельность пункта");
    expect(all).toContain("Выполнено 5 из 11 мероприятий (45,5\u00a0%)");
    expect(all).toContain("Признаки зоны риска выявлены также у школ, не включённых в списки цикла: СОШ № 3.");
    const types = doc.sections[1].blocks.find((b) => b.type === "table" && b.caption === "Мероприятия МНЦ по видам");
    expect(types).toMatchObject({ rows: [["Практико-ориентированный семинар", "8", "80"], ["Вебинар", "6", "120"], ["Видеоконференция", "3", "15"], expect.anything(), expect.anything(), expect.anything()], footer: ["Итого", "20", "267"] });
  });

  it("marks the editable paragraphs and the tasks list, and only those", () => {
    expect(editableKeys(doc)).toEqual(["intro", "mnc.intro", "mnc.conclusion", "mtkp.intro", "mtkp.conclusion", "school.edu1", "school.edu2", "results.conclusion", "tasks"]);
    for (const key of editableKeys(doc).filter((k) => k !== "tasks")) expect(isParagraphKey(key), key).toBe(true);
  });

  it("takes edited paragraphs from the narrative, the generated text otherwise (also for blank edits)", () => {
    const edited = buildReportDocument(data, { paragraphs: { intro: "Своё вступление.", "mnc.conclusion": "   ", "school.edu1": "Комментарий." }, tasks: ["одна задача"] });
    expect(edited.sections[0].blocks[0]).toEqual({ type: "paragraph", text: "Своё вступление.", editableKey: "intro" });
    expect(texts(edited)).toContain(defaultParagraphs(data)["mnc.conclusion"]);
    expect(texts(edited)).toContain("Комментарий.");
    expect(edited.sections[5].blocks[1]).toEqual({ type: "list", ordered: true, items: ["одна задача."], editableKey: "tasks" });
    const none = buildReportDocument(data, { paragraphs: {}, tasks: [" "] });
    expect(none.sections[5].blocks[1]).toMatchObject({ type: "paragraph", editableKey: "tasks" });
  });

  it("gives the approval lines once approved", () => {
    const approved = buildReportDocument({ ...data, approval: { orderNumber: "31", orderDate: new Date("2025-12-27T00:00:00Z") } }, narrative);
    expect(approved.approval).toEqual({
      orderNumber: "31",
      orderDate: "27.12.2025",
      lines: ["ПРИЛОЖЕНИЕ", "УТВЕРЖДЕНА", "приказом МКУ «Центр развития образования»", "от 27.12.2025 № 31"],
    });
  });

  it("is plain data: it survives JSON as it is", () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

describe("defaults", () => {
  it("titles the report and puts the roadmap in the genitive", () => {
    expect(defaultReportTitle("г. Армавир", 2025)).toBe(
      "Об итогах реализации Дорожной карты повышения качества образования в школах с низкими результатами обучения муниципального образования г. Армавир на основе деятельности муниципального наставнического центра и муниципального тьюторского консультационного пункта в 2025 году",
    );
    expect(roadmapGenitive("Дорожная карта … на 2025 год")).toBe("Дорожной карты … на 2025 год");
  });

  it("bases the intro on the roadmap's approving order, or on the roadmap without one", () => {
    expect(defaultParagraphs(data).intro).toMatch(/^На основании приказа МКУ «Центр развития образования» \(далее – Центр\) от 9 января 2025 года № 8 «Об утверждении Дорожной карты/);
    expect(defaultParagraphs({ ...data, roadmapOrder: { number: null, date: null } }).intro).toMatch(/^В соответствии с Дорожной картой «Дорожная карта/);
  });

  it("generates tasks from the data before the standing ones", () => {
    const tasks = defaultTasks(data);
    expect(tasks[0]).toBe("разработать по итогам анализа Дорожную карту повышения качества образования в школах с низкими образовательными результатами на 2026 год");
    expect(tasks).toContain("обеспечить в 2026 году завершение невыполненных мероприятий дорожных карт школ: ООШ № 21 (6 мероприятий)");
    expect(tasks).toContain("обеспечить адресное методическое сопровождение школ с признаками зоны риска по образовательным результатам: ООШ № 21");
    expect(tasks).toContain("рассмотреть включение в списки школ в зоне риска низких результатов на 2026 год: СОШ № 3");
    expect(tasks).toContain("продолжить в 2026 году реализацию муниципальных проектов «Методический абонемент» и «Умные каникулы»");
    expect(tasks).toContain("совершенствовать опыт «горизонтального обучения» среди руководящих работников ШНОР");
    const quiet = defaultTasks({ ...data, schools: [data.schools[1]], flaggedOutside: [], events: [], consultations: [] });
    expect(quiet.some((t) => t.includes("невыполненных") || t.includes("зоны риска") || t.includes("проект"))).toBe(false);
  });

  it("punctuates tasks «;» and the last «.»", () => {
    expect(punctuateTasks(["первая;", "вторая.", "третья"])).toEqual(["первая;", "вторая;", "третья."]);
  });

  it("comments each school from its measures and results", () => {
    expect(defaultSchoolComment(data.schools[0], 2025)).toBe(
      "Реализацию дорожной карты необходимо продолжить в 2026 году: не завершено 5 мероприятий, не выполнено 1 мероприятие. По результатам оценочных процедур у школы выявлены признаки зоны риска: антирисковые программы следует скорректировать с учётом проблемных зон.",
    );
    expect(defaultSchoolComment({ ...data.schools[1], measureGroups: [{ status: "confirmed", overdue: false, count: 2 }] }, 2025)).toBe("Мероприятия дорожной карты школы выполнены в полном объёме.");
  });

  it("lists every editable paragraph's current text for the approved narrative", () => {
    const effective = effectiveParagraphs(data, { paragraphs: { intro: "Своё." }, tasks: [] });
    expect(Object.keys(effective)).toEqual(["intro", "mnc.intro", "mnc.conclusion", "mtkp.intro", "mtkp.conclusion", "results.conclusion", "school.edu1", "school.edu2"]);
    expect(effective.intro).toBe("Своё.");
  });
});

describe("canonical JSON and the content hash", () => {
  it("sorts keys at every level and drops undefined members", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: undefined }], c: "х" } })).toBe('{"a":{"c":"х","d":[3,{"z":1}]},"b":1}');
    expect(canonicalJson([undefined, null, true])).toBe("[null,null,true]");
    expect(canonicalJson(new Date("2025-12-27T00:00:00Z"))).toBe('"2025-12-27T00:00:00.000Z"');
    expect(() => canonicalJson({ x: Number.NaN })).toThrow();
  });

  it("does not depend on key order, and changes with any content", () => {
    const doc = buildReportDocument(data, narrative);
    const shuffled = Object.fromEntries(Object.entries(doc).reverse());
    expect(contentHash(shuffled)).toBe(contentHash(doc));
    expect(contentHash({ document: doc, order: { a: 1 } })).toBe(contentHash({ order: { a: 1 }, document: shuffled }));
    expect(contentHash({ ...doc, title: `${doc.title} ` })).not.toBe(contentHash(doc));
    expect(contentHash(doc)).toMatch(/^[0-9a-f]{64}$/);
    expect(shortHash(contentHash(doc))).toHaveLength(12);
  });
});
