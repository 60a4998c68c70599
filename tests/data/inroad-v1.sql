-- An Inroad workspace as version 1 of the schema wrote it, with a little data.
-- tests/data/make-v1-workspace.sh turns this into inroad-v1.inroad; the migration tests open that file.
PRAGMA application_id = 1231966820;
PRAGMA journal_mode = WAL;
BEGIN;
CREATE TABLE settings (
            key   TEXT PRIMARY KEY NOT NULL,
            value TEXT
        );
CREATE TABLE profile (
            id                 INTEGER PRIMARY KEY CHECK (id = 1),
            full_name          TEXT NOT NULL DEFAULT '',
            email              TEXT NOT NULL DEFAULT '',
            phone              TEXT NOT NULL DEFAULT '',
            address            TEXT NOT NULL DEFAULT '',
            linkedin_url       TEXT NOT NULL DEFAULT '',
            website            TEXT NOT NULL DEFAULT '',
            fields_of_interest TEXT NOT NULL DEFAULT '',
            self_introduction  TEXT NOT NULL DEFAULT '',
            resume_path        TEXT NOT NULL DEFAULT '',
            updated_at         TEXT
        );
CREATE TABLE organizations (
            id                   INTEGER PRIMARY KEY,
            name                 TEXT NOT NULL CHECK (trim(name) <> ''),
            industry             TEXT NOT NULL DEFAULT '',
            website              TEXT NOT NULL DEFAULT '',
            address              TEXT NOT NULL DEFAULT '',
            research_products    TEXT NOT NULL DEFAULT '',
            research_services    TEXT NOT NULL DEFAULT '',
            research_competitors TEXT NOT NULL DEFAULT '',
            research_news        TEXT NOT NULL DEFAULT '',
            research_sources     TEXT NOT NULL DEFAULT '',
            created_at           TEXT NOT NULL,
            updated_at           TEXT NOT NULL
        );
CREATE TABLE career_fields (
            id              INTEGER PRIMARY KEY,
            name            TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
            occupation_code TEXT NOT NULL DEFAULT '',
            links           TEXT NOT NULL DEFAULT '',
            description     TEXT NOT NULL DEFAULT '',
            created_at      TEXT NOT NULL
        );
CREATE TABLE people (
            id                    INTEGER PRIMARY KEY,
            first_name            TEXT NOT NULL DEFAULT '',
            last_name             TEXT NOT NULL DEFAULT '',
            pronunciation         TEXT NOT NULL DEFAULT '',
            salutation            TEXT NOT NULL DEFAULT '',
            title                 TEXT NOT NULL DEFAULT '',
            organization_id       INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
            email                 TEXT NOT NULL DEFAULT '',
            phone                 TEXT NOT NULL DEFAULT '',
            linkedin_url          TEXT NOT NULL DEFAULT '',
            address               TEXT NOT NULL DEFAULT '',
            source                TEXT NOT NULL DEFAULT '',
            relationship_strength INTEGER NOT NULL DEFAULT 0 CHECK (relationship_strength BETWEEN 0 AND 5),
            pipeline_stage        INTEGER NOT NULL DEFAULT 0 CHECK (pipeline_stage BETWEEN 0 AND 5),
            stage_set_by_hand     INTEGER NOT NULL DEFAULT 0 CHECK (stage_set_by_hand IN (0, 1)),
            business_card         INTEGER NOT NULL DEFAULT 0 CHECK (business_card IN (0, 1)),
            keep_in_touch_weeks   INTEGER CHECK (keep_in_touch_weeks IS NULL OR keep_in_touch_weeks > 0),
            created_at            TEXT NOT NULL,
            updated_at            TEXT NOT NULL,
            CHECK (trim(first_name || last_name) <> '')
        );
CREATE TABLE tags (
            id   INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> '')
        );
CREATE TABLE person_tags (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            tag_id    INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (person_id, tag_id)
        ) WITHOUT ROWID;
CREATE TABLE person_fields (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            field_id  INTEGER NOT NULL REFERENCES career_fields(id) ON DELETE CASCADE,
            PRIMARY KEY (person_id, field_id)
        ) WITHOUT ROWID;
