-- Search: one document per searchable text (an item in one language; a source, written in one
-- language, in both indexes), with what a result shows and the screen it opens.
-- id = kind code << 32 | sequence, so ranking knows a document's kind without reading it.
-- title and body are the indexed text (apostrophes inside words removed, see base::search), alt
-- what is searched but never shown (an event's places, the halves of words joined at an
-- apostrophe); shown_title and shown_body are the text as written, when it differs.
CREATE TABLE search_docs (
  id INTEGER PRIMARY KEY, item_id TEXT NOT NULL, section_id TEXT, context TEXT NOT NULL, date TEXT,
  opens_screen TEXT NOT NULL, opens_id TEXT NOT NULL, opens_section TEXT,
  title TEXT NOT NULL, body TEXT NOT NULL, alt TEXT NOT NULL, shown_title TEXT, shown_body TEXT
);
-- Words, accent- and case-insensitive, with a prefix index of two letters for search as you type
-- (the shortest prefixes match the most words; a longer prefix reads the few words it begins).
CREATE VIRTUAL TABLE search_es USING fts5(
  title, body, alt, content = 'search_docs', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2'
);
CREATE VIRTUAL TABLE search_en USING fts5(
  title, body, alt, content = 'search_docs', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2'
);
-- Titles alone, so that a title holding every word is ranked by that title's length only (few
-- words: a prefix reads them without an index of its own).
CREATE VIRTUAL TABLE search_titles_es USING fts5(
  title, content = 'search_docs', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE search_titles_en USING fts5(
  title, content = 'search_docs', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
-- Titles by runs of three letters, for the closest titles to a search that finds nothing.
CREATE VIRTUAL TABLE trigrams_es USING fts5(
  title, content = 'search_docs', content_rowid = 'id', tokenize = 'trigram remove_diacritics 1'
);
CREATE VIRTUAL TABLE trigrams_en USING fts5(
  title, content = 'search_docs', content_rowid = 'id', tokenize = 'trigram remove_diacritics 1'
);
-- A title counts ten times a word of the body.
INSERT INTO search_es (search_es, rank) VALUES ('rank', 'bm25(10.0, 1.0, 1.0)');
INSERT INTO search_en (search_en, rank) VALUES ('rank', 'bm25(10.0, 1.0, 1.0)');
-- The index is written once: pending words stay in memory (up to 64 MB) and are written as one
-- segment per table, instead of a segment per megabyte merged again and again.
INSERT INTO search_es (search_es, rank) VALUES ('hashsize', 67108864);
INSERT INTO search_en (search_en, rank) VALUES ('hashsize', 67108864);
INSERT INTO search_titles_es (search_titles_es, rank) VALUES ('hashsize', 67108864);
INSERT INTO search_titles_en (search_titles_en, rank) VALUES ('hashsize', 67108864);
INSERT INTO trigrams_es (trigrams_es, rank) VALUES ('hashsize', 67108864);
INSERT INTO trigrams_en (trigrams_en, rank) VALUES ('hashsize', 67108864);
