/** What the privacy screens say (lock, quick exit, forgetting everything), in English and Spanish. */
import type { AppLang } from '../messages.js';

export interface PrivacyMessages {
  quickExit: string;
  quickExitHint: string;
  lockedTitle: string;
  /** The cover over a page reached again after quick exit. */
  exitedCover: string;
  exitedContinue: string;
  /** What the browser keeps of its own, which PeerKit cannot erase: said beside the lock. */
  browserKeeps: string;
  /** The projector's window while PeerKit is locked. */
  paused: string;
  idleWarning: (seconds: number) => string;
  keepOpen: string;
  lockedAbout: string;
  passphrase: string;
  unlock: string;
  unlocking: string;
  wrongPassphrase: string;
  /** Changing or turning off the lock with a passphrase that is not the current one. */
  notCurrent: string;
  forgotTitle: string;
  forgotAbout: string;
  sectionTitle: string;
  sectionAbout: string;
  lockOff: string;
  lockOn: (minutes: number) => string;
  newPassphrase: string;
  repeatPassphrase: string;
  passphraseRules: string;
  cannotRecover: string;
  idleAfter: string;
  minutes: (n: number) => string;
  turnOn: string;
  turningOn: string;
  turnedOn: string;
  /** Said when the lock goes on with records already stored: what may remain, and the remedy. */
  turnedOnAfter: string;
  mismatch: string;
  tooShort: string;
  lockNow: string;
  changeTitle: string;
  currentPassphrase: string;
  /** The field of the turn-off form: two fields both named “Current passphrase” cannot be told apart by ear. */
  passphraseToTurnOff: string;
  change: string;
  changed: string;
  turnOffTitle: string;
  turnOff: string;
  turnedOff: string;
  idleSaved: (minutes: number) => string;
  exitTitle: string;
  exitAbout: string;
  exitUrl: string;
  exitSave: string;
  exitSaved: (where: string) => string;
  exitBlank: string;
  exitBadUrl: string;
  forgetTitle: string;
  forgetAbout: string;
  forgetButton: string;
  forgetQuestion: (what: string) => string;
  forgetGroups: (names: string[], documents: number) => string;
  forgetSealed: (documents: number) => string;
  forgetYes: string;
  forgetNo: string;
  forgetting: string;
  clearedElsewhere: string;
  failed: (why: string) => string;
  sealFile: string;
  sealFileAbout: string;
  filePassphrase: string;
  sealedFileNeedsPassphrase: string;
  openFile: string;
}

