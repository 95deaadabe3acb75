import { Card, CardTitle } from "@/components/ui/card";
import { Detail, Details } from "@/components/ui/details";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { HEADER_FIELD_LABELS, MEASURE_FIELD_LABELS } from "@/lib/domain/documents/fields";
import type { DocumentSnapshot } from "@/lib/domain/documents/snapshot";

const ruDay = (iso: string | null) => (iso ? iso.split("-").reverse().join(".") : "—");
const num = (n: number | null) => (n === null ? "—" : String(n).replace(".", ","));
const Multiline = ({ text }: { text: string | null }) => (text ? <span className="whitespace-pre-line">{text}</span> : null);

/** A document read-only: for the curator, the coordinator, and any non-editable status. Printable. */
export function DocumentView({ snapshot }: { snapshot: DocumentSnapshot }) {
  const concept = snapshot.kind === "concept";
  return (
    <div className="space-y-6 print:space-y-4">
      <Card aria-labelledby="doc-general" className="print:border-0 print:p-0 print:shadow-none">
        <CardTitle id="doc-general">Общие сведения</CardTitle>
        <Details className="sm:grid-cols-1">
          <Detail label="Период реализации">{snapshot.periodFrom ? `${snapshot.periodFrom}–${snapshot.periodTo ?? snapshot.periodFrom}` : "—"}</Detail>
          {concept ? <Detail label={HEADER_FIELD_LABELS.mission}><Multiline text={snapshot.mission} /></Detail> : null}
          <Detail label={concept ? "Стратегическая цель" : HEADER_FIELD_LABELS.goal}><Multiline text={snapshot.goal ?? "—"} /></Detail>
          {concept ? <Detail label={HEADER_FIELD_LABELS.desiredState}><Multiline text={snapshot.desiredState} /></Detail> : null}
          {concept || (snapshot.kind === "anti_risk_program" && snapshot.analysis) ? <Detail label={HEADER_FIELD_LABELS.analysis}><Multiline text={snapshot.analysis} /></Detail> : null}
        </Details>
      </Card>
      {!concept && snapshot.tasks.length === 0 ? <EmptyState title="Задачи ещё не добавлены" /> : null}
      {snapshot.tasks.map((task, i) => (
        <section key={task.id ?? i} aria-labelledby={`view-task-${i}`} className="space-y-2 print:break-inside-avoid-page">
          <h2 id={`view-task-${i}`} className="text-lg font-semibold">
            Задача {i + 1}. {task.title}
          </h2>
          {task.cause ? <p className="text-sm text-slate-600">Причина риска: {task.cause}</p> : null}
          {task.measures.length === 0 ? (
            <p className="text-sm text-amber-800">Мероприятия не указаны.</p>
          ) : (
            <Table caption={`Мероприятия задачи ${i + 1}`}>
              <thead>
                <tr>
                  <Th>№</Th>
                  <Th>{MEASURE_FIELD_LABELS.title}</Th>
                  <Th>{MEASURE_FIELD_LABELS.deadline}</Th>
                  <Th>{MEASURE_FIELD_LABELS.responsible}</Th>
                  <Th>{MEASURE_FIELD_LABELS.participants}</Th>
                  <Th>{MEASURE_FIELD_LABELS.expectedResult}</Th>
                  <Th>Показатель: база → цель</Th>
                  <Th>{MEASURE_FIELD_LABELS.reportForm}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {task.measures.map((m, j) => (
                  <tr key={m.id ?? j}>
                    <Td>
                      {i + 1}.{j + 1}
                    </Td>
                    <Td>{m.title}</Td>
                    <Td className="whitespace-nowrap">{ruDay(m.deadline)}</Td>
                    <Td>{m.responsible ?? "—"}</Td>
                    <Td>{m.participants ?? "—"}</Td>
                    <Td>{m.expectedResult ?? "—"}</Td>
                    <Td>
                      {m.indicatorName ?? "—"}
                      <div className="text-slate-600">
                        {num(m.baseline)} → {num(m.target)} {m.indicatorUnit ?? ""}
                      </div>
                    </Td>
                    <Td>{m.reportForm ?? "—"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </section>
      ))}
    </div>
  );
}
