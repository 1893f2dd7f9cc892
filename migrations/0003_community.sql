-- What visitors contribute besides reviews: suggested sites for the catalogue
-- and reported mistakes in an entry. Both wait as pending until a moderator
-- accepts or rejects them; `npm run import:suggestions` turns accepted ones
-- into work for the editor. Client identity is only ever the daily-salted hash.
CREATE TABLE suggestions (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  url TEXT NOT NULL,
  why TEXT NOT NULL,
  purposes TEXT NOT NULL DEFAULT '[]', -- a JSON array of purpose keys
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
  created_at TEXT NOT NULL,
  decided_at TEXT,
  client_hash TEXT NOT NULL,
  url_key TEXT NOT NULL, -- host (without www.) and path, lowercased: the same site however it is written
  name_key TEXT NOT NULL -- the name folded (NFKC, case, spacing, punctuation, invisible characters)
);
CREATE INDEX suggestions_status_created ON suggestions (status, created_at);
CREATE INDEX suggestions_url_key ON suggestions (url_key, status);
CREATE INDEX suggestions_name_key ON suggestions (name_key, status);

CREATE TABLE corrections (
  id TEXT PRIMARY KEY,
  site_slug TEXT NOT NULL,
  field TEXT NOT NULL,
  correction TEXT NOT NULL,
  source TEXT,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
  created_at TEXT NOT NULL,
  decided_at TEXT,
  client_hash TEXT NOT NULL,
  content_key TEXT NOT NULL -- site, field and the folded text: the same report however it is spaced
);
CREATE INDEX corrections_status_created ON corrections (status, created_at);
CREATE INDEX corrections_content_key ON corrections (content_key, status);
