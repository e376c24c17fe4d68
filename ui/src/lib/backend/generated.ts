// Generated from crates/cronica-core/src/api/mod.rs by `UPDATE_BINDINGS=1 cargo test -p cronica-core api::`.
// Do not edit: change the Rust declaration and regenerate (a test fails while this file is stale).

export type About = { 
/**
 * This release of Crónica.
 */
appVersion: string, 
/**
 * The release that compiled the content database, when it says (an older one may not).
 */
contentVersion: string | null, 
/**
 * The date the content is up to.
 */
contentAsOf: string, };

export type AnkiSelection = { "kind": "bank" } | { "kind": "chapter", id: ChapterId, } | { "kind": "era", id: string, } | { "kind": "missed" };

export type AnswerMarks = { "kind": "whole" } | { "kind": "order", items: Array<OrderMark>, } | { "kind": "match", pairs: Array<MatchMark>, };

export type AnsweredQuestion = { questionId: QuestionId, correct: boolean, };

export type ApiError = { kind: ErrorKind, message: string, };

export type Ballot = { title: string, options: Array<BallotOption>, };

export type BallotOption = { label: string, 
/**
 * Percentage of valid votes, as published (two decimals).
 */
share: number, 
/**
 * Votes, where the sources give them.
 */
votes: number | null, };

export type BankFilter = { chapter?: string | null, era?: string | null, figure?: string | null, event?: string | null, kind?: QuestionKind | null, 
/**
 * Words that must all appear in the prompt (accents and case ignored).
 */
text?: string | null, 
/**
 * The authored bank when absent; `generated` lists the practice questions derived from the data.
 */
origin?: QuestionOrigin | null, };

export type BankQuestion = { id: QuestionId, chapterId: ChapterId, chapterTitle: string, kind: QuestionKind, 
/**
 * Written for the bank, or generated from the data (whose explanation names what it came from).
 */
origin: QuestionOrigin, prompt: string, 
/**
 * As a learner sees it, in the written order (the teacher's view; players get their own order).
 */
body: QuestionBody, answer: CorrectAnswer, explanation: string, sources: Array<Source>, };

export type Chapter = { id: ChapterId, order: number, title: string, summary: string, sections: Array<Section>, perspectives: Array<Ref>, previous: Ref | null, next: Ref | null, questionCount: number, progress: ChapterProgress, };

export type ChapterId = string;

export type ChapterMastery = { chapterId: ChapterId, title: string, 
/**
 * The era the chapter is counted in; none for a chapter that links to no event.
 */
eraId: string | null, mastery: Mastery, };

export type ChapterProgress = { sectionsRead: number, sectionsTotal: number, lastSectionId: string | null, 
/**
 * Which sections are read, in chapter order.
 */
readSectionIds: Array<string>, };

export type ChapterSummary = { id: ChapterId, order: number, title: string, summary: string, wordCount: number, questionCount: number, progress: ChapterProgress, bestScore: QuizScore | null, };

export type ChoiceOption = { id: number, text: string, };

export type ContinueReading = { chapterId: string, chapterTitle: string, sectionId: string, sectionTitle: string, };

export type CorrectAnswer = { "kind": "multipleChoice", option: ChoiceOption, } | { "kind": "trueFalse", value: boolean, } | { "kind": "year", year: number, } | { "kind": "order", items: Array<Ref>, } | { "kind": "match", pairs: Array<MatchedRole>, } | { "kind": "typed", answer: string, others: Array<string>, };

export type Counts = { chapters: number, events: number, figures: number, terms: number, questions: number, sources: number, perspectives: number, };

export type DueChapter = { chapterId: ChapterId, chapterTitle: string, due: number, };

export type Election = { id: string, kind: ElectionKind, title: string, 
/**
 * The event that tells the vote; the election takes its date.
 */
event: EventId, date: HistDate, note: string | null, ballots: Array<Ballot>, sources: Array<Source>, 
/**
 * The chapter sections that link the event, in reading order.
 */
mentions: Array<SectionMention>, };

export type ElectionKind = "presidential" | "plebiscite";

export type Era = { id: string, title: string, start: string, end: string | null, };

export type EraMastery = { eraId: string, title: string, chapters: number, mastery: Mastery, };

export type ErrorKind = "invalidContent" | "io" | "database" | "notFound" | "invalidInput" | "corrupt" | "settings" | "hosting" | "browser" | "print" | "internal";

export type EventDetail = { eraTitle: string, places: Array<string>, tags: Array<string>, sources: Array<Source>, chapters: Array<Ref>, perspectives: Array<Ref>, id: EventId, date: HistDate, end: HistDate | null, era: string, title: string, summary: string, figures: Array<FigureRef>, };

