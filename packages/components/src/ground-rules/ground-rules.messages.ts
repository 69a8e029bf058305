import type { ConsentResponse, RuleStatus } from '@peerkit/core';
import type { Lang } from '../internal/i18n.js';

export interface RulesMessages {
  title: string;
  version: (n: number, date: string) => string;
  noVersion: string;
  draft: string;
  noRules: string;
  status: Record<RuleStatus, string>;
  moveUp: (rule: string) => string;
  moveDown: (rule: string) => string;
  edit: string;
  remove: (rule: string) => string;
  save: string;
  cancel: string;
  ruleText: string;
  explanation: string;
  addRule: string;
  addTemplate: string;
  addSet: string;
  templateSets: Record<'first-meeting' | 'online-group' | 'recovery-group', string>;
  chooseCard: string;
  method: string;
  consent: string;
  fistToFive: string;
  responses: Record<ConsentResponse, string>;
  fist: (n: number) => string;
  noResponse: string;
  responseFor: (member: string, rule: string) => string;
  decide: string;
  tally: (responses: number, blocks: number, standAsides: number) => string;
  adopt: (n: number) => string;
  print: string;
  consentTitle: string;
  consentExplain: string;
  consentNoRules: string;
  consents: (name: string) => string;
  consented: (name: string) => string;
  consentCount: (given: number, members: number) => string;
  quickHint: string;
  everyoneAgrees: (rules: number) => string;
  upToDate: (n: number) => string;
  adopted: (n: number) => string;
  noMembers: string;
  yourName: string;
  accept: string;
  acceptedBy: (count: number) => string;
  thanks: (who: string) => string;
  exportText: string;
  exportMarkdown: string;
  exportJson: string;
  importJson: string;
  imported: string;
  importFailed: (file: string) => string;
  changes: string;
  added: string;
  removedRules: string;
  changed: string;
}

const en: RulesMessages = {
  title: 'Our ground rules',
  version: (n, date) => `Version ${n}, adopted ${date}`,
  noVersion: 'No version has been adopted yet.',
  draft: 'Draft: not agreed yet. Read it together, then agree it.',
  noRules: 'No rules yet. Add one from the templates or write your own.',
  status: { proposed: 'Proposed', agreed: 'Agreed', 'not-agreed': 'Not agreed' },
  moveUp: (rule) => `Move up: ${rule}`,
  moveDown: (rule) => `Move down: ${rule}`,
  edit: 'Edit',
  remove: (rule) => `Remove: ${rule}`,
  save: 'Save',
  cancel: 'Cancel',
  ruleText: 'Rule',
  explanation: 'What it means (optional)',
  addRule: 'Add rule',
  addTemplate: 'Add card',
  addSet: 'Add set',
  templateSets: { 'first-meeting': 'First meeting', 'online-group': 'Online group', 'recovery-group': 'Recovery group' },
  chooseCard: 'From the starter cards',
  method: 'How we check agreement',
  consent: 'Agree / stand aside / block',
  fistToFive: 'Fist to five (a fist blocks)',
  responses: { agree: 'Agree', 'stand-aside': 'Stand aside', block: 'Block' },
  fist: (n) => (n === 0 ? '0 (fist: block)' : String(n)),
  noResponse: '—',
  responseFor: (member, rule) => `${member} on “${rule}”`,
  decide: 'Record the decision',
  tally: (responses, blocks, standAsides) => `${responses} responses, ${blocks} blocks, ${standAsides} stand asides`,
  adopt: (n) => `Adopt the agreed rules as version ${n}`,
  print: 'Print a handout',
  consentTitle: 'Confidentiality and consent',
  consentExplain:
    'What is said here stays here: we do not repeat what others share, or who was here. Confidentiality has one limit: if someone may be at serious risk of harm, the facilitator may need to get help, and will say so. Each of us says whether we agree; it is noted with the day.',
  consentNoRules: 'The group has no confidentiality rule yet: add one in “Build the rules”.',
  consents: (name) => `${name} agrees`,
  consented: (name) => `${name} has agreed`,
  consentCount: (given, members) => `${given} of ${members} have agreed.`,
  quickHint: 'Note only who does not simply agree (stand aside, block, or fewer fingers); then one step records everyone else as agreeing.',
  everyoneAgrees: (rules) => (rules === 1 ? 'Everyone else agrees: decide the rule' : `Everyone else agrees: decide all ${rules} rules`),
  upToDate: (n) => `Version ${n} holds the agreed rules.`,
  adopted: (n) => `Version ${n} adopted.`,
  noMembers: 'List the members in the members attribute to record their responses.',
  yourName: 'Your name or initials',
  accept: 'I have read and accept these ground rules',
  acceptedBy: (count) => `${count} ${count === 1 ? 'person has' : 'people have'} accepted this version.`,
  thanks: (who) => `Thank you, ${who}. Welcome to the group.`,
  exportText: 'Download as text',
  exportMarkdown: 'Download as Markdown',
  exportJson: 'Download as JSON',
  importJson: 'Import a JSON file',
  imported: 'Imported.',
  importFailed: (file) => `“${file}” was not imported, and nothing changed:`,
  changes: 'Changes since the version before',
  added: 'Added',
  removedRules: 'Removed',
  changed: 'Reworded',
};

