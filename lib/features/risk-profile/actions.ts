"use server";
/**
 * Start diagnostics and the risk profile: the school admin team fills the
 * indicator values (draft, then submit), the paired curator may change a
 * factor's significance with a written reason, marks «средняя» factors that
 * need an anti-risk programme, and confirms or returns the profile.
 * Flags and suggested significance are always computed here from the
 * catalogue and the rule — never taken from the client.
 */
import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";
import { actionClient } from "@/lib/actions/safe-action";
import { expectOneRow, mutate } from "@/lib/actions/mutate";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { isIndicatorFlagged } from "@/lib/domain/risk/flag";
import { assessFactors, indicatorValueError, missingIndicators, missingMessage } from "@/lib/domain/risk/indicator-value";
import { isProgramRequired } from "@/lib/domain/risk/significance";
import { riskProfileMachine, transition } from "@/lib/domain/workflow";
import { AppError, outOfScope } from "@/lib/errors";
import { curatorsOf, notify, schoolAdminsOf } from "@/lib/features/notifications/notify";
import { loadCycleSchool } from "@/lib/features/schools/cycle-school";
import { loadCatalogue, loadSignificanceRule, resolveCatalogYear } from "./catalogue";
import {
  OVERRIDE_REASON_REQUIRED,
  overrideSignificanceSchema,
  profileStepSchema,
  returnRiskProfileSchema,
  saveRiskProfileSchema,
  shapeRiskValueErrors,
} from "./schemas";

const EDITABLE = ["draft", "returned"] as const;

const profileSelect = {
  id: true,
  status: true,
  version: true,
  catalogYear: true,
  returnComment: true,
  cycleSchoolId: true,
  cycleSchool: { select: { id: true, schoolId: true, school: { select: { code: true, shortName: true } }, cycleId: true } },
  values: { select: { indicatorId: true, value: true } },
} as const;

async function loadProfile(tx: Tx, actor: Actor, permission: Permission, profileId: string) {
  const profile = await tx.riskProfile.findFirst({ where: { AND: [scope.riskProfile(actor, permission), { id: profileId }] }, select: profileSelect });
  if (!profile) throw outOfScope("RiskProfile", profileId);
  return profile;
}

type LoadedProfile = Awaited<ReturnType<typeof loadProfile>>;

function valueMap(profile: Pick<LoadedProfile, "values">): Record<string, number | null> {
  return Object.fromEntries(profile.values.map((v) => [v.indicatorId, v.value === null ? null : v.value.toNumber()]));
}

function pagePath(profile: { cycleSchool: { school: { code: string }; cycleId: string } }): string {
  return `/schools/${profile.cycleSchool.school.code}/diagnosis?cycle=${profile.cycleSchool.cycleId}`;
}

/** Fires a workflow event or refuses with the table's Russian reason. */
function refuse(from: LoadedProfile["status"], event: keyof typeof riskProfileMachine): void {
  const result = transition(riskProfileMachine, from, event);
  if (!result.ok) throw new AppError("INVALID_TRANSITION", result.reason);
}

