/**
 * Every zod schema the server actions and the REST API parse with (the
 * feature schema modules and the /api/v1 endpoints' params and query) gets
 * hostile input: parsing never throws anything but a ZodError, and every
 * message is Russian. A source check makes sure each action's
 * `.inputSchema(x)` is among the fuzzed schemas, so a new action cannot
 * slip past.
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import "@/lib/validation";
import { FUZZ_RUNS, hostileString, hostileValue } from "./hostile";

const schemaModules = import.meta.glob(["../../../lib/features/**/*schemas.ts", "../../../lib/api/v1/schemas.ts"], { eager: true }) as Record<string, Record<string, unknown>>;
const endpointModules = import.meta.glob("../../../lib/api/v1/endpoints/*.ts", { eager: true }) as Record<string, Record<string, unknown>>;

type Named = { name: string; schema: z.ZodType };
const schemas: Named[] = [];
for (const [file, exports] of Object.entries(schemaModules)) {
  for (const [name, value] of Object.entries(exports)) {
    if (value instanceof z.ZodType) schemas.push({ name: `${path.basename(path.dirname(file))}/${name}`, schema: value });
  }
}
for (const [file, exports] of Object.entries(endpointModules)) {
  for (const [name, value] of Object.entries(exports)) {
    const endpoint = value as { params?: unknown; query?: unknown; body?: unknown } | null;
    if (!endpoint || typeof endpoint !== "object") continue;
    for (const part of ["params", "query", "body"] as const) {
      if (endpoint[part] instanceof z.ZodType) schemas.push({ name: `${path.basename(file, ".ts")}/${name}.${part}`, schema: endpoint[part] as z.ZodType });
    }
  }
}

/** An object shaped like the schema expects (its own keys), each value hostile. */
function shaped(schema: z.ZodType): fc.Arbitrary<unknown> {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  if (!shape || typeof shape !== "object") return hostileValue;
  const keys = Object.keys(shape);
  return fc.record(Object.fromEntries(keys.map((k) => [k, fc.oneof(hostileString, hostileValue, fc.array(hostileString, { maxLength: 3 }))])), { requiredKeys: [] });
}

const CYRILLIC = /[А-Яа-яЁё]/;

function check(schema: z.ZodType, input: unknown) {
  let result: ReturnType<z.ZodType["safeParse"]>;
  try {
    result = schema.safeParse(input);
  } catch (error) {
    throw new Error(`safeParse threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
  if (result.success) return;
  expect(result.error).toBeInstanceOf(z.ZodError);
  for (const issue of result.error.issues) {
    if (!CYRILLIC.test(issue.message)) throw new Error(`not a Russian message at ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  // parse (the throwing form) throws the ZodError itself.
  expect(() => schema.parse(input)).toThrow(z.ZodError);
}

describe("fuzzing every action and API schema", () => {
  it("finds the schemas (feature modules and API endpoints)", () => {
    expect(schemas.length).toBeGreaterThan(60);
    expect(schemas.some((s) => s.name.endsWith(".query"))).toBe(true);
  });

  it("every action's inputSchema is one of the fuzzed schemas", () => {
    const exported = new Set(schemas.map((s) => s.name.split("/").pop()!));
    const root = path.resolve(__dirname, "../../../lib/features");
    const missing: string[] = [];
    for (const dir of fs.readdirSync(root)) {
      for (const file of fs.readdirSync(path.join(root, dir)).filter((f) => /actions\.ts$/.test(f))) {
        const source = fs.readFileSync(path.join(root, dir, file), "utf8");
        for (const match of source.matchAll(/\.inputSchema\(\s*([A-Za-z0-9_]+)/g)) {
          if (!exported.has(match[1])) missing.push(`${dir}/${file}: ${match[1]}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  for (const { name, schema } of schemas) {
    it(`${name}: hostile input → a ZodError with Russian messages, never another exception`, () => {
      fc.assert(
        fc.property(fc.oneof(shaped(schema), hostileValue), (input) => check(schema, input)),
        { numRuns: FUZZ_RUNS },
      );
      // Strings of up to 20 000 characters on a busy 2-core machine: more than the default 5 s.
    }, 30_000);
  }
});
