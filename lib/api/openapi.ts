/**
 * The OpenAPI 3.1 document of the REST API, generated from the endpoint
 * registry's zod schemas with zod 4's own `z.toJSONSchema()` (JSON Schema
 * 2020-12 is OpenAPI 3.1's schema dialect), and an example value of a schema
 * for /api/docs. Pure: no I/O.
 */
import { z } from "zod";
import { ROLE_PERMISSIONS, ROLES, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/generated/enums";
import { isJsonResponse, paramSuffixes, statusesOf, type AnyEndpoint, type FileResponse } from "./endpoint";
import { errorSchema } from "./v1/schemas";

export type JsonSchema = { [key: string]: unknown };

export const API_BASE_PATH = "/api/v1";

/** A zod schema as JSON Schema, without the `$schema` keyword (the document's dialect applies). */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  return rest;
}

export const STATUS_DESCRIPTIONS: Record<number, string> = {
  200: "Успешно",
  201: "Создано",
  401: "Нет токена, токен неверен, отозван или истёк, либо учётная запись отключена",
  403: "У ролей владельца токена нет нужного права",
  404: "Запись не найдена или вне области доступа владельца токена",
  409: "Конфликт: данные изменены или шаг недоступен",
  413: "Слишком большой запрос",
  422: "Неверные параметры: сообщения по полям в error.details",
  429: "Превышен лимит запросов токена; повторите через Retry-After секунд",
  500: "Внутренняя ошибка; код запроса в сообщении и в X-Request-Id",
};

/** Roles whose permission table holds `permission`. */
export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((role) => (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(permission));
}

export type Parameter = { name: string; in: "path" | "query"; required: boolean; description?: string; schema: JsonSchema };

export function parametersOf(endpoint: AnyEndpoint): Parameter[] {
  const out: Parameter[] = [];
  const suffixes = paramSuffixes(endpoint.path);
  for (const [where, schema] of [["path", endpoint.params], ["query", endpoint.query]] as const) {
    if (!schema) continue;
    const json = jsonSchemaOf(schema, "input");
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries((json.properties as Record<string, JsonSchema> | undefined) ?? {})) {
      const { description, ...propertySchema } = property;
      const suffix = where === "path" ? suffixes[name] : undefined;
      out.push({
        name,
        in: where,
        required: where === "path" || required.has(name),
        ...(description || suffix ? { description: [description, suffix ? `в пути с окончанием «${suffix}»` : null].filter(Boolean).join("; ") } : {}),
        schema: propertySchema,
      });
    }
  }
  return out;
}

function fileResponse(response: FileResponse) {
  return { description: response.description, content: { [response.contentType]: { schema: { type: "string", contentMediaType: response.contentType } } } };
}

function operationOf(endpoint: AnyEndpoint) {
  const responses: Record<string, unknown> = {};
  for (const status of statusesOf(endpoint)) {
    const description = STATUS_DESCRIPTIONS[status] ?? "Ответ";
    if (status < 300) {
      const response = endpoint.response;
      responses[status] = isJsonResponse(response)
        ? { description: response.description, content: { "application/json": { schema: jsonSchemaOf(response.schema, "output") } } }
        : fileResponse(response as FileResponse);
      continue;
    }
    const error = { $ref: "#/components/schemas/Error" };
    const rejected = endpoint.rejected?.status === status ? endpoint.rejected : null;
    responses[status] = {
      description: rejected ? `${rejected.description}; или: ${description}` : description,
      ...(status === 429 ? { headers: { "Retry-After": { description: "Секунд до конца окна", schema: { type: "integer" } } } } : {}),
      content: { "application/json": { schema: rejected ? { oneOf: [jsonSchemaOf(rejected.schema, "output"), error] } : error } },
    };
  }
  const parameters = parametersOf(endpoint);
  return {
    operationId: endpoint.name,
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    tags: [endpoint.tag],
    ...(endpoint.permission === null ? { security: [] } : { "x-permission": endpoint.permission, "x-roles": rolesWith(endpoint.permission) }),
    ...(parameters.length ? { parameters } : {}),
    ...(endpoint.body
      ? { requestBody: { required: true, content: { [endpoint.body.contentType]: { schema: jsonSchemaOf(endpoint.body.schema, "input") } } } }
      : {}),
    responses,
  };
}

export function buildOpenApiDocument(endpoints: readonly AnyEndpoint[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of endpoints) {
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operationOf(endpoint);
  }
  return {
    openapi: "3.1.0" as const,
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Опора — REST API",
      version: "1.0.0",
      description:
        "JSON по HTTPS. Авторизация — персональный токен доступа (Authorization: Bearer <токен>), который создаётся в профиле или командой npm run token:create. Токен действует с ролями и областью доступа своего владельца. Ошибки: {\"error\":{\"code\",\"message\",\"details\"}}.",
    },
    servers: [{ url: API_BASE_PATH }],
    security: [{ bearerAuth: [] }],
    tags: [...new Set(endpoints.map((e) => e.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "opora_<43 символа base64url>" } },
      schemas: { Error: jsonSchemaOf(errorSchema, "output") },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

/** A representative value of a JSON Schema, for the examples on /api/docs. */
export function sampleOf(schema: JsonSchema | undefined, depth = 0): unknown {
  if (!schema || depth > 8) return null;
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = schema[key] as JsonSchema[] | undefined;
    if (options?.length) return sampleOf(options.find((o) => o.type !== "null") ?? options[0], depth + 1);
  }
  const type = Array.isArray(schema.type) ? (schema.type as string[]).find((t) => t !== "null") : (schema.type as string | undefined);
  switch (type) {
    case "object": {
      const properties = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
      return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, sampleOf(v, depth + 1)]));
    }
    case "array":
      return [sampleOf(schema.items as JsonSchema | undefined, depth + 1)];
    case "integer":
    case "number":
      return 0;
    case "boolean":
      return true;
    case "string":
      return "…";
    case "null":
      return null;
    default:
      return null;
  }
}
