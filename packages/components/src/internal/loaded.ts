/**
 * An element's `ready`: its stored data has been loaded (if it loads any) and
 * rendered. The first update comes first: that is where loading starts, so a host
 * awaiting `ready` right after creating the element does not resolve too soon.
 */
export async function loaded(host: { readonly updateComplete: Promise<boolean> }, loading: () => Promise<void> | undefined): Promise<void> {
  await host.updateComplete;
  await loading();
  await host.updateComplete;
}
