/**
 * The built-in check-in questions, written for peer support groups. Light
 * ones suit a new or quiet group; reflective and deep ones, a group with trust.
 * Ids are stable: history and a group's edits refer to them. Never edit a
 * question's meaning in place; retire it and add a new id.
 */
import type { Depth, Theme } from './bank.js';

type Row = [id: string, depth: Depth, themes: Theme[], en: string, es: string];

const rows: Row[] = [
  // Light
  ['l-week-word', 'light', ['everyday'], 'In one word, how has your week been?', 'En una palabra, ¿cómo ha sido tu semana?'],
  ['l-small-good', 'light', ['gratitude', 'everyday'], 'What is one small good thing from the last few days?', '¿Qué cosa pequeña y buena te ha pasado estos días?'],
  ['l-weather', 'light', ['everyday'], 'If your mood today were weather, what would it be?', 'Si tu ánimo de hoy fuera un clima, ¿cuál sería?'],
  ['l-arrive', 'light', ['everyday'], 'What did you leave behind to be here today?', '¿Qué dejaste atrás para estar hoy aquí?'],
  ['l-energy', 'light', ['everyday', 'self-care'], 'How is your energy right now, from empty to full?', '¿Cómo está tu energía ahora mismo, de vacía a llena?'],
  ['l-comfort', 'light', ['self-care'], 'What is something that comforted you recently?', '¿Qué te ha reconfortado últimamente?'],
  ['l-laugh', 'light', ['gratitude', 'everyday'], 'When did you last laugh, and at what?', '¿Cuándo fue la última vez que te reíste, y de qué?'],
  ['l-looking-forward', 'light', ['goals', 'everyday'], 'What is one thing you are looking forward to?', '¿Qué es algo que esperas con ganas?'],
  ['l-thanks-someone', 'light', ['gratitude', 'connection'], 'Who would you like to thank this week, even silently?', '¿A quién te gustaría dar las gracias esta semana, aunque sea en silencio?'],
  ['l-need-today', 'light', ['self-care'], 'What do you need from this meeting today?', '¿Qué necesitas hoy de esta reunión?'],
  ['l-song', 'light', ['everyday'], 'What song or sound fits how you feel today?', '¿Qué canción o sonido va con cómo te sientes hoy?'],
  ['l-place', 'light', ['self-care'], 'Where is a place you feel at ease?', '¿En qué lugar te sientes a gusto?'],
  ['l-kind-act', 'light', ['connection', 'gratitude'], 'What is a kind thing someone did for you, or you did for someone?', '¿Qué gesto amable alguien tuvo contigo, o tuviste tú con alguien?'],
  ['l-one-win', 'light', ['goals', 'recovery'], 'What is one win, however small, since we last met?', '¿Qué logro, por pequeño que sea, has tenido desde la última vez?'],
  ['l-body', 'light', ['self-care'], 'How is your body feeling as you sit here?', '¿Cómo se siente tu cuerpo ahora que estás aquí?'],
  ['l-rest', 'light', ['self-care', 'everyday'], 'How have you been sleeping and resting?', '¿Cómo has dormido y descansado?'],
  ['l-colour', 'light', ['everyday'], 'If today had a colour, which would it be?', 'Si hoy tuviera un color, ¿cuál sería?'],
  ['l-bring', 'light', ['connection'], 'What would you like the group to know about you today?', '¿Qué te gustaría que el grupo supiera de ti hoy?'],
  ['l-treat', 'light', ['self-care', 'gratitude'], 'What is one way you were good to yourself lately?', '¿De qué manera te has tratado bien últimamente?'],
  ['l-noticed', 'light', ['everyday', 'gratitude'], 'What did you notice today that you usually miss?', '¿Qué notaste hoy que sueles pasar por alto?'],
  ['l-hope-week', 'light', ['goals'], 'What would make the coming week a good one?', '¿Qué haría buena la semana que viene?'],
  ['l-routine', 'light', ['recovery', 'everyday'], 'Which part of your daily routine is helping you most?', '¿Qué parte de tu rutina diaria te está ayudando más?'],
  // Reflective
  ['r-carrying', 'reflective', ['coping'], 'What are you carrying with you into this room today?', '¿Qué traes contigo hoy a esta sala?'],
  ['r-hard-moment', 'reflective', ['coping'], 'What was a hard moment this week, and how did you get through it?', '¿Qué momento difícil tuviste esta semana y cómo lo superaste?'],
  ['r-strength', 'reflective', ['coping', 'recovery'], 'What strength of yours showed up recently?', '¿Qué fortaleza tuya apareció últimamente?'],
  ['r-learned', 'reflective', ['recovery', 'goals'], 'What have you learned about yourself since our last meeting?', '¿Qué has aprendido de ti desde nuestra última reunión?'],
  ['r-support-used', 'reflective', ['coping', 'connection'], 'Who or what did you lean on this week?', '¿En quién o en qué te apoyaste esta semana?'],
  ['r-change-noticed', 'reflective', ['recovery'], 'What change, in you or around you, have you noticed lately?', '¿Qué cambio, en ti o a tu alrededor, has notado últimamente?'],
  ['r-goal-step', 'reflective', ['goals'], 'What step did you take toward something that matters to you?', '¿Qué paso diste hacia algo que te importa?'],
  ['r-trigger', 'reflective', ['recovery', 'coping'], 'Was there a moment this week that tested you? What helped?', '¿Hubo un momento esta semana que te puso a prueba? ¿Qué te ayudó?'],
  ['r-remember', 'reflective', ['grief'], 'Is there someone you have been remembering this week?', '¿Hay alguien a quien has recordado esta semana?'],
  ['r-memory-comfort', 'reflective', ['grief', 'gratitude'], 'What memory has brought you some comfort lately?', '¿Qué recuerdo te ha dado algo de consuelo últimamente?'],
  ['r-boundary', 'reflective', ['self-care', 'connection'], 'Where did you say yes or no in a way that felt right?', '¿Dónde dijiste sí o no de una forma que te pareció correcta?'],
  ['r-surprised', 'reflective', ['everyday', 'recovery'], 'What surprised you about yourself recently?', '¿Qué te sorprendió de ti últimamente?'],
  ['r-grateful-hard', 'reflective', ['gratitude', 'coping'], 'What are you grateful for, even in a difficult week?', '¿Qué agradeces, incluso en una semana difícil?'],
  ['r-let-go', 'reflective', ['coping', 'self-care'], 'What would you like to set down for the next hour?', '¿Qué te gustaría dejar a un lado durante la próxima hora?'],
  ['r-proud', 'reflective', ['recovery', 'goals'], 'What is something you did recently that you are quietly proud of?', '¿Qué hiciste hace poco de lo que te sientes en silencio orgulloso u orgullosa?'],
  ['r-needs-met', 'reflective', ['self-care'], 'Which of your needs went unmet this week?', '¿Qué necesidad tuya quedó sin atender esta semana?'],
  ['r-first-sign', 'reflective', ['coping', 'recovery'], 'How do you notice, early on, that you are struggling?', '¿Cómo notas, al principio, que lo estás pasando mal?'],
  ['r-group-helped', 'reflective', ['connection'], 'Has anything from this group stayed with you since last time?', '¿Se te quedó algo de este grupo desde la última vez?'],
  ['r-anniversary', 'reflective', ['grief'], 'Are there dates coming up that feel heavy or meaningful?', '¿Se acercan fechas que se sienten pesadas o importantes?'],
  ['r-small-habit', 'reflective', ['recovery', 'self-care'], 'Which small habit has been keeping you steady?', '¿Qué pequeño hábito te está manteniendo estable?'],
  ['r-ask-help', 'reflective', ['connection', 'coping'], 'When did you last ask for help, and how did it go?', '¿Cuándo pediste ayuda por última vez, y cómo fue?'],
  ['r-time-for-me', 'reflective', ['self-care'], 'How much time did you give yourself this week?', '¿Cuánto tiempo te dedicaste esta semana?'],
  // Deep
  ['d-hope', 'deep', ['recovery', 'goals'], 'What gives you hope right now?', '¿Qué te da esperanza ahora mismo?'],
  ['d-unsaid', 'deep', ['connection', 'grief'], 'Is there something you have wanted to say but have not yet?', '¿Hay algo que has querido decir y todavía no has dicho?'],
  ['d-fear', 'deep', ['coping'], 'What worry has been taking up the most room in you?', '¿Qué preocupación está ocupando más espacio en ti?'],
  ['d-who-you-are', 'deep', ['recovery'], 'Who are you becoming through this?', '¿En quién te estás convirtiendo a través de esto?'],
  ['d-loss-changed', 'deep', ['grief'], 'How has your loss changed the way you live your days?', '¿Cómo ha cambiado tu pérdida la forma en que vives tus días?'],
  ['d-miss-most', 'deep', ['grief'], 'What do you miss most, and what do you want to keep?', '¿Qué es lo que más echas de menos, y qué quieres conservar?'],
  ['d-forgive', 'deep', ['recovery', 'connection'], 'Is there something you are trying to forgive, in yourself or someone else?', '¿Hay algo que intentas perdonar, en ti o en otra persona?'],
  ['d-turning-point', 'deep', ['recovery'], 'What was a turning point for you on this path?', '¿Cuál fue un punto de inflexión para ti en este camino?'],
  ['d-alone', 'deep', ['connection', 'coping'], 'When do you feel most alone, and what helps then?', '¿Cuándo te sientes más solo o sola, y qué te ayuda entonces?'],
  ['d-body-tells', 'deep', ['self-care', 'coping'], 'What has your body been trying to tell you?', '¿Qué ha intentado decirte tu cuerpo?'],
  ['d-younger-self', 'deep', ['recovery', 'self-care'], 'What would you like to tell a younger you?', '¿Qué te gustaría decirle a tu yo más joven?'],
  ['d-meaning', 'deep', ['goals', 'grief'], 'Where are you finding meaning these days?', '¿Dónde encuentras sentido estos días?'],
  ['d-stuck', 'deep', ['coping', 'goals'], 'Where do you feel stuck, and what might one small move be?', '¿Dónde te sientes atascado o atascada, y cuál podría ser un pequeño paso?'],
  ['d-honest', 'deep', ['connection'], 'What would you say today if you knew you would be fully understood?', '¿Qué dirías hoy si supieras que te van a entender del todo?'],
  ['d-carry-forward', 'deep', ['grief', 'gratitude'], 'What from the person you lost do you carry forward?', '¿Qué llevas contigo de la persona que perdiste?'],
  ['d-relapse-learn', 'deep', ['recovery', 'coping'], 'If you slipped recently, what did it teach you, without judging yourself?', 'Si tuviste una recaída reciente, ¿qué te enseñó, sin juzgarte?'],
  ['d-need-from-group', 'deep', ['connection'], 'What do you need from this group that you have not asked for?', '¿Qué necesitas de este grupo que todavía no has pedido?'],
  ['d-future-self', 'deep', ['goals', 'recovery'], 'Picture yourself a year from now, doing well. What is different?', 'Imagínate dentro de un año, estando bien. ¿Qué es distinto?'],
  ['d-grief-wave', 'deep', ['grief', 'coping'], 'How have the waves of grief come for you lately?', '¿Cómo te han llegado últimamente las olas del duelo?'],
  ['d-values', 'deep', ['goals'], 'Which of your values did you live out this week, and which felt out of reach?', '¿Qué valores tuyos viviste esta semana, y cuáles sentiste lejos?'],
];

// Pure, so a bundle that only stores check-ins (e.g. the timer's) leaves the texts out.
export const BUILT_IN_QUESTIONS = /* @__PURE__ */ rows.map(([id, depth, themes, en, es]) => ({
  id,
  depth,
  themes,
  text: { en, es },
  source: 'built-in' as const,
}));
