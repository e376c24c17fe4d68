// Every string the interface shows (content comes from the backend already translated).
// Spanish is the source dictionary; its keys define `MessageKey`, and the English dictionary must
// have exactly the same keys (the type enforces it, a unit test double-checks at runtime).
import type { Lang } from '../backend';

const es = {
  'app.name': 'Crónica',
  'app.tagline': 'Historia política reciente de Chile',
  'skip.toContent': 'Saltar al contenido',
  'nav.label': 'Navegación principal',
  'nav.home': 'Inicio',
  'nav.chapters': 'Capítulos',
  'nav.timeline': 'Línea de tiempo',
  'nav.figures': 'Personajes',
  'nav.glossary': 'Glosario',
  'nav.settings': 'Ajustes',

  'status.loading': 'Cargando…',
  'error.title': 'No se pudo cargar esta vista',
  'error.intro': 'La aplicación respondió con este error:',
  'error.retry': 'Reintentar',
  'notFound.title': 'Página no encontrada',
  'notFound.body': 'No existe ninguna vista en la dirección «{path}».',
  'notFound.home': 'Volver al inicio',

  'notice.label': 'Avisos',
  'notice.userDataRecovered':
    'Tus datos de estudio no se pudieron leer; se guardó una copia en {path} y se empezó de nuevo.',
  'notice.settingsRecovered':
    'Tus ajustes no se pudieron leer; se guardó una copia en {path} y se volvió a los valores predeterminados.',
  'notice.userDataUnavailable':
    'No se pudo abrir ni crear tu archivo de datos de estudio ({path}). Puedes seguir estudiando, pero nada de lo que hagas en esta sesión se guardará.',
  'notice.dismiss': 'Cerrar aviso',

  'home.asOf': 'Contenido actualizado al {date}',
  'home.covers': 'Qué incluye',
  'home.eras': 'Períodos',
  'home.continue': 'Continuar donde quedaste',
  'home.continueDetail': '{chapter} · {section}',
  'home.start': 'Empieza a leer',
  'home.startDetail': 'Capítulo {n}: {chapter}',
  'home.allChapters': 'Ver todos los capítulos',
  'home.lastQuiz': 'Último cuestionario',
  'home.lastQuizDetail': '{chapter}: {score} respuestas correctas ({date})',

  'count.chapters': 'Capítulos',
  'count.events': 'Acontecimientos',
  'count.figures': 'Personajes',
  'count.terms': 'Términos del glosario',
  'count.questions': 'Preguntas',
  'count.sources': 'Fuentes citadas',
  'count.perspectives': 'Perspectivas en debate',

  'era.present': 'hoy',

  'chapters.title': 'Capítulos',
  'chapters.intro': 'Léelos en orden o empieza por el que te interese.',
  'chapters.number': 'Capítulo {n}',
  'chapters.progress': '{read} de {total} secciones leídas',
  'chapters.questions.one': '1 pregunta',
  'chapters.questions.other': '{n} preguntas',
  'chapters.readingTime': 'unos {n} min de lectura',
  'chapters.bestScore': 'Mejor puntaje: {score}',
  'chapters.empty': 'Todavía no hay capítulos.',

  'reader.contents': 'Contenido del capítulo',
  'reader.sectionRead': 'leída',
  'reader.sources': 'Fuentes de esta sección',
  'reader.perspectives': 'Perspectivas en debate',
  'reader.previous': 'Capítulo anterior',
  'reader.next': 'Capítulo siguiente',
  'reader.chapterNav': 'Otros capítulos',
  'reader.nextSection': 'Siguiente sección',
  'reader.quiz': 'Ponerte a prueba',
  'reader.quizHint': 'Responde las preguntas de este capítulo.',
  'reader.saveError': 'No se pudo guardar tu avance de lectura: {error}',

  'source.show': 'Ver fuente',
  'source.hide': 'Ocultar fuente',
  'source.accessed': 'consultado el {date}',
  'source.by': 'por {author}',

  'timeline.title': 'Línea de tiempo',
  'timeline.filters': 'Filtrar',
  'timeline.era': 'Período',
  'timeline.figure': 'Personaje',
  'timeline.allEras': 'Todos los períodos',
  'timeline.allFigures': 'Todos los personajes',
  'timeline.clear': 'Quitar filtros',
  'timeline.empty': 'No hay acontecimientos que coincidan con estos filtros.',
  'timeline.count.one': '1 acontecimiento',
  'timeline.count.other': '{n} acontecimientos',

  'event.date': 'Fecha',
  'event.figures': 'Personajes',
  'event.places': 'Lugares',
  'event.era': 'Período',
  'event.chapters': 'Se trata en los capítulos',
  'event.perspectives': 'Perspectivas en debate',
  'event.sources': 'Fuentes',
  'event.backToTimeline': 'Volver a la línea de tiempo',

  'figures.title': 'Personajes',
  'figures.empty': 'Todavía no hay personajes.',
  'figure.born': 'nació en {date}',
  'figure.roles': 'Cargos y roles',
  'figure.events': 'Acontecimientos relacionados',
  'figure.chapters': 'Aparece en los capítulos',
  'figure.sources': 'Fuentes',
  'figure.onTimeline': 'Ver en la línea de tiempo',

  'glossary.title': 'Glosario',
  'glossary.empty': 'Todavía no hay términos.',
  'term.kicker': 'Glosario',
  'term.sources': 'Fuentes',
  'term.back': 'Volver al glosario',

  'perspective.kicker': 'Perspectiva en debate',
  'perspective.note':
    'Cada mirada se presenta atribuida a quienes la sostienen; Crónica no da un veredicto propio.',
  'perspective.views': 'Miradas',
  'perspective.chapters': 'Capítulos relacionados',
  'perspective.events': 'Acontecimientos relacionados',
  'perspective.sources': 'Fuentes',

  'quiz.title': 'Cuestionario: {chapter}',
  'quiz.progress': 'Pregunta {n} de {total}',
  'quiz.true': 'Verdadero',
  'quiz.false': 'Falso',
  'quiz.year': 'Año',
  'quiz.submit': 'Responder',
  'quiz.orderHint': 'Ordena la lista con los botones «Subir» y «Bajar» y luego responde.',
  'quiz.moveUp': 'Subir «{item}»',
  'quiz.moveDown': 'Bajar «{item}»',
  'quiz.up': 'Subir',
  'quiz.down': 'Bajar',
  'quiz.moved': '«{item}» quedó en la posición {n} de {total}.',
  'quiz.matchHint': 'Elige el cargo que corresponde a cada personaje y luego responde.',
  'quiz.choose': 'Elige…',
  'quiz.correct': '¡Correcto!',
  'quiz.incorrect': 'Incorrecto',
  'quiz.correctAnswer': 'Respuesta correcta: {answer}',
  'quiz.sources': 'Fuentes',
  'quiz.next': 'Siguiente',
  'quiz.seeResult': 'Ver resultado',
  'quiz.result': 'Tu resultado',
  'quiz.score': '{correct} / {total}',
  'quiz.scoreLabel': 'respuestas correctas',
  'quiz.message.great': '¡Excelente! Dominas este capítulo.',
  'quiz.message.good': 'Buen trabajo. Repasa las preguntas que fallaste.',
  'quiz.message.review': 'Vale la pena volver a leer el capítulo e intentarlo otra vez.',
  'quiz.retry': 'Intentar de nuevo',
  'quiz.backToChapter': 'Volver al capítulo',
  'quiz.empty': 'Este capítulo todavía no tiene preguntas.',

  'settings.title': 'Ajustes',
  'settings.language': 'Idioma',
  'settings.language.es': 'Español',
  'settings.language.en': 'English',
  'settings.theme': 'Tema',
  'settings.theme.light': 'Claro',
  'settings.theme.dark': 'Oscuro',
  'settings.textSize': 'Tamaño del texto',
  'settings.textSize.small': 'Pequeño',
  'settings.textSize.medium': 'Mediano',
  'settings.textSize.large': 'Grande',
  'settings.saved': 'Ajustes guardados.',
  'settings.saveError': 'No se pudieron guardar los ajustes: {error}',
  'settings.sample': 'Así se verá el texto de los capítulos.',
};