export type EventFilter = { era?: string | null, figure?: string | null, };

export type EventId = string;

export type EventSummary = { id: EventId, date: HistDate, end: HistDate | null, era: string, title: string, summary: string, figures: Array<FigureRef>, };

export type Feedback = { correct: boolean, correctAnswer: CorrectAnswer, 
/**
 * The answer item by item (orders and matches).
 */
marks: AnswerMarks, explanation: string, sources: Array<Source>, };

export type FigureDetail = { bio: string, roles: Array<Role>, events: Array<EventSummary>, chapters: Array<Ref>, sources: Array<Source>, id: FigureId, 
/**
 * The name people use, e.g. "Sebastián Piñera".
 */
displayName: string, 
/**
 * The full name, e.g. "Miguel Juan Sebastián Piñera Echenique".
 */
name: string, 
/**
 * Surname first, e.g. "Piñera Echenique, Sebastián": where the figure is filed in lists.
 */
sortKey: string, born: HistDate | null, died: HistDate | null, headline: Headline | null, 
/**
 * The offices the figure's roles name, in [`Office::ALL`] order.
 */
offices: Array<Office>, 
/**
 * The ids of the eras the figure's roles or events fall in, in era order.
 */
eras: Array<string>, };

export type FigureId = string;

export type FigureRef = { id: string, name: string, };

export type FigureSummary = { id: FigureId, 
/**
 * The name people use, e.g. "Sebastián Piñera".
 */
displayName: string, 
/**
 * The full name, e.g. "Miguel Juan Sebastián Piñera Echenique".
 */
name: string, 
/**
 * Surname first, e.g. "Piñera Echenique, Sebastián": where the figure is filed in lists.
 */
sortKey: string, born: HistDate | null, died: HistDate | null, headline: Headline | null, 
/**
 * The offices the figure's roles name, in [`Office::ALL`] order.
 */
offices: Array<Office>, 
/**
 * The ids of the eras the figure's roles or events fall in, in era order.
 */
eras: Array<string>, };

export type Headline = { title: string, spans: Array<RoleSpan>, };

export type HistDate = { iso: string, precision: Precision, };

export type Home = { title: string, description: string, asOf: string, counts: Counts, eras: Array<Era>, continueReading: ContinueReading | null, lastQuiz: QuizResult | null, };

export type HostedGame = { gameId: number, title: string, pin: string, 
/**
 * One address per network interface of this machine, the likeliest first.
 */
join: Array<JoinAddress>, 
/**
 * The teacher's WebSocket (loopback only, with its secret).
 */
teacherSocket: string, questionCount: number, 
/**
 * Items of the teacher's quiz skipped because their question no longer exists.
 */
missing: number, speedBonus: boolean, };

export type ImportedQuiz = { quiz: TeacherQuizSummary, ownQuestions: number, };

export type Inline = { "kind": "text", text: string, } | { "kind": "emphasis", text: string, } | { "kind": "link", text: string, target: LinkTarget, };

export type InterruptedQuiz = { attemptId: number, chapterTitles: Array<string>, answered: number, total: number, startedAt: Timestamp, };

export type ItemKind = "era" | "chapter" | "event" | "figure" | "term" | "perspective" | "source" | "question";

export type ItemOrigin = "bank" | "own";

export type JoinAddress = { url: string, 
/**
 * A QR code of `url`, as an SVG document made on this machine.
 */
qrSvg: string, };

export type Lang = "es" | "en";

export type LinkTarget = { kind: ItemKind, id: string, };

export type ListedNote = { note: Note, 
/**
 * The item's title; its id when the content no longer has it.
 */
title: string, 
/**
 * For a section, its chapter's title.
 */
context: string | null, 
/**
 * False when a content update removed the item (the note is kept all the same).
 */
available: boolean, };

export type LiveGameResults = { game: LiveGameSummary, standings: Array<LiveStanding>, rows: Array<LiveResultRow>, };

export type LiveGameSummary = { id: number, title: string, pin: string, startedAt: Timestamp, finishedAt: Timestamp | null, players: number, questionsAsked: number, questionCount: number, };

export type LiveResultRow = { nickname: string, question: string, answer: string, right: boolean, points: number, timeToAnswerMs: number | null, };

export type LiveSource = { "kind": "chapter", id: ChapterId, } | { "kind": "teacherQuiz", id: TeacherQuizId, };

export type LiveStanding = { rank: number, nickname: string, score: number, right: number, removed: boolean, };

export type Mastery = { sectionsRead: number, sectionsTotal: number, questionsTotal: number, 
/**
 * Questions answered at least once.
 */
questionsAnswered: number, 
/**
 * Questions whose latest answer was right: the mastered ones.
 */
questionsRight: number, };

