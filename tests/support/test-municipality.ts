/**
 * A municipality of its own for cycle tests: a coordinator, two
 * curators, a school admin and four schools, so that opening cycles and
 * pairing curators never touches the demo municipality other tests read.
 */
import { getDb } from "@/lib/db/client";
import { createTestUser, uniqueSuffix } from "./db";

export async function createTestMunicipality() {
  const db = getDb();
  const suffix = uniqueSuffix();
  const municipality = await db.municipality.create({
    data: { code: `test-${suffix}`, name: `г. Проверочный ${suffix}`, region: "Краснодарский край", centerName: "Центр (тест)" },
  });
  const schools = [];
  for (let i = 1; i <= 4; i++) {
    schools.push(
      await db.school.create({
        data: { municipalityId: municipality.id, code: `h1${suffix}${i}`, name: `Школа № ${i} (${suffix})`, shortName: `СОШ № ${i} (${suffix})`, kind: "sosh" },
      }),
    );
  }
  const withRole = async (role: "coordinator" | "curator" | "school_admin", schoolId?: string) => {
    const user = await createTestUser();
    await db.roleAssignment.create({ data: { userId: user.id, role, municipalityId: municipality.id, schoolId: schoolId ?? null } });
    return user;
  };
  const coordinator = await withRole("coordinator");
  const curator = await withRole("curator");
  const curator2 = await withRole("curator");
  const schoolAdmin = await withRole("school_admin", schools[0].id);
  return { municipality, schools, coordinator, curator, curator2, schoolAdmin };
}

export type TestMunicipality = Awaited<ReturnType<typeof createTestMunicipality>>;