/** Saves a (possibly partial) draft; creates the profile on the first save. */
export const saveRiskProfileDraftAction = actionClient
  .metadata({ name: "risk_profile.save_draft", permission: "risk_profile:fill" })
  .inputSchema(saveRiskProfileSchema, { handleValidationErrorsShape: async (errors) => shapeRiskValueErrors(errors as never) })
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const meta = { name: "risk_profile.save_draft", permission: "risk_profile:fill" } as const;
    const result = await mutate(actor, meta, async (tx, audit) => {
      const cs = await loadCycleSchool(tx, actor, meta.permission, parsedInput.cycleSchoolId);
      const existing = await tx.riskProfile.findFirst({
        where: { AND: [scope.riskProfile(actor, meta.permission), { cycleSchoolId: cs.id }] },
        select: profileSelect,
      });
      if (existing && !(EDITABLE as readonly string[]).includes(existing.status)) {
        throw new AppError("INVALID_TRANSITION", "Профиль отправлен на проверку или подтверждён: изменять значения нельзя.");
      }
      if ((existing === null) !== (parsedInput.version === null)) throw new AppError("CONFLICT");

      const catalogYear = existing?.catalogYear ?? (await resolveCatalogYear(tx, cs.cycle.year));
      if (catalogYear === null) throw new AppError("VALIDATION", `Каталог факторов риска на ${cs.cycle.year} год не заполнен.`);
      const catalogue = await loadCatalogue(tx, catalogYear);
      const indicators = new Map(catalogue.flatMap((f) => f.indicators).map((ind) => [ind.id, ind]));

      const valueErrors: Record<string, { _errors: string[] }> = {};
      for (const [indicatorId, value] of Object.entries(parsedInput.values)) {
        const indicator = indicators.get(indicatorId);
        if (!indicator) valueErrors[indicatorId] = { _errors: ["Показателя нет в каталоге этого года"] };
        else if (value !== null) {
          const error = indicatorValueError(indicator.unit, value);
          if (error) valueErrors[indicatorId] = { _errors: [error] };
        }
      }
      if (Object.keys(valueErrors).length) returnValidationErrors(saveRiskProfileSchema, { values: valueErrors } as never);

      let profileId: string;
      let before: Record<string, number | null> = {};
      if (existing) {
        expectOneRow(await tx.riskProfile.updateMany({ where: { id: existing.id, version: parsedInput.version! }, data: { version: { increment: 1 } } }));
        profileId = existing.id;
        before = valueMap(existing);
      } else {
        profileId = (await tx.riskProfile.create({ data: { cycleSchoolId: cs.id, catalogYear }, select: { id: true } })).id;
      }

      const after = { ...before };
      const changedBefore: Record<string, number | null> = {};
      const changedAfter: Record<string, number | null> = {};
      for (const [indicatorId, value] of Object.entries(parsedInput.values)) {
        const indicator = indicators.get(indicatorId)!;
        if ((before[indicatorId] ?? null) === value && indicatorId in before) continue;
        const flagged = isIndicatorFlagged(value, indicator.direction, indicator.threshold);
        await tx.riskIndicatorValue.upsert({
          where: { profileId_indicatorId: { profileId, indicatorId } },
          create: { profileId, indicatorId, value, flagged },
          update: { value, flagged },
        });
        changedBefore[indicator.code] = before[indicatorId] ?? null;
        changedAfter[indicator.code] = value;
        after[indicatorId] = value;
      }
      await audit({
        entityType: "RiskProfile",
        entityId: profileId,
        before: existing ? { status: existing.status, values: changedBefore } : null,
        after: { status: existing?.status ?? "draft", values: changedAfter },
      });
      const saved = await tx.riskProfile.findUniqueOrThrow({ where: { id: profileId }, select: { id: true, version: true } });
      return { ...saved, path: `/schools/${cs.school.code}/diagnosis?cycle=${cs.cycleId}` };
    });
    revalidatePath(result.path.split("?")[0]!);
    return { profileId: result.id, version: result.version };
  });

