import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { resolveLang, spokenBy } from './i18n.js';

/**
 * What only the facilitator should see (talk times, who passed, feedback results
 * and written answers) on a screen others can see: shared on a video call, or
 * projected. With `shared-screen`, an element draws such a part folded behind
 * "Show to me only", never by default; opened, it can be hidden again, and it is
 * folded again each time the part is drawn afresh.
 */
export class PrivateFold implements ReactiveController {
  private shown = false;

  constructor(private readonly host: ReactiveControllerHost & Element & { sharedScreen: boolean }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.shown = false;
  }

  /** Folds the part again (a new round, a new form): what was shown for one is not shown for the next. */
  fold(): void {
    if (!this.shown) return;
    this.shown = false;
    this.host.requestUpdate();
  }

  /** The private part itself, or, on a shared screen, a button that shows it. */
  render(part: () => TemplateResult): TemplateResult {
    if (!this.host.sharedScreen) return part();
    const text = spokenBy(this.host, resolveLang(this.host) === 'es' ? es : en);
    const toggle = (shown: boolean) => () => {
      this.shown = shown;
      this.host.requestUpdate();
    };
    return this.shown
      ? html`<div class="private-fold" part="private">
          <p class="notice">${text.shownNote}</p>
          <button type="button" class="private-toggle" aria-expanded="true" @click=${toggle(false)}>${text.hide}</button>
          ${part()}
        </div>`
      : html`<div class="private-fold" part="private">
          <p class="notice">${text.foldedNote}</p>
          <button type="button" class="private-toggle" aria-expanded="false" @click=${toggle(true)}>${text.show}</button>
        </div>`;
  }
}

const en = {
  show: 'Show to me only',
  hide: 'Hide it again',
  foldedNote: 'Private to the facilitator: hidden while this screen is shared.',
  shownNote: 'Shown on this screen: anyone watching it can see this.',
};
const es: typeof en = {
  show: 'Mostrármelo solo a mí',
  hide: 'Ocultarlo de nuevo',
  foldedNote: 'Solo para quien facilita: oculto mientras esta pantalla se comparte.',
  shownNote: 'Se muestra en esta pantalla: cualquiera que la vea puede verlo.',
};
