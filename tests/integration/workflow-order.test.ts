/**
 * Workflow order against the database (issue 7, security point 3).
 * GENERATED from the transitions tables: for each workflow entity, a demo row
 * is put into every state, and every event the table forbids from that state
 * is fired through the real server action by a role that holds the event's
 * permission. Each must be refused (INVALID_TRANSITION), leave the row's
 * status and version as they were, and write no audit row. The row's
 * original status is restored afterwards. (The pure tables are covered pair
 * by pair in tests/unit/workflow.test.ts.) A coverage test finds every
 * transitions table under lib/domain and fails on one that is neither
 * generated here nor named in NOT_GENERATED with where it is proved.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { roleHasPermission } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { mutualMachine, MUTUAL_STATUSES } from "@/lib/domain/reviews/mutual";
import { SURVEY_STATUSES, surveyMachine } from "@/lib/domain/surveys/results";
import {
  CYCLE_STATUSES,
  cycleMachine,
  DOCUMENT_STATUSES,
  documentMachine,
  forbiddenPairs,
  IOM_STATUSES,
  iomMachine,
  MEASURE_STATUSES,
  measureMachine,
  PRACTICE_STATUSES,
  practiceMachine,
  RISK_PROFILE_STATUSES,
  riskProfileMachine,
  type Machine,
} from "@/lib/domain/workflow";
import type { Role } from "@/lib/db/generated/enums";
import { transitionCycleAction } from "@/lib/features/cycles/actions";
import { submitDocumentAction } from "@/lib/features/documents/actions";
import { approveIomAction, reopenIomAction, returnIomAction, submitIomAction } from "@/lib/features/iom/actions";
import { progressMeasureAction, reviewMeasureAction } from "@/lib/features/measures/actions";
import { markMutualStepAction } from "@/lib/features/mutual/actions";
import { moderatePracticeAction } from "@/lib/features/practices/actions";
import { confirmRiskProfileAction, returnRiskProfileAction, submitRiskProfileAction } from "@/lib/features/risk-profile/actions";
import { surveyTransitionAction } from "@/lib/features/surveys/actions";
import { setTestSession, signInAs } from "../support/session";

const db = () => getDb();

type Row = { id: string; status: string; version: number };
type Call = (row: Row, event: string) => Promise<{ serverError?: { code?: string } }>;

/** Who fires the events of a machine: one demo account per role. */
const ACCOUNT: Partial<Record<Role, string>> = {
  coordinator: "coordinator@opora.demo",
  curator: "curator@opora.demo",
  school_admin: "school@opora.demo",
  teacher: "teacher@opora.demo",
};

type Workflow = {
  name: string;
  /** Prisma model delegate name. */
  model: "measure" | "cycle" | "riskProfile" | "iom" | "survey" | "practice" | "mutualPair" | "programDocument";
  machine: Machine<string, string>;
  states: readonly string[];
  /** A demo row the accounts above reach through their scope. */
  find: () => Promise<{ id: string } | null>;
  /** Events the action layer fires; an event missing here is reported (except those named in `elsewhere`). */
  fire: Record<string, Call>;
  /** Events fired by an action with a larger input, covered by its own test file. */
  elsewhere?: Record<string, string>;
};

const schoolIdOf = async (email: string) =>
  (await db().roleAssignment.findFirstOrThrow({ where: { user: { email }, schoolId: { not: null } }, select: { schoolId: true } })).schoolId!;

