/**
 * What a facilitator can do in the hard moments of a meeting, as data: for
 * each situation, what to notice, two or three things to say or do, and what
 * to do afterwards. Written for PeerKit in plain words, in English and in
 * Spanish (not translated word for word); no facilitation guide's text is
 * copied. Advice for a peer facilitator, never clinical instructions.
 */

export type GuidanceLang = 'en' | 'es';

export const SITUATION_IDS = [
  'crisis',
  'crying',
  'dominating',
  'quiet',
  'advice-giving',
  'crosstalk',
  'conflict',
  'oversharing',
  'medication',
  'intoxicated',
  'losing-focus',
  'new-member',
  'late-arrival',
  'first-meeting',
  'member-leaves',
  'group-stage',
] as const;

export type SituationId = (typeof SITUATION_IDS)[number];

/** The agenda sections a situation most often comes up in (section ids of the agenda templates). */
export type GuidanceSection = 'welcome' | 'consent' | 'checkin' | 'rules' | 'sharing' | 'resources' | 'purpose' | 'feedback' | 'close';

export interface SituationText {
  title: string;
  /** What to look out for: how the situation shows itself. */
  notice: string;
  /** Two or three short things to say or do, in the facilitator's own voice. */
  try: string[];
  /** What to do once the moment has passed (after the meeting, or at the next pause). */
  afterwards: string;
}

export interface Situation {
  id: SituationId;
  /** Where it most often comes up; empty when it can come up anywhere. */
  sections: GuidanceSection[];
  text: Record<GuidanceLang, SituationText>;
}