export type MessageKey = keyof typeof es;
export type Dictionary = Record<MessageKey, string>;

const en: Dictionary = {
  'app.name': 'Crónica',
  'app.tagline': 'Recent political history of Chile',
  'skip.toContent': 'Skip to content',
  'nav.label': 'Main navigation',
  'nav.home': 'Home',
  'nav.chapters': 'Chapters',
  'nav.timeline': 'Timeline',
  'nav.figures': 'Figures',
  'nav.glossary': 'Glossary',
  'nav.settings': 'Settings',

  'status.loading': 'Loading…',
  'error.title': 'This view could not be loaded',
  'error.intro': 'The app answered with this error:',
  'error.retry': 'Try again',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no view at “{path}”.',
  'notFound.home': 'Back to the home page',

  'notice.label': 'Notices',
  'notice.userDataRecovered':
    'Your study data could not be read; a copy was saved to {path} and a fresh start was made.',
  'notice.settingsRecovered':
    'Your settings could not be read; a copy was saved to {path} and the defaults were restored.',
  'notice.userDataUnavailable':
    'Your study data file ({path}) could not be opened or created. You can keep studying, but nothing you do in this session will be saved.',
  'notice.dismiss': 'Dismiss notice',

  'home.asOf': 'Content up to date as of {date}',
  'home.covers': 'What it covers',
  'home.eras': 'Eras',
  'home.continue': 'Continue where you left off',
  'home.continueDetail': '{chapter} · {section}',
  'home.start': 'Start reading',
  'home.startDetail': 'Chapter {n}: {chapter}',
  'home.allChapters': 'See all chapters',
  'home.lastQuiz': 'Last quiz',
  'home.lastQuizDetail': '{chapter}: {score} correct answers ({date})',

  'count.chapters': 'Chapters',
  'count.events': 'Events',
  'count.figures': 'Figures',
  'count.terms': 'Glossary terms',
  'count.questions': 'Questions',
  'count.sources': 'Sources cited',
  'count.perspectives': 'Contested perspectives',

  'era.present': 'present',

  'chapters.title': 'Chapters',
  'chapters.intro': 'Read them in order or start with the one that interests you.',
  'chapters.number': 'Chapter {n}',
  'chapters.progress': '{read} of {total} sections read',
  'chapters.questions.one': '1 question',
  'chapters.questions.other': '{n} questions',
  'chapters.readingTime': 'about {n} min read',
  'chapters.bestScore': 'Best score: {score}',
  'chapters.empty': 'There are no chapters yet.',

  'reader.contents': 'In this chapter',
  'reader.sectionRead': 'read',
  'reader.sources': 'Sources for this section',
  'reader.perspectives': 'Contested perspectives',
  'reader.previous': 'Previous chapter',
  'reader.next': 'Next chapter',
  'reader.chapterNav': 'Other chapters',
  'reader.nextSection': 'Next section',
  'reader.quiz': 'Quiz yourself',
  'reader.quizHint': 'Answer the questions on this chapter.',
  'reader.saveError': 'Your reading progress could not be saved: {error}',

  'source.show': 'Show source',
  'source.hide': 'Hide source',
  'source.accessed': 'accessed {date}',
  'source.by': 'by {author}',

  'timeline.title': 'Timeline',
  'timeline.filters': 'Filter',
  'timeline.era': 'Era',
  'timeline.figure': 'Figure',
  'timeline.allEras': 'All eras',
  'timeline.allFigures': 'All figures',
  'timeline.clear': 'Clear filters',
  'timeline.empty': 'No events match these filters.',
  'timeline.count.one': '1 event',
  'timeline.count.other': '{n} events',

  'event.date': 'Date',
  'event.figures': 'Figures',
  'event.places': 'Places',
  'event.era': 'Period',
  'event.chapters': 'Covered in the chapters',
  'event.perspectives': 'Contested perspectives',
  'event.sources': 'Sources',
  'event.backToTimeline': 'Back to the timeline',

  'figures.title': 'Figures',
  'figures.empty': 'There are no figures yet.',
  'figure.born': 'born {date}',
  'figure.roles': 'Positions and roles',
  'figure.events': 'Related events',
  'figure.chapters': 'Appears in the chapters',
  'figure.sources': 'Sources',
  'figure.onTimeline': 'See on the timeline',

  'glossary.title': 'Glossary',
  'glossary.empty': 'There are no terms yet.',
  'term.kicker': 'Glossary',
  'term.sources': 'Sources',
  'term.back': 'Back to the glossary',

  'perspective.kicker': 'Contested perspective',
  'perspective.note':
    'Each view is attributed to those who hold it; Crónica does not give a verdict of its own.',
  'perspective.views': 'Views',
  'perspective.chapters': 'Related chapters',
  'perspective.events': 'Related events',
  'perspective.sources': 'Sources',

  'quiz.title': 'Quiz: {chapter}',
  'quiz.progress': 'Question {n} of {total}',
  'quiz.true': 'True',
  'quiz.false': 'False',
  'quiz.year': 'Year',
  'quiz.submit': 'Submit answer',
  'quiz.orderHint': 'Put the list in order with the “Move up” and “Move down” buttons, then submit.',
  'quiz.moveUp': 'Move “{item}” up',
  'quiz.moveDown': 'Move “{item}” down',
  'quiz.up': 'Move up',
  'quiz.down': 'Move down',
  'quiz.moved': '“{item}” is now at position {n} of {total}.',
  'quiz.matchHint': 'Choose the role that belongs to each figure, then submit.',
  'quiz.choose': 'Choose…',
  'quiz.correct': 'Correct!',
  'quiz.incorrect': 'Incorrect',
  'quiz.correctAnswer': 'Correct answer: {answer}',
  'quiz.sources': 'Sources',
  'quiz.next': 'Next',
  'quiz.seeResult': 'See your score',
  'quiz.result': 'Your score',
  'quiz.score': '{correct} / {total}',
  'quiz.scoreLabel': 'correct answers',
  'quiz.message.great': 'Excellent! You know this chapter well.',
  'quiz.message.good': 'Good work. Review the questions you missed.',
  'quiz.message.review': 'It is worth rereading the chapter and trying again.',
  'quiz.retry': 'Try again',
  'quiz.backToChapter': 'Back to the chapter',
  'quiz.empty': 'This chapter has no questions yet.',

  'settings.title': 'Settings',
  'settings.language': 'Language',
  'settings.language.es': 'Español',
  'settings.language.en': 'English',
  'settings.theme': 'Theme',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.textSize': 'Text size',
  'settings.textSize.small': 'Small',
  'settings.textSize.medium': 'Medium',
  'settings.textSize.large': 'Large',
  'settings.saved': 'Settings saved.',
  'settings.saveError': 'The settings could not be saved: {error}',
  'settings.sample': 'This is how chapter text will look.',
};

export const dictionaries: Record<Lang, Dictionary> = { es, en };

/** Month names as they appear inside a date ("11 de septiembre de 1973", "11 September 1973"). */
export const monthNames: Record<Lang, readonly string[]> = {
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export type MessageParams = Record<string, string | number>;

/** Looks a message up and fills its `{name}` placeholders; unknown placeholders are left visible. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Picks the `.one` or `.other` form; both languages only need these two forms for counts. */
export function translateCount(
  lang: Lang,
  base: 'chapters.questions' | 'timeline.count',
  n: number,
): string {
  const key: MessageKey = n === 1 ? `${base}.one` : `${base}.other`;
  return translate(lang, key, { n });
}
