/** Saves a file made on the device through the browser: nothing is uploaded anywhere. */
export function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads a chosen JSON file; rejects with the parser's message when it is not JSON. */
export async function readJsonFile(input: HTMLInputElement): Promise<unknown> {
  const file = input.files?.[0];
  if (!file) return undefined;
  return JSON.parse(await file.text()) as unknown;
}
