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

const machines: Array<[string, Machine<string, string>, readonly string[]]> = [
  ["cycle", cycleMachine, CYCLE_STATUSES],
  ["risk profile", riskProfileMachine, RISK_PROFILE_STATUSES],
  ["document", documentMachine, DOCUMENT_STATUSES],
  ["measure", measureMachine, MEASURE_STATUSES],
  ["iom", iomMachine, IOM_STATUSES],
  ["practice", practiceMachine, PRACTICE_STATUSES],
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
});
