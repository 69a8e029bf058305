/** Lower case, accents removed: how words are compared (the words shown keep theirs). */
export function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