CREATE TABLE interviews (
            id                     INTEGER PRIMARY KEY,
            person_id              INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            organization_id        INTEGER REFERENCES organizations(id) ON DELETE SET NULL,
            field_id               INTEGER REFERENCES career_fields(id) ON DELETE SET NULL,
            purpose                TEXT NOT NULL DEFAULT '',
            scheduled_start        TEXT,
            time_zone              TEXT NOT NULL DEFAULT '',
            agreed_minutes         INTEGER NOT NULL DEFAULT 20 CHECK (agreed_minutes BETWEEN 1 AND 240),
            mode                   INTEGER NOT NULL DEFAULT 0 CHECK (mode BETWEEN 0 AND 2),
            location               TEXT NOT NULL DEFAULT '',
            status                 INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 4),
            reflection_learned     TEXT NOT NULL DEFAULT '',
            reflection_still_want  TEXT NOT NULL DEFAULT '',
            reflection_next_steps  TEXT NOT NULL DEFAULT '',
            reflection_impressions TEXT NOT NULL DEFAULT '',
            thanks_sent_on         TEXT,
            thanks_channel         INTEGER CHECK (thanks_channel IS NULL OR thanks_channel BETWEEN 0 AND 2),
            created_at             TEXT NOT NULL,
            updated_at             TEXT NOT NULL
        );
CREATE TABLE referrals (
            id          INTEGER PRIMARY KEY,
            referrer_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
            referred_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            interview_id INTEGER REFERENCES interviews(id) ON DELETE SET NULL,
            referred_on TEXT,
            may_mention INTEGER NOT NULL DEFAULT 0 CHECK (may_mention IN (0, 1)),
            note        TEXT NOT NULL DEFAULT '',
            created_at  TEXT NOT NULL,
            CHECK (referrer_id IS NULL OR referrer_id <> referred_id)
        );
CREATE TABLE outreach_attempts (
            id           INTEGER PRIMARY KEY,
            person_id    INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            interview_id INTEGER REFERENCES interviews(id) ON DELETE SET NULL,
            attempted_at TEXT NOT NULL,
            channel      INTEGER NOT NULL DEFAULT 0 CHECK (channel BETWEEN 0 AND 5),
            result       INTEGER NOT NULL DEFAULT 0 CHECK (result BETWEEN 0 AND 4),
            note         TEXT NOT NULL DEFAULT ''
        );
CREATE TABLE question_categories (
            id       INTEGER PRIMARY KEY,
            name     TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
            position INTEGER NOT NULL DEFAULT 0
        );
CREATE TABLE questions (
            id          INTEGER PRIMARY KEY,
            category_id INTEGER REFERENCES question_categories(id) ON DELETE SET NULL,
            text        TEXT NOT NULL CHECK (trim(text) <> ''),
            minutes     REAL NOT NULL DEFAULT 2 CHECK (minutes > 0),
            tags        TEXT NOT NULL DEFAULT '',
            caution     TEXT NOT NULL DEFAULT '',
            builtin_key TEXT UNIQUE,
            retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
            position    INTEGER NOT NULL DEFAULT 0,
            created_at  TEXT NOT NULL
        );
CREATE TABLE interview_questions (
            id           INTEGER PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            question_id  INTEGER REFERENCES questions(id) ON DELETE SET NULL,
            text         TEXT NOT NULL CHECK (trim(text) <> ''),
            minutes      REAL NOT NULL DEFAULT 2 CHECK (minutes > 0),
            position     INTEGER NOT NULL DEFAULT 0,
            answer       TEXT NOT NULL DEFAULT '',
            not_asked    INTEGER NOT NULL DEFAULT 0 CHECK (not_asked IN (0, 1))
        );
CREATE TABLE question_sets (
            id          INTEGER PRIMARY KEY,
            name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
            description TEXT NOT NULL DEFAULT '',
            created_at  TEXT NOT NULL
        );
CREATE TABLE question_set_items (
            id          INTEGER PRIMARY KEY,
            set_id      INTEGER NOT NULL REFERENCES question_sets(id) ON DELETE CASCADE,
            question_id INTEGER REFERENCES questions(id) ON DELETE SET NULL,
            text        TEXT NOT NULL CHECK (trim(text) <> ''),
            minutes     REAL NOT NULL DEFAULT 2 CHECK (minutes > 0),
            position    INTEGER NOT NULL DEFAULT 0
        );
CREATE TABLE notes (
            id              INTEGER PRIMARY KEY,
            person_id       INTEGER REFERENCES people(id) ON DELETE CASCADE,
            organization_id INTEGER REFERENCES organizations(id) ON DELETE CASCADE,
            field_id        INTEGER REFERENCES career_fields(id) ON DELETE CASCADE,
            interview_id    INTEGER REFERENCES interviews(id) ON DELETE CASCADE,
            title           TEXT NOT NULL DEFAULT '',
            body            TEXT NOT NULL DEFAULT '',
            noted_on        TEXT NOT NULL,
            created_at      TEXT NOT NULL,
            updated_at      TEXT NOT NULL,
            CHECK ((person_id IS NOT NULL) + (organization_id IS NOT NULL)
                   + (field_id IS NOT NULL) + (interview_id IS NOT NULL) = 1)
        );
