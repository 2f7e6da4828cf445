import { z } from 'zod';
import { closestWord } from '../../lib/edit-distance.ts';
import type { Problem } from '../validation/guide-problem.ts';
import { guideFileSchemas } from './guide-schemas.ts';
import { todo } from './guide-source.ts';
import type { YamlSource } from './yaml-source.ts';

/**
 * A file's YAML checked against its schema, every problem said as its author would fix it: where
 * it is (line and column), what is wrong, and the likely fix ("unknown field `titel` — did you
 * mean `title`?").
 */

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** Every field name any schema knows, for "did you mean". */
let knownFields: Set<string> | undefined;
function fieldNames(): Set<string> {
  if (knownFields) return knownFields;
  knownFields = new Set();
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const properties = (node as { properties?: Record<string, unknown> }).properties;
    if (properties) Object.keys(properties).forEach((k) => knownFields!.add(k));
    Object.values(node).forEach(walk);
  };
  Object.values(guideFileSchemas).forEach((schema) => walk(z.toJSONSchema(schema)));
  return knownFields;
}

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

/** How a message names the value at `path`: its field, or the item of a list. */
function where(path: Path): string | undefined {
  const last = path.at(-1);
  if (typeof last === 'number') {
    const list = path.filter((p) => typeof p === 'string').at(-1);
    return `item ${last + 1}${list ? ` of ${list}` : ''}`;
  }
  return typeof last === 'string' ? last : undefined;
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    value,
  );
}

function describe(issue: Issue, source: YamlSource): { message: string; fix?: string } {
  const field = where(issue.path);
  const name = field?.startsWith('item ') ? field : `\`${field ?? 'this'}\``;
  const found = valueAt(source.value, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (found === undefined) return { message: `${name} is missing`, fix: `add \`${field}:\`` };
      const raw = source.raw(issue.path);
      const expected =
        issue.expected === 'array'
          ? 'a list'
          : issue.expected === 'string'
            ? 'text'
            : `a ${issue.expected}`;
      const what =
        found !== null && typeof found === 'object' ? 'that' : `the ${typeof found} ${code(found)}`;
      return {
        message: `${name} should be ${expected}, not ${what}`,
        ...(issue.expected === 'string' && raw !== undefined && what !== 'that'
          ? { fix: `YAML reads ${raw} as a ${typeof found}: write it in quotes, '${raw}'` }
          : {}),
      };
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const near = typeof found === 'string' ? closestWord(found, options) : undefined;
      return {
        message: `${code(found)} is not a ${String(field)}: use one of ${options.join(', ')}`,
        fix: near ? `did you mean \`${near}\`?` : undefined,
      };
    }
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        const options = (issue as { options?: unknown[] }).options?.map(String) ?? [];
        const near = typeof found === 'string' ? closestWord(found, options) : undefined;
        return {
          message: `${code(found)} is not a question type: use one of ${options.join(', ')}`,
          fix: near ? `did you mean \`${near}\`?` : undefined,
        };
      }
      return { message: `${name} is not in a shape it can take` };
    }
    case 'invalid_format':
      return {
        message: `${code(found)} is not ${issue.message.startsWith('Invalid') ? `a valid ${issue.format}` : issue.message}`,
      };
    case 'too_small':
      return issue.origin === 'array'
        ? {
            message: `${name} needs at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}`,
          }
        : { message: `${name} is empty`, fix: 'write the text' };
    default:
      return { message: `${name}: ${issue.message}` };
  }
}

/** The issues of the union's branch that fits best, under the union's path. */
function bestBranch(issue: Issue & { errors: Issue[][] }): Issue[] {
  const branches = issue.errors.filter((b) => b.length > 0);
  const best = branches.sort((a, b) => a.length - b.length)[0] ?? [];
  return best.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue);
}

export function schemaProblems(
  issues: readonly Issue[],
  source: YamlSource,
  base: Path = [],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && !('discriminator' in issue && issue.discriminator)) {
      const inner = bestBranch(issue as Issue & { errors: Issue[][] });
      if (inner.length > 0) {
        problems.push(...schemaProblems(inner, source, base));
        continue;
      }
    }
    const path = [...base, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const near = closestWord(key, fieldNames());
        problems.push({
          file: source.file,
          ...source.keyAt(path, key),
          message: `unknown field \`${key}\``,
          fix: near ? `did you mean \`${near}\`?` : 'remove it',
        });
      }
      continue;
    }
    problems.push({
      file: source.file,
      ...source.at(path),
      ...describe({ ...issue, path } as Issue, source),
    });
  }
  return problems;
}

/** A YAML source's value checked against a schema: the value, or the problems. */
export function parseWith<T>(
  schema: z.ZodType<T>,
  source: YamlSource,
): { value?: T; problems: Problem[] } {
  if (source.errors.length > 0) {
    return {
      problems: source.errors.map((e) => ({
        file: source.file,
        ...e.at,
        message: `the YAML cannot be read: ${e.message}`,
      })),
    };
  }
  // What `npm run new-guide` left for the author: said as such, not as values of the wrong shape.
  const todos = source.valuesStartingWith(todo).map(({ path, value, at }) => ({
    file: source.file,
    ...at,
    message: `left to do: ${String(path.filter((p) => typeof p === 'string').at(-1) ?? 'this')}: ${value}`,
  }));
  const result = schema.safeParse(source.value ?? undefined);
  if (result.success) return { value: result.data, problems: todos };
  const atTodo = (p: Problem) => todos.some((t) => t.line === p.line && t.column === p.column);
  return {
    problems: [...todos, ...schemaProblems(result.error.issues, source).filter((p) => !atTodo(p))],
  };
}
