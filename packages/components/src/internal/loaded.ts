/** An element's `ready`: its stored data has been loaded (if it loads any) and rendered. */
export async function loaded(loading: Promise<void> | undefined, host: { updateComplete: Promise<boolean> }): Promise<void> {
  await loading;
  await host.updateComplete;
}