CREATE TABLE follow_ups (
            id            INTEGER PRIMARY KEY,
            person_id     INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            interview_id  INTEGER REFERENCES interviews(id) ON DELETE CASCADE,
            kind          INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 3),
            due_at        TEXT NOT NULL,
            snoozed_until TEXT,
            done_at       TEXT,
            note          TEXT NOT NULL DEFAULT '',
            created_at    TEXT NOT NULL
        );
CREATE TABLE templates (
            id          INTEGER PRIMARY KEY,
            kind        TEXT NOT NULL CHECK (trim(kind) <> ''),
            name        TEXT NOT NULL CHECK (trim(name) <> ''),
            body        TEXT NOT NULL DEFAULT '',
            builtin_key TEXT,
            updated_at  TEXT NOT NULL,
            UNIQUE (kind, name)
        );
INSERT INTO settings(key, value) VALUES ('welcome_done', '1');
INSERT INTO profile(id, full_name, email, fields_of_interest, self_introduction, updated_at)
  VALUES (1, 'Alex Moreno', 'alex.moreno@student.example', 'UX research', 'I am a psychology graduate exploring UX research.', '2025-01-10T09:00:00Z');
INSERT INTO organizations(id, name, industry, website, research_products, created_at, updated_at)
  VALUES (1, 'Harbor Analytics', 'Software', 'https://harbor.example', 'Dashboards for ports.', '2025-01-10T09:00:00Z', '2025-01-10T09:00:00Z'),
         (2, 'Green Valley Clinic', 'Health care', '', '', '2025-01-11T09:00:00Z', '2025-01-11T09:00:00Z');
INSERT INTO career_fields(id, name, created_at) VALUES (1, 'UX research', '2025-01-10T09:00:00Z');
INSERT INTO people(id, first_name, last_name, title, organization_id, email, linkedin_url, pipeline_stage, created_at, updated_at)
  VALUES (1, 'Priya', 'Raman', 'UX Researcher', 1, 'priya.raman@harbor.example', 'https://www.linkedin.com/in/priya-raman', 3, '2025-01-10T09:00:00Z', '2025-01-20T09:00:00Z'),
         (2, 'Tomás', 'Ibarra', 'Design Lead', 1, '', '', 0, '2025-01-12T09:00:00Z', '2025-01-12T09:00:00Z'),
         (3, 'Grace', 'Okafor', 'Nurse Practitioner', 2, 'grace@greenvalley.example', '', 1, '2025-01-13T09:00:00Z', '2025-01-13T09:00:00Z');
INSERT INTO tags(id, name) VALUES (1, 'alumni'), (2, 'mentor');
INSERT INTO person_tags(person_id, tag_id) VALUES (1, 1), (1, 2), (3, 1);
INSERT INTO person_fields(person_id, field_id) VALUES (1, 1);
INSERT INTO interviews(id, person_id, organization_id, field_id, purpose, scheduled_start, agreed_minutes, mode, status, reflection_learned, created_at, updated_at)
  VALUES (1, 1, 1, 1, 'Learn how UX research works in a small company', '2025-01-18T15:00:00Z', 20, 2, 3, 'Research plans start from product questions.', '2025-01-11T09:00:00Z', '2025-01-18T16:00:00Z');
INSERT INTO referrals(id, referrer_id, referred_id, interview_id, referred_on, may_mention, created_at)
  VALUES (1, NULL, 1, NULL, '2025-01-09', 0, '2025-01-10T09:00:00Z'),
         (2, 1, 2, 1, '2025-01-18', 1, '2025-01-18T16:00:00Z');
INSERT INTO notes(id, person_id, title, body, noted_on, created_at, updated_at)
  VALUES (1, 1, 'Before the call', 'Ask about *diary studies*.', '2025-01-17', '2025-01-17T09:00:00Z', '2025-01-17T09:00:00Z');
INSERT INTO follow_ups(id, person_id, interview_id, kind, due_at, created_at)
  VALUES (1, 1, 1, 1, '2025-03-01T09:00:00Z', '2025-01-18T16:00:00Z');
PRAGMA user_version = 1;
COMMIT;
