// The design system's page: every swatch of the palette, light and dark, with its contrast
// on the surfaces it is used on; the type scale; the spacing scale.
// Values are read from app/app.css (the app's pages), which a test holds equal to the elements'.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import appCss from '../app/app.css?raw';
import { contrast, readPalette } from '../test/palette.js';

const root = readPalette(appCss, 'light');
const dark = readPalette(appCss, 'dark');

const COLOURS: [name: string, use: string, needs: number][] = [
  ['text', 'Body text, headings', 4.5],
  ['muted', 'Hints, secondary lines', 4.5],
  ['accent', 'Links, primary buttons, focus', 4.5],
  ['warning', 'Almost time', 4.5],
  ['error', 'Errors, danger, over time, crisis', 4.5],
  ['border', 'Control edges (3:1 for controls)', 3],
];

function palette(name: string, values: Record<string, string>) {
  const surfaces = ['app-bg', 'app-surface', 'app-raised'];
  return html`
    <section style="background: ${values['app-bg']}; color: ${values['app-text']}; padding: 1.5rem; border-radius: 0.875rem">
      <h2 style="margin-top: 0">${name}</h2>
      <p>Surfaces: ${surfaces.map((s) => html`<span style="display: inline-block; background: ${values[s]}; border: 1px solid ${values['app-line']}; padding: 0.25rem 0.75rem; margin-inline-end: 0.5rem">${s.slice(4)} ${values[s]}</span>`)}</p>
      <table style="border-collapse: collapse">
        <thead><tr><th scope="col" style="text-align: start; padding: 0.25rem 1rem 0.25rem 0">Token</th><th scope="col" style="text-align: start">Value</th><th scope="col" style="text-align: start">Used for</th>${surfaces.map((s) => html`<th scope="col" style="padding: 0.25rem 0.75rem">on ${s.slice(4)}</th>`)}</tr></thead>
        <tbody>
          ${COLOURS.map(([token, use, needs]) => {
            const value = values[`app-${token}`] ?? '';
            return html`<tr>
              <th scope="row" style="text-align: start; padding: 0.25rem 1rem 0.25rem 0"><span style="display: inline-block; width: 1.5rem; height: 1.5rem; background: ${value}; border-radius: 0.25rem; vertical-align: middle"></span> --app-${token}</th>
              <td style="padding-inline-end: 1rem"><code>${value}</code></td>
              <td style="padding-inline-end: 1rem">${use}</td>
              ${surfaces.map((s) => {
                const ratio = contrast(value, values[s]);
                return html`<td style="background: ${values[s]}; color: ${token === 'border' ? values['app-text'] : value}; padding: 0.25rem 0.75rem; font-variant-numeric: tabular-nums">${ratio.toFixed(2)}:1 ${ratio >= needs ? '✓' : `✕ under ${needs}:1`}</td>`;
              })}
            </tr>`;
          })}
          <tr>
            <th scope="row" style="text-align: start; padding: 0.25rem 1rem 0.25rem 0">--app-on-accent</th>
            <td><code>${values['app-on-accent']}</code></td>
            <td>Text on a primary button</td>
            <td colspan="3" style="background: ${values['app-accent']}; color: ${values['app-on-accent']}; padding: 0.25rem 0.75rem">${contrast(values['app-on-accent'], values['app-accent']).toFixed(2)}:1 on accent</td>
          </tr>
        </tbody>
      </table>
    </section>
  `;
}

const meta: Meta = { title: 'Design system/Design tokens' };
export default meta;

/** The palette, light and dark: every text colour at 4.5:1 or more on every surface, borders at 3:1. */
export const Palette: StoryObj = { render: () => html`<div style="display: grid; gap: 1.5rem; font-family: system-ui, sans-serif">${palette('Light', root)}${palette('Dark', dark)}</div>` };

/** The type scale: a major third from 1rem. */
export const TypeScale: StoryObj = {
  render: () => html`<div style="font-family: system-ui, sans-serif; display: grid; gap: 0.5rem">
    ${['step-4', 'step-3', 'step-2', 'step-1', 'step-0', 'step--1'].map((step) => html`<p style="margin: 0; font-size: ${root[step]}; line-height: 1.2"><code style="font-size: 0.875rem">--${step} ${root[step]}</code> Everyone gets an equal share of the time</p>`)}
  </div>`,
};

/** The spacing scale: every gap and padding in the app is one of these. */
export const SpacingScale: StoryObj = {
  render: () => html`<div style="font-family: system-ui, sans-serif; display: grid; gap: 0.5rem">
    ${['space-xs', 'space-s', 'space-m', 'space', 'space-l', 'space-xl', 'space-2xl'].map((space) => html`<p style="margin: 0; display: flex; gap: 1rem; align-items: center"><code style="width: 10rem">--${space} ${root[space]}</code><span style="display: inline-block; height: 1rem; width: ${root[space]}; background: ${root['app-accent']}"></span></p>`)}
  </div>`,
};
