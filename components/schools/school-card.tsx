import { ContingentSource } from "@/components/results/contingent-figure";
import { SchoolCategories } from "@/components/school-categories";
import { Card, CardTitle } from "@/components/ui/card";
import { Detail, Details } from "@/components/ui/details";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import type { getSchoolCardOrNotFound } from "@/lib/features/schools/queries";
import { formatDate } from "@/lib/i18n/dates";
import { CYCLE_STATUS_LABELS, RISK_PROFILE_STATUS_LABELS, SCHOOL_KIND_LABELS } from "@/lib/i18n/labels";
import { formatNumber, formatPercent } from "@/lib/i18n/plural";

type School = Awaited<ReturnType<typeof getSchoolCardOrNotFound>>;

function share(part: number, total: number) {
  return total > 0 ? formatPercent(Math.round((part / total) * 1000) / 10) : "—";
}

export function SchoolCard({ school, canImport = false }: { school: School; canImport?: boolean }) {
  return (
    <div className="space-y-6">
      <PageHeader title={school.shortName} description={school.name} />
      <Card aria-labelledby="school-info">
        <CardTitle id="school-info">Сведения об организации</CardTitle>
        <Details className="lg:grid-cols-3">
          <Detail label="Код ОО" mono>
            {school.code}
          </Detail>
          <Detail label="Вид">{SCHOOL_KIND_LABELS[school.kind]}</Detail>
          <Detail label="Муниципалитет">{school.municipality.name}</Detail>
          <Detail label="Адрес">{school.address}</Detail>
          <Detail label="Директор">{school.directorName}</Detail>
        </Details>
      </Card>

      <Card aria-labelledby="school-cycles">
        <CardTitle id="school-cycles">Участие в циклах дорожной карты</CardTitle>
        {school.cycleSchools.length === 0 ? (
          <EmptyState title="Школа не входила в списки циклов" />
        ) : (
          <Table caption="Категории школы и кураторы по циклам">
            <thead>
              <tr>
                <Th>Год</Th>
                <Th>Этап цикла</Th>
                <Th>Категории</Th>
                <Th>Куратор</Th>
                <Th>Рисковый профиль</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {school.cycleSchools.map((cs) => {
                const pairing = cs.pairings[0];
                return (
                  <tr key={cs.id}>
                    <Td>{cs.cycle.year}</Td>
                    <Td>{CYCLE_STATUS_LABELS[cs.cycle.status]}</Td>
                    <Td>
                      <SchoolCategories categories={cs.categories} />
                    </Td>
                    <Td>
                      {pairing ? (
                        <>
                          <div>{pairing.curator.name}</div>
                          <div className="text-xs text-slate-500">
                            закреплён {formatDate(pairing.pairedOn)}
                            {pairing.agreementNumber ? `, сетевой договор № ${pairing.agreementNumber} от ${formatDate(pairing.agreementDate)}` : ""}
                          </div>
                        </>
                      ) : (
                        "Не назначен"
                      )}
                    </Td>
                    <Td>{cs.riskProfile ? RISK_PROFILE_STATUS_LABELS[cs.riskProfile.status] : "Не начат"}</Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </Card>

      <Card aria-labelledby="school-contingent">
        <CardTitle id="school-contingent">Контингент</CardTitle>
        {school.contingents.length === 0 ? (
          <EmptyState title="Сведения о контингенте не внесены">
            <ContingentSource canImport={canImport} />
          </EmptyState>
        ) : (
          <Table caption="Контингент по учебным годам">
            <thead>
              <tr>
                <Th>Учебный год</Th>
                <Th className="text-right">Обучающихся</Th>
                <Th className="text-right">С ОВЗ</Th>
                <Th className="text-right">Из малообеспеченных семей</Th>
                <Th className="text-right">Из неполных семей</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {school.contingents.map((c) => (
                <tr key={c.id}>
                  <Td>
                    {c.year}/{c.year + 1}
                  </Td>
                  <Td className="text-right">{formatNumber(c.students)}</Td>
                  <Td className="text-right">
                    {formatNumber(c.ovzStudents)} ({share(c.ovzStudents, c.students)})
                  </Td>
                  <Td className="text-right">
                    {formatNumber(c.lowIncomeStudents)} ({share(c.lowIncomeStudents, c.students)})
                  </Td>
                  <Td className="text-right">
                    {formatNumber(c.singleParentStudents)} ({share(c.singleParentStudents, c.students)})
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