const WORKFLOWS: Workflow[] = [
  {
    name: "measure",
    model: "measure",
    machine: measureMachine,
    states: MEASURE_STATUSES,
    find: async () => db().measure.findFirst({ where: { document: { cycleSchool: { schoolId: await schoolIdOf("school@opora.demo") }, status: "confirmed" } }, orderBy: { id: "asc" } }),
    fire: Object.fromEntries(
      (["start", "complete", "fail"] as const)
        .map((event): [string, Call] => [
          event,
          (row) =>
            progressMeasureAction({ measureId: row.id, version: row.version, event, comment: "Причина для проверки", linkUrl: "https://school.example.ru/otchet", linkTitle: "Отчёт" }),
        ])
        .concat((["confirm", "return"] as const).map((event): [string, Call] => [event, (row) => reviewMeasureAction({ measureId: row.id, version: row.version, event, comment: "Доработать" })])),
    ),
  },
  {
    name: "cycle",
    model: "cycle",
    machine: cycleMachine,
    states: CYCLE_STATUSES,
    find: async () => db().cycle.findFirst({ where: { municipality: { code: "armavir-demo" }, year: 2025 } }),
    fire: Object.fromEntries(Object.keys(cycleMachine).map((event): [string, Call] => [event, (row) => transitionCycleAction({ cycleId: row.id, version: row.version, event: event as never })])),
  },
  {
    name: "risk profile",
    model: "riskProfile",
    machine: riskProfileMachine,
    states: RISK_PROFILE_STATUSES,
    find: async () => db().riskProfile.findFirst({ where: { cycleSchool: { schoolId: await schoolIdOf("school@opora.demo"), cycle: { municipality: { code: "armavir-demo" }, year: 2025 } } } }),
    fire: {
      submit: (row) => submitRiskProfileAction({ profileId: row.id, version: row.version }),
      confirm: (row) => confirmRiskProfileAction({ profileId: row.id, version: row.version }),
      return: (row) => returnRiskProfileAction({ profileId: row.id, version: row.version, comment: "Доработать" }),
    },
  },
  {
    name: "ИОМ",
    model: "iom",
    machine: iomMachine,
    states: IOM_STATUSES,
    find: async () => db().iom.findFirst({ where: { teacher: { email: "teacher@opora.demo" } } }),
    fire: {
      submit: (row) => submitIomAction({ iomId: row.id, version: row.version }),
      approve: (row) => approveIomAction({ iomId: row.id, version: row.version }),
      return: (row) => returnIomAction({ iomId: row.id, version: row.version, comment: "Доработать маршрут" }),
      reopen: (row) => reopenIomAction({ iomId: row.id, version: row.version }),
    },
  },
  {
    name: "survey",
    model: "survey",
    machine: surveyMachine,
    states: SURVEY_STATUSES,
    find: async () => db().survey.findFirst({ where: { municipality: { code: "armavir-demo" } }, orderBy: { id: "asc" } }),
    fire: Object.fromEntries(Object.keys(surveyMachine).map((event): [string, Call] => [event, (row) => surveyTransitionAction({ surveyId: row.id, version: row.version, event: event as never })])),
  },
  {
    name: "practice",
    model: "practice",
    machine: practiceMachine,
    states: PRACTICE_STATUSES,
    find: async () => db().practice.findFirst({ where: { municipality: { code: "armavir-demo" } }, orderBy: { id: "asc" } }),
    fire: Object.fromEntries(Object.keys(practiceMachine).map((event): [string, Call] => [event, (row) => moderatePracticeAction({ practiceId: row.id, version: row.version, event: event as never })])),
  },
  {
    name: "mutual pair",
    model: "mutualPair",
    machine: mutualMachine,
    states: MUTUAL_STATUSES,
    find: async () => {
      // The demo has no pair: one of the demo school with its neighbour, removed after the test.
      const demoCycle = { municipality: { code: "armavir-demo" }, year: 2025 };
      const mine = await db().cycleSchool.findFirstOrThrow({ where: { schoolId: await schoolIdOf("school@opora.demo"), cycle: demoCycle } });
      const theirs = await db().cycleSchool.findFirstOrThrow({ where: { school: { code: "edu230102" }, cycle: demoCycle } });
      const pair = await db().mutualPair.create({ data: { cycleId: mine.cycleId, schoolAId: mine.id, schoolBId: theirs.id } });
      cleanups.push(() => db().mutualPair.delete({ where: { id: pair.id } }));
      return pair;
    },
    fire: {
      exchange: (row) => markMutualStepAction({ pairId: row.id, version: row.version, step: "exchange" }),
      meet: (row) => markMutualStepAction({ pairId: row.id, version: row.version, step: "meet" }),
    },
    elsewhere: { upload: "uploadMutualProtocolAction needs a stored file: tests/integration/mutual-actions.test.ts" },
  },
  {
    name: "document",
    model: "programDocument",
    machine: documentMachine,
    states: DOCUMENT_STATUSES,
    find: async () => db().programDocument.findFirst({ where: { cycleSchool: { schoolId: await schoolIdOf("school@opora.demo") } }, orderBy: { id: "asc" } }),
    fire: { submit: (row) => submitDocumentAction({ documentId: row.id, version: row.version }) },
    elsewhere: {
      confirm: "the curator's expertise (a scored review): tests/integration/review-actions.test.ts",
      return: "the curator's expertise (a scored review): tests/integration/review-actions.test.ts",
    },
  },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const delegate = (model: Workflow["model"]) => (db() as any)[model] as {
  findUniqueOrThrow: (args: unknown) => Promise<Row>;
  update: (args: unknown) => Promise<Row>;
};

const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  setTestSession(null);
  for (const cleanup of cleanups) await cleanup();
});