export type MatchMark = { figure: FigureRef, chosenRole: string, rightRole: string, correct: boolean, };

export type MatchedRole = { figure: FigureRef, role: string, };

export type MissedQuestion = { questionId: QuestionId, prompt: string, 
/**
 * The learner's answer worded as answers are; `None` when the question was not answered.
 */
given: CorrectAnswer | null, feedback: Feedback, };

export type Note = { id: number, target: NoteTarget, 
/**
 * The learner's text, as typed; empty for a bookmark without a note.
 */
text: string, bookmarked: boolean, createdAt: Timestamp, updatedAt: Timestamp, };

export type NoteGroup = { kind: NoteKind, notes: Array<ListedNote>, };

export type NoteKind = "section" | "event" | "figure" | "term";

export type NoteTarget = { "kind": "section", chapterId: ChapterId, sectionId: SectionId, } | { "kind": "event", id: EventId, } | { "kind": "figure", id: FigureId, } | { "kind": "term", id: TermId, };

export type Notice = { kind: NoticeKind, 
/**
 * Where the unreadable file was moved to; for `userDataUnavailable`, `userDataReadOnly` and
 * `settingsUnavailable`, the path that could not be used.
 */
path: string, };

export type NoticeKind = "userDataRecovered" | "userDataReadOnly" | "userDataUnavailable" | "userDataSidecarSetAside" | "settingsRecovered" | "settingsUnavailable";

export type Office = "president" | "junta" | "minister" | "senator" | "deputy" | "commander" | "constitutionDrafter" | "mayor" | "presidentialCandidate";

export type OpenedSource = { id: SourceId, url: string, };

export type OrderMark = { item: Ref, 
/**
 * 1-based, as the learner ordered it.
 */
givenPosition: number, 
/**
 * 1-based, where it belongs.
 */
rightPosition: number, inPlace: boolean, };

export type OwnAnswer = { "kind": "multipleChoice", options: Array<TeacherText>, answer: number, } | { "kind": "trueFalse", answer: boolean, } | { "kind": "year", answer: number, } | { "kind": "order", items: Array<TeacherText>, } | { "kind": "match", pairs: Array<OwnPair>, } | { "kind": "typed", accepted: Array<TeacherText>, };

export type OwnPair = { left: TeacherText, right: TeacherText, };

export type OwnQuestion = { id: QuestionId, updatedAt: Timestamp, prompt: TeacherText, answer: OwnAnswer, explanation: TeacherText, source: string | null, };

export type OwnQuestionDraft = { prompt: TeacherText, answer: OwnAnswer, explanation: TeacherText, source: string | null, };

export type OwnQuestionSaved = { "outcome": "saved", question: OwnQuestion, } | { "outcome": "invalid", issues: Array<QuestionIssue>, };

export type Paragraph = { inlines: Array<Inline>, };

export type Perspective = { id: PerspectiveId, title: string, question: string, views: Array<PerspectiveView>, chapters: Array<Ref>, events: Array<Ref>, };

export type PerspectiveId = string;

export type PerspectiveSummary = { id: PerspectiveId, title: string, question: string, 
/**
 * The chapters that take it up, in reading order.
 */
chapters: Array<Ref>, };

export type PerspectiveView = { holder: string, text: string, sources: Array<Source>, };

export type Practice = { seed: number, scope: PracticeScope, 
/**
 * The chapter's or era's title; none for every chapter.
 */
title: string | null, 
/**
 * How many generated questions the scope has (a round asks up to ten of them).
 */
available: number, questions: Array<QuizQuestion>, };

export type PracticeScope = { "kind": "all" } | { "kind": "chapter", id: ChapterId, } | { "kind": "era", id: string, };

export type Precision = "year" | "month" | "day";

export type Presidency = { figure: FigureRef, start: HistDate, end: HistDate | null, };

export type PrintedWorksheet = { title: string, questions: number, };

export type ProgressReport = { total: Mastery, 
/**
 * Chapters in reading order.
 */
chapters: Array<ChapterMastery>, 
/**
 * Eras in order, those with at least one chapter.
 */
eras: Array<EraMastery>, streak: Streak, 
/**
 * Most often wrong first (then those last answered wrong, then the most recently answered).
 */
weakest: Array<WeakQuestion>, };

export type ProgressReset = { sectionsRead: number, 
/**
 * Answers given in quizzes and in review.
 */
answers: number, 
/**
 * Questions that had a review schedule.
 */
reviewCards: number, };