export const SITUATIONS: readonly Situation[] = [
  {
    id: 'crisis',
    sections: [],
    text: {
      en: {
        title: 'Someone may be in danger',
        notice: 'Talk of ending their life, of harming themselves or someone else, or of being unsafe at home tonight.',
        try: [
          'Stay calm and stay with them: "Thank you for telling us. I want to make sure you are safe right now."',
          'Ask directly: "Are you thinking of ending your life?" Asking does not put the idea there.',
          'Open crisis help (Alt+H) and follow the group\'s crisis plan: who stays with the person, who calls, who tells the coordinator.',
        ],
        afterwards: 'Tell your coordinator the same day, without writing names in the app. Check in with the person, and look after yourself too.',
      },
      es: {
        title: 'Alguien puede estar en peligro',
        notice: 'Habla de quitarse la vida, de hacerse daño o hacérselo a otra persona, o de no estar a salvo en casa esta noche.',
        try: [
          'Mantén la calma y quédate con la persona: «Gracias por contárnoslo. Quiero asegurarme de que ahora estás a salvo».',
          'Pregunta sin rodeos: «¿Estás pensando en quitarte la vida?». Preguntarlo no mete la idea en la cabeza.',
          'Abre la ayuda en crisis (Alt+H) y sigue el plan del grupo: quién se queda con la persona, quién llama, quién avisa a la coordinación.',
        ],
        afterwards: 'Avisa a tu coordinación el mismo día, sin escribir nombres en la aplicación. Pregunta después por la persona, y cuídate tú también.',
      },
    },
  },
  {
    id: 'crying',
    sections: ['checkin', 'sharing'],
    text: {
      en: {
        title: 'Someone is crying',
        notice: 'Tears, a shaking voice, a long silence mid-sentence.',
        try: [
          'Let the silence be; there is no need to fill it or to fix anything.',
          'Offer tissues or water without a fuss, and say: "Take your time. We are here."',
          'Ask before moving on: "Would you like to carry on, or shall we come back to you?"',
        ],
        afterwards: 'A quiet word at the end: "How are you getting home? Is there someone you can be with tonight?"',
      },
      es: {
        title: 'Alguien está llorando',
        notice: 'Lágrimas, la voz que tiembla, un silencio largo a mitad de una frase.',
        try: [
          'Deja que haya silencio; no hace falta llenarlo ni arreglar nada.',
          'Ofrece pañuelos o agua sin darle importancia, y di: «Tómate tu tiempo. Estamos aquí».',
          'Pregunta antes de seguir: «¿Quieres continuar, o volvemos contigo más tarde?».',
        ],
        afterwards: 'Una palabra tranquila al final: «¿Cómo vuelves a casa? ¿Hay alguien con quien puedas estar esta noche?».',
      },
    },
  },
  {
    id: 'dominating',
    sections: ['sharing', 'checkin'],
    text: {
      en: {
        title: 'One voice takes most of the time',
        notice: 'One person has spoken far more than their share, or keeps coming back in after others.',
        try: [
          'Name the shared time, not the person: "We have a few minutes each tonight, so everyone gets a turn."',
          'Thank them and hand on: "Thank you, that\'s important. Let\'s hear from someone who hasn\'t spoken yet."',
          'Let the timer do the work: the chime is the group\'s agreement, not your judgement.',
        ],
        afterwards: 'If it keeps happening, a kind word in private: what they bring matters, and so does room for others.',
      },
      es: {
        title: 'Una voz ocupa casi todo el tiempo',
        notice: 'Una persona ha hablado mucho más de lo que le toca, o vuelve a intervenir tras cada turno.',
        try: [
          'Habla del tiempo compartido, no de la persona: «Hoy tenemos unos minutos cada uno, para que todos tengan su turno».',
          'Agradece y pasa la palabra: «Gracias, es importante. Vamos a escuchar a alguien que aún no ha hablado».',
          'Deja que el temporizador haga su trabajo: el aviso es un acuerdo del grupo, no un juicio tuyo.',
        ],
        afterwards: 'Si se repite, una palabra amable en privado: lo que aporta importa, y también que quede espacio para los demás.',
      },
    },
  },
  {
    id: 'quiet',
    sections: ['sharing', 'checkin'],
    text: {
      en: {
        title: 'The group goes quiet',
        notice: 'Several passes in a row, short answers, people looking down.',
        try: [
          'Wait a little longer than feels comfortable; silence is often people thinking.',
          'Make it easier: "You could share one word for how your week was."',
          'Remind them that passing is fine, and that the floor comes back round.',
        ],
        afterwards: 'Ask in the feedback whether the questions felt too deep, too soon; a lighter check-in may help next time.',
      },
      es: {
        title: 'El grupo se queda en silencio',
        notice: 'Varios pasan seguidos, respuestas cortas, miradas al suelo.',
        try: [
          'Espera un poco más de lo que resulta cómodo; el silencio suele ser gente pensando.',
          'Pónselo más fácil: «Podéis compartir una sola palabra sobre cómo ha ido la semana».',
          'Recuerda que pasar está bien, y que el turno vuelve a dar la vuelta.',
        ],
        afterwards: 'Pregunta en la valoración si las preguntas fueron demasiado profundas, demasiado pronto; la próxima vez puede ayudar un inicio más ligero.',
      },
    },
  },
  {
    id: 'advice-giving',
    sections: ['sharing'],
    text: {
      en: {
        title: 'Advice nobody asked for',
        notice: '"You should…", "What you need to do is…", answers to a problem the speaker only wanted to share.',
        try: [
          'Bring it back to experience: "Could you say what worked for you, rather than what they should do?"',
          'Ask the speaker: "Would ideas help right now, or would you rather just be heard?"',
          'Point to the ground rule the group agreed on speaking from our own experience, if it has one.',
        ],
        afterwards: 'If it is a pattern in the group, suggest adding "we share, we don\'t fix" to the ground rules at the next review.',
      },
      es: {
        title: 'Consejos que nadie ha pedido',
        notice: '«Tendrías que…», «Lo que tienes que hacer es…», soluciones a algo que la persona solo quería contar.',
        try: [
          'Llévalo a la experiencia: «¿Puedes contar qué te funcionó a ti, en vez de qué debería hacer?».',
          'Pregunta a quien habla: «¿Te ayudarían ideas ahora, o prefieres simplemente que te escuchemos?».',
          'Recuerda la norma del grupo sobre hablar desde la propia experiencia, si la tiene.',
        ],
        afterwards: 'Si pasa a menudo, propone añadir «compartimos, no arreglamos» a las normas en la próxima revisión.',
      },
    },
  },
  {
    id: 'crosstalk',
    sections: ['sharing', 'checkin'],
    text: {
      en: {
        title: 'Crosstalk and interruptions',
        notice: 'Side conversations, people answering each other mid-turn, someone cut off.',
        try: [
          'Hold up a hand and say gently: "One voice at a time, so we can all hear."',
          'Give the turn back: "Sorry, you were saying?"',
          'If a reply is needed, park it: "Let\'s keep that for the open time at the end."',
        ],
        afterwards: 'Check the ground rules say one person speaks at a time; if not, bring it to the next review.',
      },
      es: {
        title: 'Conversaciones cruzadas e interrupciones',
        notice: 'Conversaciones aparte, gente que se responde en mitad de un turno, alguien a quien cortan.',
        try: [
          'Levanta la mano y di con calma: «De uno en uno, para que podamos oírnos todos».',
          'Devuelve el turno: «Perdona, ¿qué decías?».',
          'Si hace falta responder, déjalo para después: «Guardemos eso para el tiempo abierto del final».',
        ],
        afterwards: 'Comprueba que las normas dicen que habla una persona cada vez; si no, llévalo a la próxima revisión.',
      },
    },
  },
  {
    id: 'conflict',
    sections: [],
    text: {
      en: {
        title: 'Conflict between members',
        notice: 'Raised voices, blame, two people talking to each other rather than to the group.',
        try: [
          'Slow it down: "Let\'s pause for a moment. Both of you matter here."',
          'Bring it back to each person\'s own experience: "Can you say how this affects you, using I?"',
          'If it does not settle, take a short break, and speak to each person apart.',
        ],
        afterwards: 'Talk with each of them before the next meeting; ask your coordinator for support if it goes on.',
      },
      es: {
        title: 'Conflicto entre miembros',
        notice: 'Voces altas, reproches, dos personas hablándose entre ellas en lugar de al grupo.',
        try: [
          'Baja el ritmo: «Paremos un momento. Las dos personas importáis aquí».',
          'Vuelve a la experiencia de cada cual: «¿Puedes decir cómo te afecta a ti, hablando en primera persona?».',
          'Si no se calma, haced una pausa breve y habla con cada persona por separado.',
        ],
        afterwards: 'Habla con cada una antes de la próxima reunión; pide apoyo a tu coordinación si continúa.',
      },
    },
  },
  {
    id: 'oversharing',
    sections: ['sharing', 'checkin', 'welcome'],
    text: {
      en: {
        title: 'Sharing more than is safe',
        notice: 'Graphic detail, something very raw early on, others looking uneasy.',
        try: [
          'Gently slow it: "Thank you for trusting us. You don\'t need to go into detail for us to understand."',
          'Remind everyone that they choose what to share, and that what is said stays here.',
          'Check in with the group afterwards: "That was a lot to hear. How is everyone?"',
        ],
        afterwards: 'Speak to the person after the meeting: how they are, and whether they have support outside the group.',
      },
      es: {
        title: 'Contar más de lo que es seguro',
        notice: 'Detalles muy crudos, algo muy reciente desde el principio, otras personas incómodas.',
        try: [
          'Frénalo con suavidad: «Gracias por confiar en nosotros. No hace falta entrar en detalles para que te entendamos».',
          'Recuerda a todos que cada cual elige qué contar, y que lo que se dice se queda aquí.',
          'Pregunta al grupo después: «Ha sido mucho que escuchar. ¿Cómo estáis?».',
        ],
        afterwards: 'Habla con la persona al acabar: cómo está y si tiene apoyo fuera del grupo.',
      },
    },
  },
  {
    id: 'medication',
    sections: ['sharing'],
    text: {
      en: {
        title: 'Talk of medication or treatment',
        notice: 'Doses compared, someone thinking of stopping a medicine, a treatment praised or condemned.',
        try: [
          'Welcome the experience and steer from advice: "What was that like for you?"',
          'Say plainly that the group cannot advise on medicine: "That is one to talk over with your doctor or pharmacist."',
          'Avoid agreeing that anyone should stop or change a treatment.',
        ],
        afterwards: 'If someone seemed at risk after stopping a medicine, treat it as a crisis and follow the crisis plan.',
      },
      es: {
        title: 'Se habla de medicación o tratamientos',
        notice: 'Se comparan dosis, alguien piensa dejar un medicamento, se alaba o se condena un tratamiento.',
        try: [
          'Acoge la experiencia y aléjate del consejo: «¿Cómo lo viviste tú?».',
          'Di claramente que el grupo no puede aconsejar sobre medicación: «Eso conviene hablarlo con tu médico o en la farmacia».',
          'No des la razón a nadie en dejar o cambiar un tratamiento.',
        ],
        afterwards: 'Si alguien parecía en riesgo tras dejar un medicamento, trátalo como una crisis y sigue el plan del grupo.',
      },
    },
  },
  {
    id: 'intoxicated',
    sections: [],
    text: {
      en: {
        title: 'Someone seems intoxicated or is disruptive',
        notice: 'Slurred speech, the smell of alcohol, shouting, not following the ground rules.',
        try: [
          'Speak to them privately and calmly, not in front of the group.',
          'Be kind and clear: "I\'m glad you came. Tonight isn\'t the right night to take part; please come back next week."',
          'Think of safety first: how will they get home? Do not leave them alone if they are unwell.',
        ],
        afterwards: 'Follow up when they are sober, warmly. Tell your coordinator if anyone was unsafe.',
      },
      es: {
        title: 'Alguien parece ebrio o altera la reunión',
        notice: 'Habla arrastrada, olor a alcohol, gritos, no respeta las normas.',
        try: [
          'Habla con la persona aparte y con calma, no delante del grupo.',
          'Sé amable y claro: «Me alegra que hayas venido. Hoy no es el mejor día para participar; vuelve la semana que viene, por favor».',
          'Piensa primero en la seguridad: ¿cómo volverá a casa? No la dejes sola si no se encuentra bien.',
        ],
        afterwards: 'Retoma el contacto cuando esté sobria, con cariño. Avisa a tu coordinación si alguien no estuvo a salvo.',
      },
    },
  },
  {
    id: 'losing-focus',
    sections: [],
    text: {
      en: {
        title: 'The meeting is losing focus',
        notice: 'Long tangents, news and politics, the plan running late with little shared.',
        try: [
          'Name it kindly: "We\'ve drifted a bit. Let\'s come back to how this week has been for each of us."',
          'Use the plan: say what is next and how long is left.',
          'Recall the group\'s purpose in a sentence.',
        ],
        afterwards: 'If it happens often, look at the plan with the group: fewer sections, or a clearer question.',
      },
      es: {
        title: 'La reunión se dispersa',
        notice: 'Desvíos largos, noticias y política, el plan va con retraso y se comparte poco.',
        try: [
          'Dilo con amabilidad: «Nos hemos ido un poco. Volvamos a cómo ha ido la semana para cada uno».',
          'Apóyate en el plan: di qué viene ahora y cuánto tiempo queda.',
          'Recuerda el propósito del grupo en una frase.',
        ],
        afterwards: 'Si pasa a menudo, revisad el plan en grupo: menos secciones, o una pregunta más clara.',
      },
    },
  },
  {
    id: 'new-member',
    sections: ['welcome', 'rules'],
    text: {
      en: {
        title: 'A new member\'s first meeting',
        notice: 'Someone new, perhaps nervous, not knowing how the group works.',
        try: [
          'Welcome them by name and say how the meeting runs: turns, timing, passing is fine.',
          'Read the ground rules aloud, confidentiality first, and ask everyone to agree again.',
          'Invite, never push: "Share as much or as little as you like. You can pass."',
        ],
        afterwards: 'A word at the end: how was it, and will they come back? Point them to the resources.',
      },
      es: {
        title: 'La primera reunión de alguien nuevo',
        notice: 'Alguien nuevo, quizá nervioso, que no sabe cómo funciona el grupo.',
        try: [
          'Dale la bienvenida por su nombre y explica cómo va la reunión: turnos, tiempo, se puede pasar.',
          'Lee las normas en voz alta, la confidencialidad primero, y pide a todos que vuelvan a aceptarlas.',
          'Invita, no presiones: «Comparte tanto o tan poco como quieras. Puedes pasar».',
        ],
        afterwards: 'Una palabra al final: ¿cómo le ha ido?, ¿volverá? Muéstrale los recursos.',
      },
    },
  },
  {
    id: 'late-arrival',
    sections: [],
    text: {
      en: {
        title: 'Someone arrives late',
        notice: 'A knock, a chair pulled up mid-turn.',
        try: [
          'Let the speaker finish; welcome the newcomer with a nod.',
          'At the next pause, welcome them and say where the group is.',
          'Mark them here: the round makes room for them and the time is shared again.',
        ],
        afterwards: 'Nothing to record beyond the time they came; the report counts it as a late arrival, never a name.',
      },
      es: {
        title: 'Alguien llega tarde',
        notice: 'Llaman a la puerta, alguien acerca una silla en mitad de un turno.',
        try: [
          'Deja que termine quien habla; saluda a quien llega con un gesto.',
          'En la siguiente pausa, dale la bienvenida y di por dónde va el grupo.',
          'Márcalo como presente: la ronda le hace sitio y el tiempo se vuelve a repartir.',
        ],
        afterwards: 'No hay nada que apuntar salvo la hora de llegada; el informe lo cuenta como llegada tarde, nunca con un nombre.',
      },
    },
  },
  {
    id: 'first-meeting',
    sections: ['welcome', 'consent', 'rules', 'purpose'],
    text: {
      en: {
        title: 'The group\'s first meeting',
        notice: 'Nobody knows how this will go, you included.',
        try: [
          'Start with what the group is for and what it is not (not therapy, not advice).',
          'Agree confidentiality and its limits before anyone shares.',
          'Keep it light: a short check-in, and time to say what people hope for.',
        ],
        afterwards: 'Ask for feedback at the end; the first evaluation is one of the group\'s first goals.',
      },
      es: {
        title: 'La primera reunión del grupo',
        notice: 'Nadie sabe cómo irá, tú tampoco.',
        try: [
          'Empieza por para qué es el grupo y para qué no (no es terapia ni consejo).',
          'Acordad la confidencialidad y sus límites antes de que nadie comparta.',
          'Que sea ligera: una ronda breve y tiempo para decir qué espera cada cual.',
        ],
        afterwards: 'Pide una valoración al final; evaluar la primera reunión es uno de los primeros objetivos del grupo.',
      },
    },
  },
  {
    id: 'member-leaves',
    sections: ['close'],
    text: {
      en: {
        title: 'A member leaves the group',
        notice: 'Someone says it is their last meeting, or has stopped coming.',
        try: [
          'Make room for a goodbye: "Would you like to say anything to the group?"',
          'Let the group say what the person has brought.',
          'If they stopped coming, a short message may help: the door stays open.',
        ],
        afterwards: 'Mark them as having left on the group page; their past attendance stays on record.',
      },
      es: {
        title: 'Un miembro deja el grupo',
        notice: 'Alguien dice que es su última reunión, o ha dejado de venir.',
        try: [
          'Deja espacio para despedirse: «¿Quieres decirle algo al grupo?».',
          'Que el grupo diga lo que esa persona ha aportado.',
          'Si ha dejado de venir, un mensaje breve puede ayudar: la puerta sigue abierta.',
        ],
        afterwards: 'Márcalo como baja en la página del grupo; su asistencia pasada se conserva.',
      },
    },
  },
  {
    id: 'group-stage',
    sections: ['purpose', 'close'],
    text: {
      en: {
        title: 'Where the group is in its life',
        notice: 'Forming (polite, unsure), storming (friction, testing the rules), norming (trust grows), performing (the group carries itself).',
        try: [
          'Forming: give structure; explain each part of the meeting.',
          'Storming: welcome disagreement, and come back to the ground rules together.',
          'Norming and performing: step back; let members lead parts of the meeting.',
        ],
        afterwards: 'At the review, ask the group where it thinks it is, and whether its purpose and rules still fit.',
      },
      es: {
        title: 'En qué momento está el grupo',
        notice: 'Formación (educado, inseguro), conflicto (roces, se ponen a prueba las normas), normalización (crece la confianza), funcionamiento (el grupo se sostiene solo).',
        try: [
          'Formación: da estructura; explica cada parte de la reunión.',
          'Conflicto: acoge el desacuerdo y volved juntos a las normas.',
          'Normalización y funcionamiento: da un paso atrás; deja que los miembros lleven partes de la reunión.',
        ],
        afterwards: 'En la revisión, pregunta al grupo en qué momento cree que está, y si su propósito y sus normas siguen encajando.',
      },
    },
  },
];

/** A situation by id. */
export function situation(id: SituationId): Situation {
  return SITUATIONS.find((s) => s.id === id) as Situation;
}

/** The situations for a section first (those it most often comes up in), then the rest, crisis always first. */
export function situationsFor(section: string | null): Situation[] {
  const inSection = (s: Situation) => section !== null && (s.sections as string[]).includes(section);
  return [...SITUATIONS].sort((a, b) => Number(b.id === 'crisis') - Number(a.id === 'crisis') || Number(inSection(b)) - Number(inSection(a)));
}
