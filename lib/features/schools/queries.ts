import "server-only";
import { forbidden, notFound } from "next/navigation";
import { can, type Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";

/**
 * A school's card, only within the actor's scope: a school of another
 * municipality, or one paired with another curator, is a 404.
 */
export async function getSchoolCardOrNotFound(actor: Actor, code: string) {
  if (!can(actor, "school:read")) forbidden();
  const school = await getDb().school.findFirst({
    where: { AND: [scope.school(actor, "school:read"), { code }] },
    select: {
      code: true,
      name: true,
      shortName: true,
      kind: true,
      address: true,
      directorName: true,
      municipality: { select: { name: true } },
      contingents: { orderBy: { year: "asc" } },
      cycleSchools: {
        where: scope.cycleSchool(actor, "school:read"),
        orderBy: { cycle: { year: "desc" } },
        select: {
          id: true,
          categories: true,
          cycle: { select: { year: true, title: true, status: true } },
          pairings: {
            where: { active: true },
            select: { pairedOn: true, agreementNumber: true, agreementDate: true, curator: { select: { name: true, position: true } } },
          },
          riskProfile: { select: { status: true } },
        },
      },
    },
  });
  if (!school) notFound();
  return school;
}