export type QuestionBody = { "kind": "multipleChoice", options: Array<ChoiceOption>, } | { "kind": "trueFalse" } | { "kind": "year" } | { "kind": "order", items: Array<Ref>, } | { "kind": "match", figures: Array<FigureRef>, roles: Array<ChoiceOption>, } | { "kind": "typed", maxLength: number, };

export type QuestionId = string;

export type QuestionIssue = { part: QuestionPart, problem: QuestionProblem, };

export type QuestionKind = "multipleChoice" | "trueFalse" | "year" | "order" | "match" | "typed";

export type QuestionOrigin = "authored" | "generated";

export type QuestionPart = { "part": "prompt", lang: Lang, } | { "part": "explanation", lang: Lang, } | { "part": "options" } | { "part": "optionTexts", lang: Lang, } | { "part": "answer" } | { "part": "items" } | { "part": "pairs" } | { "part": "pairTexts", lang: Lang, } | { "part": "source" };

export type QuestionProblem = { "problem": "optionCount", found: number, } | { "problem": "answerNotAnOption", answer: number, options: number, } | { "problem": "optionsRepeat", lang: Lang, } | { "problem": "rolesRepeat", lang: Lang, } | { "problem": "yearOutOfRange", year: number, max: number, } | { "problem": "itemCount", found: number, } | { "problem": "pairCount", found: number, } | { "problem": "noAcceptedAnswer" } | { "problem": "acceptedWithoutWords", lang: Lang, } | { "problem": "acceptedRepeat", lang: Lang, } | { "problem": "missingText", lang: Lang, } | { "problem": "tooLong", max: number, };

export type Quiz = { attemptId: number, 
/**
 * The chapter it was opened from.
 */
chapterId: ChapterId, chapterTitle: string, 
/**
 * Every chapter it draws from, in reading order.
 */
chapterTitles: Array<string>, questions: Array<QuizQuestion>, 
/**
 * Questions already answered (a resumed quiz goes on from the first one not answered).
 */
answered: Array<AnsweredQuestion>, };

export type QuizItemDraft = { origin: ItemOrigin, questionId: QuestionId, timeLimitS: number, points: number, };

export type QuizItemView = { "status": "bank", item: QuizItemDraft, question: BankQuestion, } | { "status": "own", item: QuizItemDraft, question: OwnQuestion, } | { "status": "missing", item: QuizItemDraft, };

export type QuizLength = "five" | "ten" | "twenty" | "all";

export type QuizOptions = { chapter: ChapterId, chapters: Array<ChapterId>, length: QuizLength, };

export type QuizQuestion = { id: QuestionId, prompt: string, body: QuestionBody, };

export type QuizResponse = { "kind": "multipleChoice", choice: number, } | { "kind": "trueFalse", value: boolean, } | { "kind": "year", year: number, } | { "kind": "order", order: Array<string>, } | { "kind": "match", roles: { [key in string]: number }, } | { "kind": "typed", text: string, };

export type QuizResult = { attemptId: number, chapterId: string, chapterTitle: string, correct: number, total: number, finishedAt: Timestamp | null, 
/**
 * Every question answered wrong or left unanswered, in the order asked.
 */
missed: Array<MissedQuestion>, };

export type QuizScore = { correct: number, total: number, };

export type Ref = { id: string, title: string, };

export type ReviewFeedback = { feedback: Feedback, nextDue: Timestamp, 
/**
 * Whole days from now to `next_due` (0: again today).
 */
intervalDays: number, };

export type ReviewQuestion = { chapterId: ChapterId, chapterTitle: string, question: QuizQuestion, };

export type ReviewSession = { sessionId: number, questions: Array<ReviewQuestion>, 
/**
 * How many questions are due today in all, this session's included.
 */
due: number, };

export type ReviewSummary = { due: number, chapters: Array<DueChapter>, 
/**
 * When the next question after today comes due, if any.
 */
nextDue: Timestamp | null, };

export type Role = { title: string, start: HistDate | null, end: HistDate | null, 
/**
 * Whether this is (a term of) the office the figure is best known for.
 */
headline: boolean, };

export type RoleSpan = { start: HistDate | null, end: HistDate | null, };

export type SavedFile = { path: string, fileName: string, };

export type SearchGroup = { kind: SearchKind, 
/**
 * Best first: those whose title holds every word, then the rest.
 */
hits: Array<SearchHit>, 
/**
 * Whether more of this kind matched than are listed.
 */
more: boolean, };

