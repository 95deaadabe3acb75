/**
 * Status machines as data. Each workflow is a table `event → { from, to,
 * permission }`: who may fire the event (a permission from the one
 * permission table) and in which states. Actions ask `transition()` and
 * refuse anything else with INVALID_TRANSITION; tests are generated from the
 * tables. Pure: no I/O.
 */
import type { Permission } from "@/lib/auth/permissions";

export type TransitionRule<S extends string> = {
  from: readonly S[];
  to: S;
  permission: Permission;
  /** Russian explanation when the event is fired from another state. */
  refusal: string;
};

export type Machine<S extends string, E extends string> = Record<E, TransitionRule<S>>;

export type TransitionResult<S> = { ok: true; to: S } | { ok: false; reason: string };

export function transition<S extends string, E extends string>(machine: Machine<S, E>, from: S, event: E): TransitionResult<S> {
  const rule = machine[event];
  if (!rule.from.includes(from)) return { ok: false, reason: rule.refusal };
  return { ok: true, to: rule.to };
}

/** Events that may be fired from `from` (for showing buttons). */
export function availableEvents<S extends string, E extends string>(machine: Machine<S, E>, from: S): E[] {
  return (Object.keys(machine) as E[]).filter((event) => machine[event].from.includes(from));
}

/** Every (from, event) pair the table forbids — for generated negative tests. */
export function forbiddenPairs<S extends string, E extends string>(machine: Machine<S, E>, states: readonly S[]): Array<{ from: S; event: E }> {
  const pairs: Array<{ from: S; event: E }> = [];
  for (const event of Object.keys(machine) as E[]) {
    for (const from of states) if (!machine[event].from.includes(from)) pairs.push({ from, event });
  }
  return pairs;
}