const es: RulesMessages = {
  title: 'Nuestros acuerdos de grupo',
  version: (n, date) => `Versión ${n}, adoptada el ${date}`,
  noVersion: 'Todavía no se ha adoptado ninguna versión.',
  draft: 'Borrador: todavía sin acordar. Leedlo juntos y luego acordadlo.',
  noRules: 'Aún no hay acuerdos. Añade uno de las plantillas o escribe uno propio.',
  status: { proposed: 'Propuesto', agreed: 'Acordado', 'not-agreed': 'No acordado' },
  moveUp: (rule) => `Subir: ${rule}`,
  moveDown: (rule) => `Bajar: ${rule}`,
  edit: 'Editar',
  remove: (rule) => `Quitar: ${rule}`,
  save: 'Guardar',
  cancel: 'Cancelar',
  ruleText: 'Acuerdo',
  explanation: 'Qué significa (opcional)',
  addRule: 'Añadir acuerdo',
  addTemplate: 'Añadir tarjeta',
  addSet: 'Añadir conjunto',
  templateSets: { 'first-meeting': 'Primera reunión', 'online-group': 'Grupo en línea', 'recovery-group': 'Grupo de recuperación' },
  chooseCard: 'De las tarjetas de inicio',
  method: 'Cómo comprobamos el acuerdo',
  consent: 'De acuerdo / me aparto / bloqueo',
  fistToFive: 'Puño a cinco (el puño bloquea)',
  responses: { agree: 'De acuerdo', 'stand-aside': 'Me aparto', block: 'Bloqueo' },
  fist: (n) => (n === 0 ? '0 (puño: bloqueo)' : String(n)),
  noResponse: '—',
  responseFor: (member, rule) => `${member} sobre «${rule}»`,
  decide: 'Registrar la decisión',
  tally: (responses, blocks, standAsides) => `${responses} respuestas, ${blocks} bloqueos, ${standAsides} se apartan`,
  adopt: (n) => `Adoptar los acuerdos como versión ${n}`,
  print: 'Imprimir una hoja',
  consentTitle: 'Confidencialidad y consentimiento',
  consentExplain:
    'Lo que se dice aquí se queda aquí: no contamos lo que otras personas comparten ni quién vino. La confidencialidad tiene un límite: si alguien puede estar en grave riesgo, quien facilita puede tener que pedir ayuda, y lo dirá. Cada persona dice si está de acuerdo; se anota con la fecha.',
  consentNoRules: 'El grupo todavía no tiene una norma de confidencialidad: añádela en «Construir las normas».',
  consents: (name) => `${name} está de acuerdo`,
  consented: (name) => `${name} ya dio su acuerdo`,
  consentCount: (given, members) => `${given} de ${members} han dado su acuerdo.`,
  quickHint: 'Anota solo a quien no está simplemente de acuerdo (se aparta, bloquea o muestra menos dedos); después, un paso registra a todos los demás como de acuerdo.',
  everyoneAgrees: (rules) => (rules === 1 ? 'Todos los demás están de acuerdo: decidir el acuerdo' : `Todos los demás están de acuerdo: decidir los ${rules} acuerdos`),
  upToDate: (n) => `La versión ${n} recoge los acuerdos aprobados.`,
  adopted: (n) => `Versión ${n} adoptada.`,
  noMembers: 'Escribe los participantes en el atributo members para registrar sus respuestas.',
  yourName: 'Su nombre o iniciales',
  accept: 'He leído y acepto estos acuerdos',
  acceptedBy: (count) => `${count} ${count === 1 ? 'persona ha' : 'personas han'} aceptado esta versión.`,
  thanks: (who) => `Gracias, ${who}. Bienvenida al grupo.`,
  exportText: 'Descargar como texto',
  exportMarkdown: 'Descargar como Markdown',
  exportJson: 'Descargar como JSON',
  importJson: 'Importar un archivo JSON',
  imported: 'Importado.',
  importFailed: (file) => `No se importó «${file}» y no cambió nada:`,
  changes: 'Cambios desde la versión anterior',
  added: 'Añadidos',
  removedRules: 'Quitados',
  changed: 'Reformulados',
};

export const rulesMessages: Record<Lang, RulesMessages> = { en, es };