/** Sends the profile to the curator: every indicator filled; flags and suggestions computed here. */
export const submitRiskProfileAction = actionClient
  .metadata({ name: "risk_profile.submit", permission: "risk_profile:fill" })
  .inputSchema(profileStepSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const meta = { name: "risk_profile.submit", permission: "risk_profile:fill" } as const;
    const path = await mutate(actor, meta, async (tx, audit) => {
      const profile = await loadProfile(tx, actor, meta.permission, parsedInput.profileId);
      refuse(profile.status, "submit");
      const catalogue = await loadCatalogue(tx, profile.catalogYear);
      const values = valueMap(profile);
      const missing = missingIndicators(catalogue, values);
      if (missing.length) throw new AppError("VALIDATION", missingMessage(missing));

      expectOneRow(
        await tx.riskProfile.updateMany({
          where: { id: profile.id, version: parsedInput.version },
          data: { status: "submitted", submittedAt: new Date(), returnComment: null, version: { increment: 1 } },
        }),
      );
      const rule = await loadSignificanceRule(tx);
      const assessments = assessFactors(catalogue, values, rule);
      for (const a of assessments) {
        for (const [indicatorId, flagged] of Object.entries(a.flags)) {
          await tx.riskIndicatorValue.updateMany({ where: { profileId: profile.id, indicatorId }, data: { flagged } });
        }
        // A (re)submission starts the curator's review afresh from the rule's suggestion.
        const fields = { suggested: a.suggested, significance: a.suggested, overrideReason: null, programRequired: a.suggested === "high" };
        await tx.riskFactorAssessment.upsert({
          where: { profileId_factorId: { profileId: profile.id, factorId: a.factorId } },
          create: { profileId: profile.id, factorId: a.factorId, ...fields },
          update: { ...fields, version: { increment: 1 } },
        });
      }
      const codeOf = new Map(catalogue.map((f) => [f.id, f.code]));
      await audit({
        entityType: "RiskProfile",
        entityId: profile.id,
        before: { status: profile.status },
        after: { status: "submitted", suggested: Object.fromEntries(assessments.map((a) => [codeOf.get(a.factorId), a.suggested])) },
      });
      const link = pagePath(profile);
      await notify(
        tx,
        await curatorsOf(tx, profile.cycleSchoolId),
        {
          kind: "submitted",
          title: `${profile.cycleSchool.school.shortName} отправила рисковый профиль на проверку`,
          link,
          entityType: "RiskProfile",
          entityId: profile.id,
        },
        { exceptUserId: actor.userId },
      );
      return link;
    });
    revalidatePath(path.split("?")[0]!);
    return { ok: true };
  });

/** The curator changes a factor's significance (reason required when it differs from the rule) and marks the programme need. */
export const overrideSignificanceAction = actionClient
  .metadata({ name: "risk_profile.override", permission: "risk_profile:confirm" })
  .inputSchema(overrideSignificanceSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const meta = { name: "risk_profile.override", permission: "risk_profile:confirm" } as const;
    const path = await mutate(actor, meta, async (tx, audit) => {
      const assessment = await tx.riskFactorAssessment.findFirst({
        where: { id: parsedInput.assessmentId, profile: scope.riskProfile(actor, meta.permission) },
        select: { id: true, profileId: true, suggested: true, significance: true, overrideReason: true, programRequired: true, version: true, factor: { select: { code: true } } },
      });
      if (!assessment) throw outOfScope("RiskFactorAssessment", parsedInput.assessmentId);
      const profile = await loadProfile(tx, actor, meta.permission, assessment.profileId);
      if (profile.status !== "submitted") {
        throw new AppError("INVALID_TRANSITION", "Изменить значимость можно только в профиле, отправленном на проверку.");
      }
      const reason = parsedInput.overrideReason?.trim() || null;
      if (parsedInput.significance !== assessment.suggested && !reason) {
        returnValidationErrors(overrideSignificanceSchema, { overrideReason: { _errors: [OVERRIDE_REASON_REQUIRED] } });
      }
      const data = {
        significance: parsedInput.significance,
        overrideReason: parsedInput.significance === assessment.suggested ? null : reason,
        programRequired: isProgramRequired(parsedInput.significance, parsedInput.programRequired),
      };
      expectOneRow(
        await tx.riskFactorAssessment.updateMany({ where: { id: assessment.id, version: parsedInput.version }, data: { ...data, version: { increment: 1 } } }),
      );
      await audit({
        entityType: "RiskProfile",
        entityId: assessment.profileId,
        before: { factor: assessment.factor.code, significance: assessment.significance, overrideReason: assessment.overrideReason, programRequired: assessment.programRequired },
        after: { factor: assessment.factor.code, ...data },
        meta: { assessmentId: assessment.id, suggested: assessment.suggested },
      });
      return pagePath(profile);
    });
    revalidatePath(path.split("?")[0]!);
    return { ok: true };
  });

