/**
 * A soft chime made with Web Audio: no sound file to fetch, nothing leaves
 * the device. One gentle tone for a warning, two for time up.
 */
let context: AudioContext | undefined;

/** Call from a user gesture (e.g. pressing Start) so browsers allow sound later. */
export function unlockAudio(): void {
  if (typeof AudioContext === 'undefined') return;
  context ??= new AudioContext();
  if (context.state === 'suspended') void context.resume().catch(() => undefined);
}

export function chime(kind: 'warning' | 'time-up'): void {
  const audio = context;
  if (!audio || audio.state !== 'running') return;
  const tones = kind === 'warning' ? [660] : [660, 880];
  tones.forEach((frequency, i) => tone(audio, frequency, audio.currentTime + i * 0.35));
}

function tone(audio: AudioContext, frequency: number, at: number): void {
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = frequency;
  // Fade in and out so it never clicks.
  gain.gain.setValueAtTime(0, at);
  gain.gain.linearRampToValueAtTime(0.15, at + 0.03);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.2);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start(at);
  oscillator.stop(at + 1.25);
}
