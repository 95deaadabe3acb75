"use client";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import type { DocumentPageData, EditorTask } from "@/lib/features/documents/queries";
import { HeaderForm } from "./header-form";
import { SubmitPanel } from "./submit-panel";
import { AddTaskForm, TaskBlock } from "./task-block";
import { DocumentVersionProvider } from "./version-context";

const ruDay = (iso: string) => iso.split("-").reverse().join(".");

/** The school's editor for a draft or returned document: saved block by block, then submitted. */
export function DocumentEditor({
  document,
  tasks,
  problems,
  bounds,
}: {
  document: DocumentPageData["document"];
  tasks: EditorTask[];
  problems: string[];
  bounds: { from: string; to: string };
}) {
  const concept = document.kind === "concept";
  return (
    <DocumentVersionProvider initial={document.version}>
      <div className="space-y-6">
        <Card aria-labelledby="editor-general">
          <CardTitle id="editor-general">Общие сведения</CardTitle>
          <HeaderForm documentId={document.id} kind={document.kind} values={document} />
        </Card>
        {!concept ? (
          <section aria-labelledby="editor-tasks" className="space-y-4">
            <h2 id="editor-tasks" className="text-lg font-semibold">
              Задачи и мероприятия
            </h2>
            <p className="text-sm text-slate-600">
              Сроки мероприятий — в пределах цикла: {ruDay(bounds.from)}–{ruDay(bounds.to)}. Числа можно вводить с запятой: 66,5.
            </p>
            {tasks.map((task, i) => (
              <TaskBlock key={task.id} documentId={document.id} task={task} index={i} count={tasks.length} bounds={bounds} />
            ))}
            <AddTaskForm documentId={document.id} />
          </section>
        ) : null}
        <Card aria-labelledby="editor-submit">
          <CardTitle id="editor-submit">Отправка на экспертизу</CardTitle>
          {problems.length > 0 ? (
            <Alert tone="info" className="mb-3">
              Перед отправкой осталось заполнить: {problems.length}. Полный список покажет проверка при отправке.
            </Alert>
          ) : null}
          <SubmitPanel documentId={document.id} />
        </Card>
      </div>
    </DocumentVersionProvider>
  );
}