export type SearchHit = { kind: SearchKind, 
/**
 * The item's content id (for a section, its chapter's).
 */
id: string, 
/**
 * A chapter's section, when the match is in one.
 */
section: string | null, title: Array<Segment>, 
/**
 * What is shown beside the title: a section's or question's chapter, a figure's first office,
 * a source's publisher; empty when nothing is.
 */
context: string, 
/**
 * An event's or a source's date.
 */
date: HistDate | null, 
/**
 * Some words of the text, around its matches when it has any.
 */
snippet: Array<Segment>, opens: SearchTarget, };

export type SearchKind = "chapter" | "event" | "figure" | "term" | "perspective" | "question" | "source" | "note";

export type SearchResults = { groups: Array<SearchGroup>, 
/**
 * When nothing was found: the titles closest to what was typed, closest first.
 */
suggestions: Array<Suggestion>, };

export type SearchTarget = { screen: TargetScreen, 
/**
 * A chapter, event, figure, term or perspective id; for the quiz screen, its chapter's.
 */
id: string, section: string | null, };

export type Section = { id: SectionId, title: string, paragraphs: Array<Paragraph>, sources: Array<Source>, };

export type SectionId = string;

export type SectionMention = { chapter: ChapterId, section: SectionId, };

export type Segment = { text: string, highlighted: boolean, };

export type Settings = { language: Lang, theme: Theme, textSize: TextSize, };

export type Source = { id: SourceId, title: string, publisher: string, author: string | null, date: HistDate | null, accessed: string | null, url: string | null, citation: string | null, kind: SourceKind, language: string, };

export type SourceId = string;

export type SourceKind = "press" | "opinion" | "encyclopedia" | "official" | "academic" | "book" | "reference";

export type StartupProblem = "contentMissing" | "contentUnreadable" | "contentOutdated" | "appDataUnusable" | "internal";

export type Streak = { 
/**
 * Days in a row up to today (or up to yesterday, while today has no review yet).
 */
currentDays: number, longestDays: number, reviewedToday: boolean, };

export type Suggestion = { kind: SearchKind, title: string, context: string, opens: SearchTarget, };

export type TargetScreen = "chapter" | "event" | "figure" | "term" | "perspective" | "quiz";

export type TeacherQuiz = { id: TeacherQuizId, title: string, description: string, items: Array<QuizItemView>, updatedAt: Timestamp, };

export type TeacherQuizDraft = { title: string, description: string, items: Array<QuizItemDraft>, };

export type TeacherQuizId = string;

export type TeacherQuizSummary = { id: TeacherQuizId, title: string, description: string, questionCount: number, updatedAt: Timestamp, };

export type TeacherText = { es: string | null, en: string | null, };

export type Term = { id: TermId, name: string, definition: string, sources: Array<Source>, };

export type TermId = string;

export type TextSize = "small" | "medium" | "large";

export type Theme = "light" | "dark" | "system";

export type Timestamp = string;

export type UserDataStatus = "saved" | "readOnly" | "unavailable";

export type WeakQuestion = { questionId: QuestionId, chapterId: ChapterId, chapterTitle: string, prompt: string, wrong: number, answered: number, lastCorrect: boolean, 
/**
 * Whether it is due for review today (else it is practised in its chapter's quiz).
 */
dueToday: boolean, };

export type WorksheetSource = { "kind": "chapter", "id": string } | { "kind": "teacherQuiz", "id": string };

/** Every backend call, as the transport names it. */
export type Command = 'get_settings' | 'save_settings' | 'startup_notices' | 'user_data_status' | 'about' | 'home' | 'list_chapters' | 'get_chapter' | 'mark_section_read' | 'list_eras' | 'list_events' | 'get_event' | 'list_presidencies' | 'list_elections' | 'list_figures' | 'get_figure' | 'list_terms' | 'get_term' | 'list_perspectives' | 'get_perspective' | 'get_source' | 'open_source' | 'search' | 'get_note' | 'chapter_notes' | 'save_note' | 'delete_note' | 'set_bookmark' | 'list_notes' | 'save_notes_markdown' | 'progress' | 'reset_progress' | 'start_quiz' | 'interrupted_quiz' | 'resume_quiz' | 'answer_question' | 'finish_quiz' | 'review_summary' | 'start_review' | 'answer_review' | 'start_practice' | 'answer_practice' | 'browse_bank' | 'list_own_questions' | 'save_own_question' | 'delete_own_question' | 'list_teacher_quizzes' | 'get_teacher_quiz' | 'save_teacher_quiz' | 'duplicate_teacher_quiz' | 'delete_teacher_quiz' | 'export_teacher_quiz' | 'save_teacher_quiz_pack' | 'save_teacher_quiz_gift' | 'save_bank_gift' | 'save_anki_deck' | 'save_worksheet' | 'print_worksheet' | 'import_teacher_quiz' | 'host_live_game' | 'hosted_live_game' | 'stop_live_game' | 'list_live_games' | 'live_game_results' | 'live_game_csv' | 'save_live_game_csv';

