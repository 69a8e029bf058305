// The design system's palette as app/app.css writes it, and WCAG contrast: one copy, for the
// design and theming tests and for Storybook's Design tokens page.

/** Every custom property app.css sets on :root in one scheme (names without their leading --). */
export function readPalette(css: string, scheme: 'light' | 'dark'): Record<string, string> {
  const read = (pattern: RegExp) => Object.fromEntries([...(css.match(pattern)?.[1] ?? '').matchAll(/--([\w-]+):\s*([^;]+);/g)].map(([, name = '', value = '']) => [name, value.trim()]));
  const light = read(/:root \{([^}]*)\}/);
  return scheme === 'dark' ? { ...light, ...read(/@media \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}/) } : light;
}

/** Relative luminance of an sRGB colour given as 0–255 channels. */
export function luminance([r = 0, g = 0, b = 0]: readonly number[]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a = '#000000', b = '#000000'): number {
  const channels = (hex: string) => [16, 8, 0].map((shift) => (parseInt(hex.slice(1), 16) >> shift) & 255);
  const [hi = 0, lo = 0] = [luminance(channels(a)), luminance(channels(b))].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