const en: PrivacyMessages = {
  quickExit: 'Quick exit',
  quickExitHint: 'Leaves this page at once for a blank one and locks PeerKit (or press Esc twice).',
  lockedTitle: 'PeerKit is locked',
  exitedCover: 'This page was left with Quick exit.',
  exitedContinue: 'Continue to PeerKit',
  browserKeeps:
    'The browser keeps records of its own that PeerKit cannot erase: a history of the pages visited (with the lock on, their titles say only “PeerKit”) and a list of downloads. On a shared computer, a private window (Ctrl+Shift+N in Chrome and Edge, Ctrl+Shift+P in Firefox) keeps none of that once it is closed.',
  paused: 'Paused',
  idleWarning: (seconds) => `PeerKit locks in ${seconds} seconds, as nothing has been used. Press any key to keep it open.`,
  keepOpen: 'Keep it open',
  lockedAbout: 'The groups on this device are locked with a passphrase. Type it to open them.',
  passphrase: 'Passphrase',
  unlock: 'Unlock',
  unlocking: 'Unlocking…',
  wrongPassphrase: 'That passphrase does not open PeerKit on this device. Nothing was opened; try again.',
  notCurrent: 'That is not the current passphrase. Nothing was changed; try again.',
  forgotTitle: 'Forgot the passphrase?',
  forgotAbout: 'Nobody can recover it, not even us: it is never kept anywhere. What you can do is forget everything PeerKit keeps on this device and start again.',
  sectionTitle: 'On a shared computer',
  sectionAbout: 'For a computer other people use next: lock PeerKit with a passphrase, leave in a hurry, or forget everything.',
  lockOff: 'The lock is off: anyone who opens this browser can see the groups.',
  lockOn: (minutes) => `The lock is on. Everything PeerKit keeps here is encrypted; it locks itself after ${minutes} minutes without use.`,
  newPassphrase: 'New passphrase',
  repeatPassphrase: 'The same passphrase again',
  passphraseRules: 'At least 10 characters. A few unrelated words are easier to remember and harder to guess than one word with symbols.',
  cannotRecover: 'If the passphrase is forgotten, the groups cannot be opened again by anyone: it is not kept anywhere, and there is no reset. Keep it somewhere safe, or save groups to a sealed file.',
  idleAfter: 'Lock after this long without use',
  minutes: (n) => (n >= 60 ? `${n / 60} ${n === 60 ? 'hour' : 'hours'}` : `${n} minutes`),
  turnOn: 'Turn on the lock',
  turningOn: 'Encrypting everything…',
  turnedOn: 'The lock is on. Everything PeerKit keeps on this device is now encrypted.',
  turnedOnAfter:
    'The lock is on, and everything PeerKit keeps is now encrypted. What was written before it may stay in the browser’s own files until the browser tidies them, and in its history. To be sure none remains: save each group to a file with a passphrase, use “Forget everything…”, bring the groups back, and clear the browser’s history.',
  mismatch: 'The two passphrases are not the same.',
  tooShort: 'The passphrase needs at least 10 characters, not counting spaces at either end.',
  lockNow: 'Lock now',
  changeTitle: 'Change the passphrase',
  currentPassphrase: 'Current passphrase',
  passphraseToTurnOff: 'Your passphrase, to turn the lock off',
  change: 'Change the passphrase',
  changed: 'The passphrase was changed; everything is encrypted with the new one.',
  turnOffTitle: 'Turn off the lock',
  turnOff: 'Turn the lock off',
  turnedOff: 'The lock is off. Groups on this device can be seen by anyone who opens this browser.',
  idleSaved: (minutes) => `PeerKit will lock itself after ${minutes} minutes without use.`,
  exitTitle: 'Quick exit',
  exitAbout: 'The Quick exit button (or Esc twice) replaces the page at once, without leaving it in the Back button, and locks PeerKit.',
  exitUrl: 'Go to this site on quick exit (leave empty for a blank page)',
  exitSave: 'Save the quick exit site',
  exitSaved: (where) => `Quick exit goes to ${where}.`,
  exitBlank: 'a blank page',
  exitBadUrl: 'That is not a web address starting with https://.',
  forgetTitle: 'Forget everything on this device',
  forgetAbout: 'Removes every group, meeting, rule, answer and resource PeerKit keeps in this browser, its offline copy and its settings. Save groups to files first if you may want them back.',
  forgetButton: 'Forget everything…',
  forgetQuestion: (what) => `Forget everything on this device? ${what} This cannot be undone.`,
  forgetGroups: (names, documents) =>
    names.length === 0 ? `There are no groups; ${documents} other saved records will go.` : `These groups go for good: ${names.join(', ')} (${documents} saved records in all), with PeerKit’s offline copy and settings.`,
  forgetSealed: (documents) => `${documents} encrypted records go for good (their names cannot be shown while locked), with PeerKit’s offline copy and settings.`,
  forgetYes: 'Forget everything',
  forgetNo: 'Keep it',
  forgetting: 'Forgetting…',
  clearedElsewhere: 'PeerKit was cleared on this device from another window.',
  failed: (why) => `That did not work: ${why}`,
  sealFile: 'Encrypt the file with a passphrase',
  sealFileAbout: 'Recommended for a file that leaves this computer. The file opens only with the passphrase, which cannot be recovered.',
  filePassphrase: 'Passphrase for the file',
  sealedFileNeedsPassphrase: 'This file is encrypted. Type its passphrase to bring it in.',
  openFile: 'Open the file',
};

