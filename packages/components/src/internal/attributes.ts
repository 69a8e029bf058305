import { splitNames } from '@peerkit/core';

/**
 * Forgiving attribute parsing: a bad value is reported once with
 * console.warn and the default is used, so the element still renders.
 */
export class AttributeReader {
  private readonly warned = new Set<string>();

  constructor(private readonly tag: string) {}

  private warn(name: string, value: string, expected: string, fallback: unknown): void {
    const key = `${name}=${value}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<${this.tag}> ${name}="${value}" is not valid (${expected}); using ${JSON.stringify(fallback)}.`);
  }

  number(
    name: string,
    value: string | null | undefined,
    fallback: number,
    { min = -Infinity, max = Infinity } = {},
  ): number {
    if (value == null || value.trim() === '') return fallback;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
      this.warn(name, value, `a number from ${min} to ${max}`, fallback);
      return fallback;
    }
    return parsed;
  }

  optionalNumber(name: string, value: string | null | undefined, { min = -Infinity, max = Infinity } = {}): number | undefined {
    if (value == null || value.trim() === '') return undefined;
    const parsed = this.number(name, value, Number.NaN, { min, max });
    return Number.isNaN(parsed) ? undefined : parsed;
  }

  numberList(name: string, value: string | null | undefined, fallback: number[], { min = -Infinity, max = Infinity } = {}): number[] {
    if (value == null || value.trim() === '') return fallback;
    const parts = value.split(/[\s,]+/).filter(Boolean).map(Number);
    if (parts.length === 0 || parts.some((n) => !Number.isFinite(n) || n < min || n > max)) {
      this.warn(name, value, `numbers from ${min} to ${max}, separated by commas`, fallback);
      return fallback;
    }
    return parts;
  }

  oneOf<T extends string>(name: string, value: string | null | undefined, allowed: readonly T[], fallback: T): T {
    if (value == null || value.trim() === '') return fallback;
    const normalised = value.trim().toLowerCase();
    if ((allowed as readonly string[]).includes(normalised)) return normalised as T;
    this.warn(name, value, `one of ${allowed.join(', ')}`, fallback);
    return fallback;
  }

  /** The colour scheme (the `theme` attribute, which the styles apply): a value they do not know is said once, and the system's is used. */
  theme(value: string | null): void {
    this.oneOf('theme', value, ['light', 'dark', 'auto'], 'auto');
  }

  /** Names separated by commas or new lines. */
  list(value: string | null | undefined): string[] {
    return splitNames(value ?? '');
  }

  /** Reports a combination of attributes that cannot both apply. */
  conflict(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`<${this.tag}> ${message}`);
  }
}

/** Reactive properties every stored, translated element has. */
export const storedElementProperties = {
  storageKey: { type: String, attribute: 'storage-key' },
  storeName: { type: String, attribute: 'store-name' },
  language: { type: String, attribute: 'lang' },
} as const;
