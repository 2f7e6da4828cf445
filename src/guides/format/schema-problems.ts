import { z } from 'zod';
import { closestWord } from '../../lib/edit-distance.ts';
import type { Problem } from '../validation/guide-problem.ts';
import { guideFileSchemas } from './guide-schemas.ts';
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

function describe(issue: Issue, value: unknown): { message: string; fix?: string } {
  const field = where(issue.path);
  const found = valueAt(value, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined)
        return { message: `${code(field)} is missing`, fix: `add \`${String(field)}:\`` };
      return {
        message: `${code(field ?? 'this')} should be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not ${code(found)}`,
      };
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
            message: `${code(field)} needs at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}`,
          }
        : { message: `${code(field)} is empty`, fix: 'write the text' };
    default:
      return { message: `${code(field ?? 'this')}: ${issue.message}` };
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
  const result = schema.safeParse(source.value ?? undefined);
  if (result.success) return { value: result.data, problems: [] };
  return { problems: schemaProblems(result.error.issues, source) };
}
