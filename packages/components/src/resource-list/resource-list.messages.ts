import type { Lang } from '../internal/i18n.js';

export interface ResourceMessages {
  crisisTitle: string;
  noCrisisLines: string;
  call: (name: string) => string;
  text: (name: string) => string;
  search: string;
  category: string;
  language: string;
  any: string;
  openNow: string;
  results: (n: number) => string;
  details: string;
  lastChecked: (date: string) => string;
  neverChecked: string;
  needsReview: string;
  virtual: string;
  open247: string;
  inactive: string;
  temporarilyClosed: string;
  website: string;
  languages: string;
  eligibility: string;
  fees: string;
  notes: string;
  print: string;
  edit: string;
  retire: string;
  restore: string;
  save: string;
  add: string;
  name: string;
  organization: string;
  description: string;
  phone: string;
  url: string;
  categories: string;
  crisis: string;
  markChecked: string;
  exportJson: string;
  exportCsv: string;
  exportHsds: string;
  importFile: string;
  imported: (n: number) => string;
  importFailed: (file: string) => string;
  notSaved: string;
  sourceError: (problems: string) => string;
  openUntil: string;
  closedNow: string;
  hours: string;
  dayNames: readonly string[];
  textNumber: string;
  email: string;
  address: string;
  street: string;
  city: string;
  postcode: string;
  country: string;
  reachedRemotely: string;
  alwaysOpen: string;
  opens: string;
  closes: string;
  languagesField: string;
  keywords: string;
  alert: string;
  checkedOn: string;
  updated: (date: string) => string;
  timeZone: string;
  preparingSearch: string;
  startFromCountry: string;
  country_: (code: string) => string;
  addCrisisLines: string;
  crisisLinesAdded: (n: number) => string;
  crisisLinesSource: string;
  noCheckedLines: string;
}

const en: ResourceMessages = {
  crisisTitle: 'If someone is in crisis',
  noCrisisLines: 'No crisis line is saved for this group yet. Add one to its resources (mark it “Crisis line”), so it is here when it is needed.',
  call: (name) => `Call ${name}`,
  text: (name) => `Text ${name}`,
  search: 'Search resources',
  category: 'Category',
  language: 'Language',
  any: 'Any',
  openNow: 'Open now',
  results: (n) => `${n} ${n === 1 ? 'resource' : 'resources'}`,
  details: 'Details',
  lastChecked: (date) => `Last checked ${date}`,
  neverChecked: 'Never checked',
  needsReview: 'Needs review',
  virtual: 'Online or by phone',
  open247: 'Open 24 hours, every day',
  inactive: 'No longer running',
  temporarilyClosed: 'Temporarily closed',
  website: 'Website',
  languages: 'Languages',
  eligibility: 'Who it is for',
  fees: 'Cost',
  notes: 'Facilitator’s notes',
  print: 'Print a handout',
  edit: 'Edit',
  retire: 'Retire',
  restore: 'Restore',
  save: 'Save',
  add: 'Add resource',
  name: 'Service name',
  organization: 'Organisation',
  description: 'Description',
  phone: 'Phone',
  url: 'Website (https://…)',
  categories: 'Categories, separated by commas',
  crisis: 'Crisis line (pinned first)',
  markChecked: 'Mark as checked today',
  exportJson: 'Download JSON',
  exportCsv: 'Download CSV',
  exportHsds: 'Download HSDS JSON',
  importFile: 'Import JSON, HSDS JSON or CSV',
  imported: (n) => `Imported ${n} resources.`,
  importFailed: (file) => `“${file}” was not imported, and nothing changed:`,
  notSaved: 'Not saved, and nothing changed:',
  sourceError: (problems) => `The published list could not be read:${problems ? ` ${problems}` : ''}`,
  openUntil: 'Open now',
  closedNow: 'Closed now',
  hours: 'Opening hours',
  dayNames: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  textNumber: 'Text (SMS) number',
  email: 'Email',
  address: 'Address',
  street: 'Street and number',
  city: 'Town or city',
  postcode: 'Postcode',
  country: 'Country code (e.g. GB)',
  reachedRemotely: 'Can be reached online or by phone',
  alwaysOpen: 'Open 24 hours, every day',
  opens: 'opens',
  closes: 'closes',
  languagesField: 'Languages spoken, separated by commas',
  keywords: 'Search words, separated by commas (not shown)',
  alert: 'Notice shown on the card (e.g. “Closed over the holidays”)',
  checkedOn: 'Last checked by a person on',
  updated: (date) => `record changed ${date}`,
  timeZone: 'Opening hours are in the time zone',
  preparingSearch: 'Preparing search…',
  startFromCountry: 'Start from the national crisis lines of',
  country_: (code) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code,
  addCrisisLines: 'Add these lines',
  crisisLinesAdded: (n) => `Added ${n} crisis ${n === 1 ? 'line' : 'lines'}. Check each number before the meeting: we checked them on the date shown, and numbers change.`,
  crisisLinesSource: 'Checked against',
  noCheckedLines: 'We have not checked crisis lines for other countries yet; add your own below.',
};