export const COMMANDS: readonly Command[] = ['get_settings', 'save_settings', 'startup_notices', 'user_data_status', 'about', 'home', 'list_chapters', 'get_chapter', 'mark_section_read', 'list_eras', 'list_events', 'get_event', 'list_presidencies', 'list_elections', 'list_figures', 'get_figure', 'list_terms', 'get_term', 'list_perspectives', 'get_perspective', 'get_source', 'open_source', 'search', 'get_note', 'chapter_notes', 'save_note', 'delete_note', 'set_bookmark', 'list_notes', 'save_notes_markdown', 'progress', 'reset_progress', 'start_quiz', 'interrupted_quiz', 'resume_quiz', 'answer_question', 'finish_quiz', 'review_summary', 'start_review', 'answer_review', 'start_practice', 'answer_practice', 'browse_bank', 'list_own_questions', 'save_own_question', 'delete_own_question', 'list_teacher_quizzes', 'get_teacher_quiz', 'save_teacher_quiz', 'duplicate_teacher_quiz', 'delete_teacher_quiz', 'export_teacher_quiz', 'save_teacher_quiz_pack', 'save_teacher_quiz_gift', 'save_bank_gift', 'save_anki_deck', 'save_worksheet', 'print_worksheet', 'import_teacher_quiz', 'host_live_game', 'hosted_live_game', 'stop_live_game', 'list_live_games', 'live_game_results', 'live_game_csv', 'save_live_game_csv'];

/** How calls reach the backend: Tauri IPC in the app, HTTP for pages the classroom server serves. */
export interface Transport {
  call<T>(command: Command, args: Record<string, unknown>): Promise<T>;
}

