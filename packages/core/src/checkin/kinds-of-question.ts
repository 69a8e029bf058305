/** How deep a check-in question goes, and what it is about: a module of its own, so a group record can name them without the question bank. */
export type Depth = 'light' | 'reflective' | 'deep';
export const DEPTHS: readonly Depth[] = ['light', 'reflective', 'deep'];

export type Theme = 'gratitude' | 'coping' | 'goals' | 'grief' | 'recovery' | 'everyday' | 'connection' | 'self-care';
export const THEMES: readonly Theme[] = ['gratitude', 'coping', 'goals', 'grief', 'recovery', 'everyday', 'connection', 'self-care'];
