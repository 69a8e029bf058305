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
  email: string;
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
  sourceError: (problems: string) => string;
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
  email: 'Email',
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
  sourceError: (problems) => `The published list could not be read:${problems ? ` ${problems}` : ''}`,
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
  email: 'Correo',
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
  sourceError: (problems) => `No se pudo leer la lista publicada:${problems ? ` ${problems}` : ''}`,
};

export const resourceMessages: Record<Lang, ResourceMessages> = { en, es };