const es: PrivacyMessages = {
  quickExit: 'Salida rápida',
  quickExitHint: 'Sale de esta página al instante hacia una en blanco y bloquea PeerKit (o pulsa Esc dos veces).',
  lockedTitle: 'PeerKit está bloqueado',
  exitedCover: 'Se salió de esta página con Salida rápida.',
  exitedContinue: 'Seguir en PeerKit',
  browserKeeps:
    'El navegador guarda registros propios que PeerKit no puede borrar: un historial de las páginas visitadas (con el bloqueo activado, sus títulos dicen solo «PeerKit») y una lista de descargas. En un ordenador compartido, una ventana privada (Ctrl+Mayús+N en Chrome y Edge, Ctrl+Mayús+P en Firefox) no guarda nada de eso al cerrarla.',
  paused: 'En pausa',
  idleWarning: (seconds) => `PeerKit se bloquea en ${seconds} segundos, porque no se ha usado. Pulsa cualquier tecla para mantenerlo abierto.`,
  keepOpen: 'Mantenerlo abierto',
  lockedAbout: 'Los grupos de este dispositivo están protegidos con una frase de paso. Escríbela para abrirlos.',
  passphrase: 'Frase de paso',
  unlock: 'Desbloquear',
  unlocking: 'Desbloqueando…',
  wrongPassphrase: 'Esa frase de paso no abre PeerKit en este dispositivo. No se abrió nada; inténtalo de nuevo.',
  notCurrent: 'Esa no es la frase de paso actual. No se cambió nada; inténtalo de nuevo.',
  forgotTitle: '¿Olvidaste la frase de paso?',
  forgotAbout: 'Nadie puede recuperarla, ni siquiera nosotros: no se guarda en ningún sitio. Lo que sí puedes hacer es olvidar todo lo que PeerKit guarda en este dispositivo y empezar de nuevo.',
  sectionTitle: 'En un ordenador compartido',
  sectionAbout: 'Para un ordenador que usarán otras personas: bloquea PeerKit con una frase de paso, sal deprisa u olvídalo todo.',
  lockOff: 'El bloqueo está desactivado: cualquiera que abra este navegador puede ver los grupos.',
  lockOn: (minutes) => `El bloqueo está activado. Todo lo que PeerKit guarda aquí está cifrado; se bloquea solo tras ${minutes} minutos sin uso.`,
  newPassphrase: 'Nueva frase de paso',
  repeatPassphrase: 'La misma frase de paso otra vez',
  passphraseRules: 'Al menos 10 caracteres. Unas cuantas palabras sin relación son más fáciles de recordar y más difíciles de adivinar que una palabra con símbolos.',
  cannotRecover: 'Si se olvida la frase de paso, nadie podrá volver a abrir los grupos: no se guarda en ningún sitio y no hay forma de restablecerla. Guárdala en un lugar seguro, o guarda los grupos en un archivo cifrado.',
  idleAfter: 'Bloquear tras este tiempo sin uso',
  minutes: (n) => (n >= 60 ? `${n / 60} ${n === 60 ? 'hora' : 'horas'}` : `${n} minutos`),
  turnOn: 'Activar el bloqueo',
  turningOn: 'Cifrando todo…',
  turnedOn: 'El bloqueo está activado. Todo lo que PeerKit guarda en este dispositivo está cifrado.',
  turnedOnAfter:
    'El bloqueo está activado y todo lo que PeerKit guarda está cifrado. Lo escrito antes puede quedar en los archivos propios del navegador hasta que los ordene, y en su historial. Para asegurarte de que no quede nada: guarda cada grupo en un archivo con frase de paso, usa «Olvidar todo…», vuelve a traer los grupos y borra el historial del navegador.',
  mismatch: 'Las dos frases de paso no coinciden.',
  tooShort: 'La frase de paso necesita al menos 10 caracteres, sin contar los espacios de los extremos.',
  lockNow: 'Bloquear ahora',
  changeTitle: 'Cambiar la frase de paso',
  currentPassphrase: 'Frase de paso actual',
  passphraseToTurnOff: 'Tu frase de paso, para desactivar el bloqueo',
  change: 'Cambiar la frase de paso',
  changed: 'Se cambió la frase de paso; todo está cifrado con la nueva.',
  turnOffTitle: 'Desactivar el bloqueo',
  turnOff: 'Desactivar el bloqueo',
  turnedOff: 'El bloqueo está desactivado. Cualquiera que abra este navegador puede ver los grupos.',
  idleSaved: (minutes) => `PeerKit se bloqueará solo tras ${minutes} minutos sin uso.`,
  exitTitle: 'Salida rápida',
  exitAbout: 'El botón Salida rápida (o Esc dos veces) sustituye la página al instante, sin dejarla en el botón Atrás, y bloquea PeerKit.',
  exitUrl: 'Ir a este sitio al salir deprisa (déjalo vacío para una página en blanco)',
  exitSave: 'Guardar el sitio de salida rápida',
  exitSaved: (where) => `La salida rápida lleva a ${where}.`,
  exitBlank: 'una página en blanco',
  exitBadUrl: 'Eso no es una dirección web que empiece por https://.',
  forgetTitle: 'Olvidar todo en este dispositivo',
  forgetAbout: 'Elimina todos los grupos, reuniones, normas, respuestas y recursos que PeerKit guarda en este navegador, su copia sin conexión y sus ajustes. Guarda antes los grupos en archivos si quizá los quieras recuperar.',
  forgetButton: 'Olvidar todo…',
  forgetQuestion: (what) => `¿Olvidar todo en este dispositivo? ${what} No se puede deshacer.`,
  forgetGroups: (names, documents) =>
    names.length === 0 ? `No hay grupos; se eliminarán ${documents} registros guardados.` : `Estos grupos se eliminan para siempre: ${names.join(', ')} (${documents} registros guardados en total), con la copia sin conexión y los ajustes de PeerKit.`,
  forgetSealed: (documents) => `Se eliminan para siempre ${documents} registros cifrados (sus nombres no se pueden mostrar mientras está bloqueado), con la copia sin conexión y los ajustes de PeerKit.`,
  forgetYes: 'Olvidar todo',
  forgetNo: 'Conservarlo',
  forgetting: 'Olvidando…',
  clearedElsewhere: 'PeerKit se borró en este dispositivo desde otra ventana.',
  failed: (why) => `No funcionó: ${why}`,
  sealFile: 'Cifrar el archivo con una frase de paso',
  sealFileAbout: 'Recomendado para un archivo que sale de este ordenador. Solo se abre con la frase de paso, que no se puede recuperar.',
  filePassphrase: 'Frase de paso del archivo',
  sealedFileNeedsPassphrase: 'Este archivo está cifrado. Escribe su frase de paso para traerlo.',
  openFile: 'Abrir el archivo',
};

export const PRIVACY_MESSAGES: Record<AppLang, PrivacyMessages> = { en, es };
