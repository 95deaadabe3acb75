import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { isJsonResponse, statusesOf, type AnyEndpoint } from "@/lib/api/endpoint";
import { API_BASE_PATH, jsonSchemaOf, parametersOf, rolesWith, sampleOf, STATUS_DESCRIPTIONS, type JsonSchema } from "@/lib/api/openapi";
import { ROLE_LABELS } from "@/lib/i18n/labels";

/** A parameter's type and constraints in words: «строка, шаблон ^…$». */
function describeSchema(schema: JsonSchema): string {
  const parts: string[] = [];
  if (Array.isArray(schema.enum)) parts.push(`одно из: ${(schema.enum as unknown[]).join(", ")}`);
  else if (schema.type === "string") parts.push("строка");
  else if (schema.type === "integer") parts.push("целое число");
  else if (typeof schema.type === "string") parts.push(schema.type);
  if (typeof schema.pattern === "string") parts.push(`шаблон ${schema.pattern}`);
  return parts.join(", ");
}

export function EndpointDoc({ endpoint }: { endpoint: AnyEndpoint }) {
  const parameters = parametersOf(endpoint);
  const id = endpoint.name.replace(/\W+/g, "-");
  const example = isJsonResponse(endpoint.response) ? JSON.stringify(sampleOf(jsonSchemaOf(endpoint.response.schema, "output")), null, 2) : null;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h3 id={id} className="flex flex-wrap items-center gap-3 font-mono text-base">
        <Badge tone="info">{endpoint.method}</Badge>
        <span className="break-all">
          {API_BASE_PATH}
          {endpoint.path}
        </span>
      </h3>
      <p className="mt-2 font-medium text-slate-900">{endpoint.summary}</p>
      {endpoint.description ? <p className="mt-1 text-sm text-slate-700">{endpoint.description}</p> : null}
      <p className="mt-2 text-sm text-slate-700">
        {endpoint.permission === null ? (
          "Без токена."
        ) : (
          <>
            Право <code className="font-mono">{endpoint.permission}</code>: {rolesWith(endpoint.permission).map((r) => ROLE_LABELS[r].toLowerCase()).join(", ")}.
          </>
        )}
      </p>
      {parameters.length ? (
        <Table caption={`Параметры ${endpoint.method} ${endpoint.path}`} className="mt-3">
          <thead>
            <tr>
              <Th>Параметр</Th>
              <Th>Где</Th>
              <Th>Обязателен</Th>
              <Th>Описание</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {parameters.map((p) => (
              <tr key={`${p.in}-${p.name}`}>
                <Td className="font-mono">{p.name}</Td>
                <Td>{p.in === "path" ? "путь" : "запрос"}</Td>
                <Td>{p.required ? "да" : "нет"}</Td>
                <Td>{[p.description, describeSchema(p.schema)].filter(Boolean).join("; ")}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      <div className="mt-3 grid gap-4 lg:grid-cols-2">
        <div>
          <h4 className="text-sm font-medium text-slate-800">Ответ {endpoint.response.status ?? 200}: {endpoint.response.description}</h4>
          {example ? (
            <pre className="mt-1 max-h-96 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100">{example}</pre>
          ) : (
            <p className="mt-1 text-sm text-slate-700">Файл ({(endpoint.response as { contentType: string }).contentType}).</p>
          )}
        </div>
        <div>
          <h4 className="text-sm font-medium text-slate-800">Коды ответа</h4>
          <ul className="mt-1 space-y-1 text-sm text-slate-700">
            {statusesOf(endpoint).map((status) => (
              <li key={status}>
                <span className="font-mono font-medium">{status}</span> — {status < 300 ? endpoint.response.description : STATUS_DESCRIPTIONS[status]}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