/** One typed function per backend call. */
export function makeApi(transport: Transport) {
  return {
    /** The learner's preferences. */
    getSettings: () => transport.call<Settings>('get_settings', {}),
    /** Saves the learner's preferences and returns them as stored. */
    saveSettings: (settings: Settings) => transport.call<Settings>('save_settings', { settings }),
    /** What went wrong with the learner's files at start-up, and what was done about it. */
    startupNotices: () => transport.call<Array<Notice>>('startup_notices', {}),
    /** Whether what the learner does in this session is kept (screens that write say so first). */
    userDataStatus: () => transport.call<UserDataStatus>('user_data_status', {}),
    /** This release and the content's: for the settings screen's "About" section. */
    about: () => transport.call<About>('about', {}),
    home: (lang: Lang) => transport.call<Home>('home', { lang }),
    listChapters: (lang: Lang) => transport.call<Array<ChapterSummary>>('list_chapters', { lang }),
    getChapter: (lang: Lang, id: ChapterId) => transport.call<Chapter>('get_chapter', { lang, id }),
    /** Records that a section was read; returns the chapter's progress. */
    markSectionRead: (chapterId: ChapterId, sectionId: SectionId) => transport.call<ChapterProgress>('mark_section_read', { chapterId, sectionId }),
    listEras: (lang: Lang) => transport.call<Array<Era>>('list_eras', { lang }),
    listEvents: (lang: Lang, filter: EventFilter) => transport.call<Array<EventSummary>>('list_events', { lang, filter }),
    getEvent: (lang: Lang, id: EventId) => transport.call<EventDetail>('get_event', { lang, id }),
    /** The presidential terms the figures' roles record, in order: the timeline's band of who governed. */
    listPresidencies: () => transport.call<Array<Presidency>>('list_presidencies', {}),
    /** Election and plebiscite results in date order (only one event's when given), with their sources. */
    listElections: (lang: Lang, event: EventId | null) => transport.call<Array<Election>>('list_elections', { lang, event }),
    listFigures: (lang: Lang) => transport.call<Array<FigureSummary>>('list_figures', { lang }),
    getFigure: (lang: Lang, id: FigureId) => transport.call<FigureDetail>('get_figure', { lang, id }),
    listTerms: (lang: Lang) => transport.call<Array<Term>>('list_terms', { lang }),
    getTerm: (lang: Lang, id: TermId) => transport.call<Term>('get_term', { lang, id }),
    listPerspectives: (lang: Lang) => transport.call<Array<PerspectiveSummary>>('list_perspectives', { lang }),
    getPerspective: (lang: Lang, id: PerspectiveId) => transport.call<Perspective>('get_perspective', { lang, id }),
    getSource: (id: SourceId) => transport.call<Source>('get_source', { id }),
    /** Opens a source's page in the system browser (the window itself never leaves the app). */
    openSource: (id: SourceId) => transport.call<OpenedSource>('open_source', { id }),
    /** Searches the whole content: results grouped by kind, matches highlighted; closest titles when nothing matches. */
    search: (lang: Lang, query: string) => transport.call<SearchResults>('search', { lang, query }),
    /** The learner's note and bookmark on a section, event, figure or term, if any. */
    getNote: (target: NoteTarget) => transport.call<Note | null>('get_note', { target }),
    /** The notes and bookmarks on a chapter's sections. */
    chapterNotes: (chapterId: ChapterId) => transport.call<Array<Note>>('chapter_notes', { chapterId }),
    /** Adds or replaces the note on an item (not empty, at most 10,000 characters); its bookmark stays. */
    saveNote: (target: NoteTarget, text: string) => transport.call<Note>('save_note', { target, text }),
    /** Deletes the note's text on an item; a bookmark on it stays. Returns what is left. */
    deleteNote: (target: NoteTarget) => transport.call<Note | null>('delete_note', { target }),
    /** Bookmarks an item or removes its bookmark, keeping its note. Returns what is left. */
    setBookmark: (target: NoteTarget, bookmarked: boolean) => transport.call<Note | null>('set_bookmark', { target, bookmarked }),
    /** Every note and bookmark, grouped by what they annotate, each with its item's title. */
    listNotes: (lang: Lang) => transport.call<Array<NoteGroup>>('list_notes', { lang }),
    /** Saves every note as Markdown, each linking back to what it annotates, in the folder for saved files. */
    saveNotesMarkdown: (lang: Lang) => transport.call<SavedFile>('save_notes_markdown', { lang }),
    /** The progress dashboard: per chapter and era, sections read and quiz mastery; the review streak in local days; the weakest questions. */
    progress: (lang: Lang, utcOffsetMinutes: number) => transport.call<ProgressReport>('progress', { lang, utcOffsetMinutes }),
    /** Erases sections read, quiz and review answers and the review schedule in one go; notes, teacher quizzes and game results stay. */
    resetProgress: () => transport.call<ProgressReset>('reset_progress', {}),
    /** Starts a self-quiz of the chosen length over one or several chapters; options come in an order fixed for this attempt. */
    startQuiz: (lang: Lang, options: QuizOptions) => transport.call<Quiz>('start_quiz', { lang, options }),
    /** The quiz opened from a chapter that the learner left with answers given, if any. */
    interruptedQuiz: (lang: Lang, chapterId: ChapterId) => transport.call<InterruptedQuiz | null>('interrupted_quiz', { lang, chapterId }),
    /** An unfinished quiz as it was left: same questions and order, the answers already given. */
    resumeQuiz: (lang: Lang, attemptId: number) => transport.call<Quiz>('resume_quiz', { lang, attemptId }),
    /** Grades one answer (by option id, never screen position) and explains it. */
    answerQuestion: (lang: Lang, attemptId: number, questionId: QuestionId, response: QuizResponse) => transport.call<Feedback>('answer_question', { lang, attemptId, questionId, response }),
    finishQuiz: (lang: Lang, attemptId: number) => transport.call<QuizResult>('finish_quiz', { lang, attemptId }),
    /** What is due for review today (until the learner's midnight, their clock `utc_offset_minutes` ahead of UTC), by chapter. */
    reviewSummary: (lang: Lang, utcOffsetMinutes: number) => transport.call<ReviewSummary>('review_summary', { lang, utcOffsetMinutes }),
    /** Starts a review of today's due questions, longest overdue first; options in an order fixed for the session. */
    startReview: (lang: Lang, utcOffsetMinutes: number) => transport.call<ReviewSession>('start_review', { lang, utcOffsetMinutes }),
    /** Grades a review answer by option id, reschedules its question and says when it comes back. */
    answerReview: (lang: Lang, sessionId: number, questionId: QuestionId, response: QuizResponse) => transport.call<ReviewFeedback>('answer_review', { lang, sessionId, questionId, response }),
    /** Starts a round of practice questions generated from the data (a chapter's, an era's or all); nothing is recorded. */
    startPractice: (lang: Lang, scope: PracticeScope) => transport.call<Practice>('start_practice', { lang, scope }),
    /** Grades one practice answer (by option id) against the round's seed and explains it with its sources. */
    answerPractice: (lang: Lang, seed: number, questionId: QuestionId, response: QuizResponse) => transport.call<Feedback>('answer_practice', { lang, seed, questionId, response }),
    /** Bank questions matching a filter, each with its answer, explanation and sources. */
    browseBank: (lang: Lang, filter: BankFilter) => transport.call<Array<BankQuestion>>('browse_bank', { lang, filter }),
    listOwnQuestions: () => transport.call<Array<OwnQuestion>>('list_own_questions', {}),
    /** Creates (no id) or replaces a teacher's question; a draft that breaks a rule comes back with its issues. */
    saveOwnQuestion: (id: QuestionId | null, draft: OwnQuestionDraft) => transport.call<OwnQuestionSaved>('save_own_question', { id, draft }),
    deleteOwnQuestion: (id: QuestionId) => transport.call<null>('delete_own_question', { id }),
    listTeacherQuizzes: () => transport.call<Array<TeacherQuizSummary>>('list_teacher_quizzes', {}),
    /** A quiz with every question resolved; one removed by a content update is marked missing. */
    getTeacherQuiz: (lang: Lang, id: TeacherQuizId) => transport.call<TeacherQuiz>('get_teacher_quiz', { lang, id }),
    /** Creates (no id) or replaces a quiz: title, description and its questions in order. */
    saveTeacherQuiz: (id: TeacherQuizId | null, draft: TeacherQuizDraft) => transport.call<TeacherQuizSummary>('save_teacher_quiz', { id, draft }),
    duplicateTeacherQuiz: (id: TeacherQuizId, title: string) => transport.call<TeacherQuizSummary>('duplicate_teacher_quiz', { id, title }),
    deleteTeacherQuiz: (id: TeacherQuizId) => transport.call<null>('delete_teacher_quiz', { id }),
    /** The quiz as a quiz pack (the JSON of a `.cronica-quiz` file), its own questions written out. */
    exportTeacherQuiz: (id: TeacherQuizId) => transport.call<string>('export_teacher_quiz', { id }),
    /** Saves the quiz pack as a file in the user's Downloads folder (never overwriting one) and says where. */
    saveTeacherQuizPack: (id: TeacherQuizId) => transport.call<SavedFile>('save_teacher_quiz_pack', { id }),
    /** Saves a quiz as a Moodle GIFT file in the user's folder for saved files. */
    saveTeacherQuizGift: (lang: Lang, id: TeacherQuizId) => transport.call<SavedFile>('save_teacher_quiz_gift', { lang, id }),
    /** Saves a chapter's questions (or, with no chapter, the whole bank) as a Moodle GIFT file. */
    saveBankGift: (lang: Lang, chapterId: ChapterId | null) => transport.call<SavedFile>('save_bank_gift', { lang, chapterId }),
    /** Saves an Anki deck (.apkg) of a chapter, an era, the learner's missed questions or the whole bank. */
    saveAnkiDeck: (lang: Lang, selection: AnkiSelection) => transport.call<SavedFile>('save_anki_deck', { lang, selection }),
    /** Saves a printable worksheet (HTML, answer key on its own pages) of a chapter or a saved quiz; each variant has its own order. */
    saveWorksheet: (lang: Lang, source: WorksheetSource, variant: number) => transport.call<SavedFile>('save_worksheet', { lang, source, variant }),
    /** Opens the same worksheet in a print window of its own, with the system print dialog on it (which also prints to PDF). */
    printWorksheet: (lang: Lang, source: WorksheetSource, variant: number) => transport.call<PrintedWorksheet>('print_worksheet', { lang, source, variant }),
    /** Imports a quiz pack as a new quiz, all or nothing; a refused file's message names the field. */
    importTeacherQuiz: (text: string) => transport.call<ImportedQuiz>('import_teacher_quiz', { text }),
    /** Hosts a live game of a chapter's or a teacher quiz's questions on the school network (one at a time). */
    hostLiveGame: (lang: Lang, source: LiveSource, speedBonus: boolean) => transport.call<HostedGame>('host_live_game', { lang, source, speedBonus }),
    /** The game being hosted, if any (the teacher's screen reopens it after a reload). */
    hostedLiveGame: () => transport.call<HostedGame | null>('hosted_live_game', {}),
    /** Stops hosting: every socket closes and the server stops listening. */
    stopLiveGame: () => transport.call<null>('stop_live_game', {}),
    /** Past games that someone joined, newest first. */
    listLiveGames: () => transport.call<Array<LiveGameSummary>>('list_live_games', {}),
    liveGameResults: (id: number) => transport.call<LiveGameResults>('live_game_results', { id }),
    /** The results as CSV: one row per player × question asked. */
    liveGameCsv: (id: number) => transport.call<string>('live_game_csv', { id }),
    /** Saves the results CSV in the user's Downloads folder (never overwriting a file) and says where. */
    saveLiveGameCsv: (id: number) => transport.call<SavedFile>('save_live_game_csv', { id }),
  };
}

export type Api = ReturnType<typeof makeApi>;
