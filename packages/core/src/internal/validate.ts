/**
 * Small helpers for the `parse*` functions: each check records a precise,
 * human-readable error with the path of the bad value, and returns the value
 * (or undefined) so a parser can collect every problem in one pass.
 */

/** Bounds on outside data, so a file cannot fill the device or freeze the page. */
export const LIMITS: { readonly text: number; readonly name: number; readonly listItems: number } = {
  /** Any one text: a rule, an answer, a resource's description. */
  text: 20_000,
  /** A person's name or initials, as typed for a group. */
  name: 200,
  /** Items in any one list (members, responses, resources). */
  listItems: 100_000,
};

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Characters that print nothing and may hide what a text says (NUL, escape…); tab and line breaks are text. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export class Checker {
  readonly errors: string[] = [];

  fail(path: string, message: string): undefined {
    this.errors.push(`${path}: ${message}`);
    return undefined;
  }

  object(value: unknown, path: string): Record<string, unknown> | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
    return this.fail(path, `expected an object, got ${describe(value)}`);
  }

  array(value: unknown, path: string, { max = LIMITS.listItems } = {}): unknown[] | undefined {
    if (!Array.isArray(value)) return this.fail(path, `expected a list, got ${describe(value)}`);
    if (value.length > max) return this.fail(path, `has ${value.length.toLocaleString('en')} items; at most ${max.toLocaleString('en')} are allowed`);
    return value as unknown[];
  }

  string(value: unknown, path: string, { nonEmpty = false, max = LIMITS.text } = {}): string | undefined {
    if (typeof value !== 'string') return this.fail(path, `expected text, got ${describe(value)}`);
    if (nonEmpty && value.trim() === '') return this.fail(path, 'must not be empty');
    if (value.length > max) return this.fail(path, `is ${value.length.toLocaleString('en')} characters long; at most ${max.toLocaleString('en')} are allowed`);
    const control = CONTROL.exec(value);
    if (control) return this.fail(path, `contains a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}), which no one can see; remove it and try again`);
    return value;
  }

  number(
    value: unknown,
    path: string,
    { min = -Infinity, max = Infinity, integer = false } = {},
  ): number | undefined {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return this.fail(path, `expected a number, got ${describe(value)}`);
    }
    if (integer && !Number.isInteger(value)) return this.fail(path, `expected a whole number, got ${value}`);
    if (value < min) return this.fail(path, `must be at least ${min}, got ${value}`);
    if (value > max) return this.fail(path, `must be at most ${max}, got ${value}`);
    return value;
  }

  boolean(value: unknown, path: string): boolean | undefined {
    if (typeof value === 'boolean') return value;
    return this.fail(path, `expected true or false, got ${describe(value)}`);
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    return this.fail(path, `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describe(value)}`);
  }

  nullable<T>(value: unknown, check: (value: unknown) => T | undefined): T | null | undefined {
    return value === null ? null : check(value);
  }

  result<T>(build: () => T): ParseResult<T> {
    return this.errors.length > 0 ? { ok: false, errors: [...this.errors] } : { ok: true, value: build() };
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}

/** An error carrying every problem found in outside data. */
export class ValidationError extends Error {
  constructor(
    readonly what: string,
    readonly problems: readonly string[],
  ) {
    super(`${what} is not valid:\n- ${problems.join('\n- ')}`);
    this.name = 'ValidationError';
  }
}