const es: ResourceMessages = {
  crisisTitle: 'Si alguien está en crisis',
  noCrisisLines: 'Este grupo todavía no tiene ninguna línea de crisis guardada. Añade una a sus recursos (marcada como «Línea de crisis») para tenerla a mano cuando haga falta.',
  call: (name) => `Llamar a ${name}`,
  text: (name) => `Escribir a ${name}`,
  search: 'Buscar recursos',
  category: 'Categoría',
  language: 'Idioma',
  any: 'Cualquiera',
  openNow: 'Abierto ahora',
  results: (n) => `${n} ${n === 1 ? 'recurso' : 'recursos'}`,
  details: 'Detalles',
  lastChecked: (date) => `Comprobado el ${date}`,
  neverChecked: 'Nunca comprobado',
  needsReview: 'Hay que revisarlo',
  virtual: 'En línea o por teléfono',
  open247: 'Abierto las 24 horas, todos los días',
  inactive: 'Ya no funciona',
  temporarilyClosed: 'Cerrado temporalmente',
  website: 'Sitio web',
  languages: 'Idiomas',
  eligibility: 'Para quién es',
  fees: 'Coste',
  notes: 'Notas de quien facilita',
  print: 'Imprimir una hoja',
  edit: 'Editar',
  retire: 'Retirar',
  restore: 'Restaurar',
  save: 'Guardar',
  add: 'Añadir recurso',
  name: 'Nombre del servicio',
  organization: 'Organización',
  description: 'Descripción',
  phone: 'Teléfono',
  url: 'Sitio web (https://…)',
  categories: 'Categorías, separadas por comas',
  crisis: 'Línea de crisis (arriba del todo)',
  markChecked: 'Marcar como comprobado hoy',
  exportJson: 'Descargar JSON',
  exportCsv: 'Descargar CSV',
  exportHsds: 'Descargar JSON HSDS',
  importFile: 'Importar JSON, JSON HSDS o CSV',
  imported: (n) => `Se importaron ${n} recursos.`,
  importFailed: (file) => `No se importó «${file}» y no cambió nada:`,
  notSaved: 'No se guardó y no cambió nada:',
  sourceError: (problems) => `No se pudo leer la lista publicada:${problems ? ` ${problems}` : ''}`,
  openUntil: 'Abierto ahora',
  closedNow: 'Cerrado ahora',
  hours: 'Horario',
  dayNames: ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
  textNumber: 'Número para mensajes (SMS)',
  email: 'Correo',
  address: 'Dirección',
  street: 'Calle y número',
  city: 'Ciudad o localidad',
  postcode: 'Código postal',
  country: 'Código de país (p. ej. ES)',
  reachedRemotely: 'Se puede contactar en línea o por teléfono',
  alwaysOpen: 'Abierto las 24 horas, todos los días',
  opens: 'abre',
  closes: 'cierra',
  languagesField: 'Idiomas que se hablan, separados por comas',
  keywords: 'Palabras de búsqueda, separadas por comas (no se muestran)',
  alert: 'Aviso en la tarjeta (p. ej. «Cerrado en vacaciones»)',
  checkedOn: 'Comprobado por una persona el',
  updated: (date) => `registro cambiado el ${date}`,
  timeZone: 'El horario está en la zona horaria',
  preparingSearch: 'Preparando la búsqueda…',
  startFromCountry: 'Empezar con las líneas de crisis nacionales de',
  country_: (code) => new Intl.DisplayNames(['es'], { type: 'region' }).of(code) ?? code,
  addCrisisLines: 'Añadir estas líneas',
  crisisLinesAdded: (n) => `Se ${n === 1 ? 'añadió 1 línea' : `añadieron ${n} líneas`} de crisis. Comprueba cada número antes de la reunión: los comprobamos en la fecha indicada y los números cambian.`,
  crisisLinesSource: 'Comprobado en',
  noCheckedLines: 'Aún no hemos comprobado líneas de crisis de otros países; añade las tuyas abajo.',
};

export const resourceMessages: Record<Lang, ResourceMessages> = { en, es };
