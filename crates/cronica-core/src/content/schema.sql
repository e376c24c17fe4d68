-- Crónica content database: compiled from data/, opened read-only by the app.
-- Localized columns come in pairs (_es, _en). Dates are ISO text of their precision.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE eras (
  id TEXT PRIMARY KEY, ord INTEGER NOT NULL, start TEXT NOT NULL, end_date TEXT,
  title_es TEXT NOT NULL, title_en TEXT NOT NULL
);
CREATE TABLE sources (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, publisher TEXT NOT NULL, author TEXT, date TEXT,
  accessed TEXT, url TEXT, citation TEXT, kind TEXT NOT NULL, language TEXT NOT NULL
);
CREATE TABLE events (
  id TEXT PRIMARY KEY, date TEXT NOT NULL, end_date TEXT, sort_key INTEGER NOT NULL,
  era TEXT NOT NULL REFERENCES eras(id), title_es TEXT NOT NULL, title_en TEXT NOT NULL,
  summary_es TEXT NOT NULL, summary_en TEXT NOT NULL, places TEXT NOT NULL, tags TEXT NOT NULL
);
CREATE INDEX events_by_date ON events(sort_key, id);
-- name is the full name, display_name the one people use; sort_ord is the figure's place in
-- Spanish alphabetical order of sort_key (surname first).
CREATE TABLE figures (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, display_name TEXT NOT NULL, sort_key TEXT NOT NULL,
  sort_ord INTEGER NOT NULL, born TEXT, died TEXT, bio_es TEXT NOT NULL, bio_en TEXT NOT NULL
);
-- headline: 1 on the role(s) of the office the figure is best known for.
CREATE TABLE figure_roles (
  figure_id TEXT NOT NULL REFERENCES figures(id), ord INTEGER NOT NULL,
  title_es TEXT NOT NULL, title_en TEXT NOT NULL, start TEXT, end_date TEXT, headline INTEGER NOT NULL,
  PRIMARY KEY (figure_id, ord)
);
-- The offices (base::Office) a figure's roles name, and the eras their roles or events fall in.
CREATE TABLE figure_offices (
  figure_id TEXT NOT NULL REFERENCES figures(id), office TEXT NOT NULL, PRIMARY KEY (figure_id, office)
);
CREATE TABLE figure_eras (
  figure_id TEXT NOT NULL REFERENCES figures(id), era_id TEXT NOT NULL REFERENCES eras(id), PRIMARY KEY (figure_id, era_id)
);
CREATE TABLE event_figures (
  event_id TEXT NOT NULL REFERENCES events(id), figure_id TEXT NOT NULL REFERENCES figures(id),
  ord INTEGER NOT NULL, PRIMARY KEY (event_id, figure_id)
);
CREATE INDEX event_figures_by_figure ON event_figures(figure_id);
CREATE TABLE terms (
  id TEXT PRIMARY KEY, name_es TEXT NOT NULL, name_en TEXT NOT NULL,
  definition_es TEXT NOT NULL, definition_en TEXT NOT NULL
);
CREATE TABLE chapters (
  id TEXT PRIMARY KEY, ord INTEGER NOT NULL UNIQUE, title_es TEXT NOT NULL, title_en TEXT NOT NULL,
  summary_es TEXT NOT NULL, summary_en TEXT NOT NULL, words_es INTEGER NOT NULL, words_en INTEGER NOT NULL
);
CREATE TABLE sections (
  chapter_id TEXT NOT NULL REFERENCES chapters(id), id TEXT NOT NULL, ord INTEGER NOT NULL,
  title_es TEXT NOT NULL, title_en TEXT NOT NULL, body_es TEXT NOT NULL, body_en TEXT NOT NULL,
  PRIMARY KEY (chapter_id, id)
);
-- Every [text](kind:id) written in a section, so pages can list where they are mentioned.
CREATE TABLE section_links (
  chapter_id TEXT NOT NULL, section_id TEXT NOT NULL, kind TEXT NOT NULL, target_id TEXT NOT NULL,
  PRIMARY KEY (chapter_id, section_id, kind, target_id)
);
CREATE INDEX section_links_by_target ON section_links(kind, target_id);
-- origin: 'authored' (the bank written in data/questions) or 'generated' (practice questions the
-- compiler derives from the events' and figures' dates; generator names the rule: first, office, year).
-- Lists of the bank ask for origin = 'authored'; a question is found by id whatever its origin.
-- sources: for a generated question, the JSON array of the ids of the sources of the items it was
-- derived from (thousands of citation rows would cost the compile budget); authored questions
-- keep theirs in citations.
CREATE TABLE questions (
  id TEXT PRIMARY KEY, chapter_id TEXT NOT NULL REFERENCES chapters(id), ord INTEGER NOT NULL,
  kind TEXT NOT NULL, prompt_es TEXT NOT NULL, prompt_en TEXT NOT NULL,
  explanation_es TEXT NOT NULL, explanation_en TEXT NOT NULL, answer TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('authored', 'generated')), generator TEXT, sources TEXT
);
CREATE INDEX questions_by_chapter ON questions(origin, chapter_id, ord);
CREATE TABLE question_refs (
  question_id TEXT NOT NULL REFERENCES questions(id), kind TEXT NOT NULL, target_id TEXT NOT NULL,
  PRIMARY KEY (question_id, kind, target_id)
);
CREATE TABLE perspectives (
  id TEXT PRIMARY KEY, title_es TEXT NOT NULL, title_en TEXT NOT NULL,
  question_es TEXT NOT NULL, question_en TEXT NOT NULL
);
CREATE TABLE perspective_views (
  perspective_id TEXT NOT NULL REFERENCES perspectives(id), ord INTEGER NOT NULL,
  holder_es TEXT NOT NULL, holder_en TEXT NOT NULL, text_es TEXT NOT NULL, text_en TEXT NOT NULL,
  PRIMARY KEY (perspective_id, ord)
);
CREATE TABLE perspective_links (
  perspective_id TEXT NOT NULL REFERENCES perspectives(id), kind TEXT NOT NULL, target_id TEXT NOT NULL,
  PRIMARY KEY (perspective_id, kind, target_id)
);
CREATE INDEX perspective_links_by_target ON perspective_links(kind, target_id);
-- Votes drawn as charts (data/elections): each hangs off the event that tells it and takes its date.
-- share is the percentage of valid votes as published; votes is NULL where the sources give none.
CREATE TABLE elections (
  id TEXT PRIMARY KEY, event_id TEXT NOT NULL REFERENCES events(id), kind TEXT NOT NULL,
  title_es TEXT NOT NULL, title_en TEXT NOT NULL, note_es TEXT, note_en TEXT
);
CREATE INDEX elections_by_event ON elections(event_id);
CREATE TABLE election_ballots (
  election_id TEXT NOT NULL REFERENCES elections(id), ord INTEGER NOT NULL,
  title_es TEXT NOT NULL, title_en TEXT NOT NULL, PRIMARY KEY (election_id, ord)
);
CREATE TABLE election_options (
  election_id TEXT NOT NULL REFERENCES elections(id), ballot_ord INTEGER NOT NULL, ord INTEGER NOT NULL,
  label_es TEXT NOT NULL, label_en TEXT NOT NULL, share REAL NOT NULL, votes INTEGER,
  PRIMARY KEY (election_id, ballot_ord, ord)
);
-- Which sources back which item. owner_kind: event, figure, term, section, question, view, election.
-- owner_id is the item id; for sections "chapter/section", for views "perspective/ord".
CREATE TABLE citations (
  owner_kind TEXT NOT NULL, owner_id TEXT NOT NULL, ord INTEGER NOT NULL,
  source_id TEXT NOT NULL REFERENCES sources(id), PRIMARY KEY (owner_kind, owner_id, ord)
);