/** The curator confirms the profile; every «высокая» factor then requires an anti-risk programme. */
export const confirmRiskProfileAction = actionClient
  .metadata({ name: "risk_profile.confirm", permission: "risk_profile:confirm" })
  .inputSchema(profileStepSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const meta = { name: "risk_profile.confirm", permission: "risk_profile:confirm" } as const;
    const path = await mutate(actor, meta, async (tx, audit) => {
      const profile = await loadProfile(tx, actor, meta.permission, parsedInput.profileId);
      refuse(profile.status, "confirm");
      expectOneRow(
        await tx.riskProfile.updateMany({
          where: { id: profile.id, version: parsedInput.version },
          data: { status: "confirmed", confirmedAt: new Date(), confirmedById: actor.userId, returnComment: null, version: { increment: 1 } },
        }),
      );
      await tx.riskFactorAssessment.updateMany({ where: { profileId: profile.id, significance: "high", programRequired: false }, data: { programRequired: true } });
      await tx.riskFactorAssessment.updateMany({ where: { profileId: profile.id, significance: "low", programRequired: true }, data: { programRequired: false } });
      const assessments = await tx.riskFactorAssessment.findMany({
        where: { profileId: profile.id },
        select: { significance: true, programRequired: true, factor: { select: { code: true } } },
        orderBy: { factor: { code: "asc" } },
      });
      await audit({
        entityType: "RiskProfile",
        entityId: profile.id,
        before: { status: profile.status },
        after: {
          status: "confirmed",
          significance: Object.fromEntries(assessments.map((a) => [a.factor.code, a.significance])),
          programRequired: assessments.filter((a) => a.programRequired).map((a) => a.factor.code),
        },
      });
      const link = pagePath(profile);
      await notify(
        tx,
        await schoolAdminsOf(tx, profile.cycleSchool.schoolId),
        { kind: "confirmed", title: `Куратор подтвердил рисковый профиль ${profile.cycleSchool.school.shortName}`, link, entityType: "RiskProfile", entityId: profile.id },
        { exceptUserId: actor.userId },
      );
      return link;
    });
    revalidatePath(path.split("?")[0]!);
    return { ok: true };
  });

/** The curator returns the profile for revision with a required comment. */
export const returnRiskProfileAction = actionClient
  .metadata({ name: "risk_profile.return", permission: "risk_profile:confirm" })
  .inputSchema(returnRiskProfileSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const meta = { name: "risk_profile.return", permission: "risk_profile:confirm" } as const;
    const path = await mutate(actor, meta, async (tx, audit) => {
      const profile = await loadProfile(tx, actor, meta.permission, parsedInput.profileId);
      refuse(profile.status, "return");
      expectOneRow(
        await tx.riskProfile.updateMany({
          where: { id: profile.id, version: parsedInput.version },
          data: { status: "returned", returnComment: parsedInput.comment, version: { increment: 1 } },
        }),
      );
      await audit({
        entityType: "RiskProfile",
        entityId: profile.id,
        before: { status: profile.status, returnComment: profile.returnComment },
        after: { status: "returned", returnComment: parsedInput.comment },
      });
      const link = pagePath(profile);
      await notify(
        tx,
        await schoolAdminsOf(tx, profile.cycleSchool.schoolId),
        {
          kind: "returned",
          title: `Рисковый профиль ${profile.cycleSchool.school.shortName} возвращён на доработку`,
          body: parsedInput.comment,
          link,
          entityType: "RiskProfile",
          entityId: profile.id,
        },
        { exceptUserId: actor.userId },
      );
      return link;
    });
    revalidatePath(path.split("?")[0]!);
    return { ok: true };
  });
