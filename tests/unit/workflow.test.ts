import { describe, expect, it } from "vitest";
import { roleHasPermission, ROLES } from "@/lib/auth/permissions";
import {
  availableEvents,
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
  transition,
  type Machine,
} from "@/lib/domain/workflow";
import { CYCLE_STATUSES as STAGES } from "@/lib/domain/workflow";
import { REPORT_CYCLE_STAGES, REPORT_STATES, reportMachine, reportStep, type ReportEvent } from "@/lib/domain/report/workflow";
import { MUTUAL_STATUSES, mutualMachine } from "@/lib/domain/reviews/mutual";
import { SURVEY_STATUSES, surveyMachine } from "@/lib/domain/surveys/results";

const machines: Array<[string, Machine<string, string>, readonly string[]]> = [
  ["cycle", cycleMachine, CYCLE_STATUSES],
  ["risk profile", riskProfileMachine, RISK_PROFILE_STATUSES],
  ["document", documentMachine, DOCUMENT_STATUSES],
  ["measure", measureMachine, MEASURE_STATUSES],
  ["iom", iomMachine, IOM_STATUSES],
  ["practice", practiceMachine, PRACTICE_STATUSES],
  ["mutual pair", mutualMachine, MUTUAL_STATUSES],
  ["survey", surveyMachine, SURVEY_STATUSES],
  ["analytical report", reportMachine, REPORT_STATES],
];

describe("workflow tables", () => {
  it.each(machines)("%s: every rule uses known states and a permission some role has", (_name, machine, states) => {
    for (const rule of Object.values(machine)) {
      expect(states).toContain(rule.to);
      for (const from of rule.from) expect(states).toContain(from);
      expect(ROLES.some((role) => role !== "admin" && roleHasPermission(role, rule.permission))).toBe(true);
      expect(rule.refusal).toMatch(/[а-яё]/i);
    }
  });

  it.each(machines)("%s: every forbidden pair is refused with the rule's Russian reason", (_name, machine, states) => {
    const pairs = forbiddenPairs(machine, states);
    expect(pairs.length).toBeGreaterThan(0);
    for (const { from, event } of pairs) {
      expect(transition(machine, from, event)).toEqual({ ok: false, reason: machine[event].refusal });
    }
  });

  it("cannot skip a step: a draft document cannot be confirmed, a planned measure cannot be confirmed", () => {
    expect(transition(documentMachine, "draft", "confirm").ok).toBe(false);
    expect(transition(measureMachine, "planned", "confirm").ok).toBe(false);
    expect(transition(riskProfileMachine, "draft", "confirm").ok).toBe(false);
    expect(transition(cycleMachine, "draft", "close").ok).toBe(false);
  });

  it("follows the happy paths", () => {
    expect(transition(documentMachine, "draft", "submit")).toEqual({ ok: true, to: "submitted" });
    expect(transition(documentMachine, "submitted", "return")).toEqual({ ok: true, to: "returned" });
    expect(transition(documentMachine, "returned", "submit")).toEqual({ ok: true, to: "submitted" });
    expect(transition(measureMachine, "in_progress", "complete")).toEqual({ ok: true, to: "done" });
    expect(transition(measureMachine, "done", "return")).toEqual({ ok: true, to: "needs_revision" });
    expect(transition(iomMachine, "approved", "reopen")).toEqual({ ok: true, to: "draft" });
    let status: string = "draft";
    const cycle = cycleMachine as Machine<string, string>;
    for (const event of ["start_diagnosis", "start_programming", "start_expertise", "start_implementation", "start_reporting", "close"] as const) {
      const result = transition(cycle, status, event);
      expect(result.ok).toBe(true);
      if (result.ok) status = result.to;
    }
    expect(status).toBe("closed");
  });

  it("lists the events available from a state", () => {
    expect(availableEvents(measureMachine, "done").sort()).toEqual(["confirm", "return"]);
    expect(availableEvents(riskProfileMachine, "confirmed")).toEqual([]);
  });

  it("analytical report: every (state, event, cycle stage) outside both tables is refused, everything inside is allowed", () => {
    let refused = 0;
    for (const event of Object.keys(reportMachine) as ReportEvent[]) {
      for (const state of REPORT_STATES) {
        for (const stage of STAGES) {
          const inTable = (reportMachine[event].from as readonly string[]).includes(state);
          const inStage = (REPORT_CYCLE_STAGES[event].stages as readonly string[]).includes(stage);
          const result = reportStep(event, state, stage);
          expect(result.ok, `${state} --${event}--> at ${stage}`).toBe(inTable && inStage);
          if (!result.ok) {
            refused += 1;
            expect(result.reason).toBe(inTable ? REPORT_CYCLE_STAGES[event].refusal : reportMachine[event].refusal);
          }
        }
      }
    }
    expect(refused).toBeGreaterThan(0);
  });
});