describe("forbidden transitions through the actions", () => {
  for (const wf of WORKFLOWS) {
    it(`${wf.name}: every event the table forbids from every state is refused, nothing written, nothing audited`, async () => {
      // Every event of the table is fired here or named as covered elsewhere.
      expect(Object.keys(wf.machine).sort()).toEqual([...Object.keys(wf.fire), ...Object.keys(wf.elsewhere ?? {})].sort());
      const found = await wf.find();
      expect(found, `a demo ${wf.name} row`).not.toBeNull();
      const original = await delegate(wf.model).findUniqueOrThrow({ where: { id: found!.id }, select: { id: true, status: true, version: true } });
      const failures: string[] = [];
      let fired = 0;
      try {
        for (const { from, event } of forbiddenPairs(wf.machine, wf.states)) {
          const fire = wf.fire[event];
          if (!fire) continue;
          const role = (Object.keys(ACCOUNT) as Role[]).find((r) => roleHasPermission(r, wf.machine[event].permission))!;
          await signInAs(ACCOUNT[role]!);
          const row = await delegate(wf.model).update({ where: { id: original.id }, data: { status: from }, select: { id: true, status: true, version: true } });
          const audits = await db().auditLog.count({ where: { entityId: row.id } });
          const result = await fire(row, event);
          fired += 1;
          const after = await delegate(wf.model).findUniqueOrThrow({ where: { id: row.id }, select: { id: true, status: true, version: true } });
          const label = `${wf.name} ${from} --${event}--> as ${role}`;
          if (result.serverError?.code !== "INVALID_TRANSITION") failures.push(`${label}: ${JSON.stringify(result)}`);
          if (after.status !== from || after.version !== row.version) failures.push(`${label}: row changed to ${after.status} v${after.version}`);
          if ((await db().auditLog.count({ where: { entityId: row.id } })) !== audits) failures.push(`${label}: audited`);
        }
      } finally {
        await delegate(wf.model).update({ where: { id: original.id }, data: { status: original.status } });
      }
      expect(fired).toBeGreaterThan(0);
      expect(failures).toEqual([]);
    });
  }
});

/** Transitions tables that are not generated above, each with where its order is proved instead. */
const NOT_GENERATED: Record<string, string> = {
  reportMachine:
    "its refusals depend on the cycle's stage too: generated pair by pair at the pure level (tests/unit/workflow.test.ts, «analytical report: every (state, event, cycle stage)…»), and through the actions by hand in report.test.ts",
};

/** Every `export const xxxMachine = {` under lib/domain, as [export name, module path]. */
function machinesOnDisk(dir = path.resolve(__dirname, "../../lib/domain")): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): [string, string][] => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return machinesOnDisk(full);
    if (!entry.name.endsWith(".ts")) return [];
    return [...readFileSync(full, "utf8").matchAll(/^export const (\w+Machine) = \{/gm)].map((m): [string, string] => [m[1]!, full]);
  });
}

describe("coverage", () => {
  it("every transitions table under lib/domain is generated above or named with where it is proved", async () => {
    const found = machinesOnDisk();
    // The walk found the tables (a broken walk would pass trivially).
    expect(found.length).toBeGreaterThanOrEqual(WORKFLOWS.length);
    const missing: string[] = [];
    for (const [name, file] of found) {
      const machine = ((await import(file)) as Record<string, unknown>)[name];
      if (!WORKFLOWS.some((wf) => wf.machine === machine) && !(name in NOT_GENERATED)) missing.push(`${path.relative(process.cwd(), file)}: ${name}`);
    }
    expect(missing, "transitions tables neither generated nor named in NOT_GENERATED").toEqual([]);
    expect(Object.keys(NOT_GENERATED).filter((name) => !found.some(([n]) => n === name)), "NOT_GENERATED names no longer exported").toEqual([]);
  });
});
