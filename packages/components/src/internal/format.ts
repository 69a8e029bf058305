/** m:ss (or h:mm:ss), rounding up while counting down so 0:00 means time is really up. */
export function formatClock(ms: number, { roundUp = true } = {}): string {
  const totalSeconds = roundUp ? Math.ceil(Math.abs(ms) / 1000) : Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A figure as the reader's language writes it ("1.25", "1,25"; "40%", "40 %"), from Intl. */
export function formatNumber(value: number, lang: string, { digits = 0, percent = false }: { digits?: number; percent?: boolean } = {}): string {
  const key = `${lang}|${digits}|${percent}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits, ...(percent ? { style: 'percent' } : {}) });
    numberFormats.set(key, format);
  }
  return format.format(value);
}
