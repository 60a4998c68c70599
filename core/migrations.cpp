#include "migrations.h"

namespace Inroad {

namespace {

// Version 1: the whole domain of the design. Dates are ISO 8601 text; instants are UTC
// ("2026-03-14T15:00:00Z"), calendar days are "YYYY-MM-DD".
QStringList schemaVersion1()
{
    return {
        QStringLiteral(R"(CREATE TABLE settings (
            key   TEXT PRIMARY KEY NOT NULL,
            value TEXT
        ))"),
        QStringLiteral(R"(CREATE TABLE profile (
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
        ))"),
        QStringLiteral(R"(CREATE TABLE organizations (
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
        ))"),
        QStringLiteral(R"(CREATE TABLE career_fields (
            id              INTEGER PRIMARY KEY,
            name            TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
            occupation_code TEXT NOT NULL DEFAULT '',
            links           TEXT NOT NULL DEFAULT '',
            description     TEXT NOT NULL DEFAULT '',
            created_at      TEXT NOT NULL
        ))"),
        QStringLiteral(R"(CREATE TABLE people (
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
        ))"),
        QStringLiteral(R"(CREATE TABLE tags (
            id   INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> '')
        ))"),
        QStringLiteral(R"(CREATE TABLE person_tags (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            tag_id    INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (person_id, tag_id)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE person_fields (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            field_id  INTEGER NOT NULL REFERENCES career_fields(id) ON DELETE CASCADE,
            PRIMARY KEY (person_id, field_id)
        ) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE interviews (
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
        ))"),
        QStringLiteral(R"(CREATE TABLE referrals (
            id          INTEGER PRIMARY KEY,
            referrer_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
            referred_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            interview_id INTEGER REFERENCES interviews(id) ON DELETE SET NULL,
            referred_on TEXT,
            may_mention INTEGER NOT NULL DEFAULT 0 CHECK (may_mention IN (0, 1)),
            note        TEXT NOT NULL DEFAULT '',
            created_at  TEXT NOT NULL,
            CHECK (referrer_id IS NULL OR referrer_id <> referred_id)
        ))"),
        QStringLiteral(R"(CREATE TABLE outreach_attempts (
            id           INTEGER PRIMARY KEY,
            person_id    INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            interview_id INTEGER REFERENCES interviews(id) ON DELETE SET NULL,
            attempted_at TEXT NOT NULL,
            channel      INTEGER NOT NULL DEFAULT 0 CHECK (channel BETWEEN 0 AND 5),
            result       INTEGER NOT NULL DEFAULT 0 CHECK (result BETWEEN 0 AND 4),
            note         TEXT NOT NULL DEFAULT ''
        ))"),
        QStringLiteral(R"(CREATE TABLE question_categories (
            id       INTEGER PRIMARY KEY,
            name     TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
            position INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral(R"(CREATE TABLE questions (
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
        ))"),
        QStringLiteral(R"(CREATE TABLE interview_questions (
            id           INTEGER PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            question_id  INTEGER REFERENCES questions(id) ON DELETE SET NULL,
            text         TEXT NOT NULL CHECK (trim(text) <> ''),
            minutes      REAL NOT NULL DEFAULT 2 CHECK (minutes > 0),
            position     INTEGER NOT NULL DEFAULT 0,
            answer       TEXT NOT NULL DEFAULT '',
            not_asked    INTEGER NOT NULL DEFAULT 0 CHECK (not_asked IN (0, 1))
        ))"),
        QStringLiteral(R"(CREATE TABLE question_sets (
            id          INTEGER PRIMARY KEY,
            name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
            description TEXT NOT NULL DEFAULT '',
            created_at  TEXT NOT NULL
        ))"),
        QStringLiteral(R"(CREATE TABLE question_set_items (
            id          INTEGER PRIMARY KEY,
            set_id      INTEGER NOT NULL REFERENCES question_sets(id) ON DELETE CASCADE,
            question_id INTEGER REFERENCES questions(id) ON DELETE SET NULL,
            text        TEXT NOT NULL CHECK (trim(text) <> ''),
            minutes     REAL NOT NULL DEFAULT 2 CHECK (minutes > 0),
            position    INTEGER NOT NULL DEFAULT 0
        ))"),
        QStringLiteral(R"(CREATE TABLE notes (
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
        ))"),
        QStringLiteral(R"(CREATE TABLE follow_ups (
            id            INTEGER PRIMARY KEY,
            person_id     INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            interview_id  INTEGER REFERENCES interviews(id) ON DELETE CASCADE,
            kind          INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 3),
            due_at        TEXT NOT NULL,
            snoozed_until TEXT,
            done_at       TEXT,
            note          TEXT NOT NULL DEFAULT '',
            created_at    TEXT NOT NULL
        ))"),
        QStringLiteral(R"(CREATE TABLE templates (
            id          INTEGER PRIMARY KEY,
            kind        TEXT NOT NULL CHECK (trim(kind) <> ''),
            name        TEXT NOT NULL CHECK (trim(name) <> ''),
            body        TEXT NOT NULL DEFAULT '',
            builtin_key TEXT,
            updated_at  TEXT NOT NULL,
            UNIQUE (kind, name)
        ))"),
    };
}

// Version 2: indexes for the lists, the joins and the cascades, so that a workspace of ten
// thousand people opens and deletes without scanning whole tables.
QStringList schemaVersion2()
{
    return {
        QStringLiteral("CREATE INDEX people_by_organization ON people(organization_id)"),
        QStringLiteral("CREATE INDEX people_by_name ON people(last_name COLLATE NOCASE, first_name COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX person_tags_by_tag ON person_tags(tag_id)"),
        QStringLiteral("CREATE INDEX person_fields_by_field ON person_fields(field_id)"),
        QStringLiteral("CREATE INDEX interviews_by_person ON interviews(person_id)"),
        QStringLiteral("CREATE INDEX interviews_by_organization ON interviews(organization_id)"),
        QStringLiteral("CREATE INDEX interviews_by_field ON interviews(field_id)"),
        QStringLiteral("CREATE INDEX interviews_by_start ON interviews(scheduled_start)"),
        QStringLiteral("CREATE INDEX referrals_by_referrer ON referrals(referrer_id)"),
        QStringLiteral("CREATE INDEX referrals_by_referred ON referrals(referred_id)"),
        QStringLiteral("CREATE INDEX referrals_by_interview ON referrals(interview_id)"),
        QStringLiteral("CREATE INDEX outreach_by_person ON outreach_attempts(person_id)"),
        QStringLiteral("CREATE INDEX outreach_by_interview ON outreach_attempts(interview_id)"),
        QStringLiteral("CREATE INDEX questions_by_category ON questions(category_id)"),
        QStringLiteral("CREATE INDEX interview_questions_by_interview ON interview_questions(interview_id, position)"),
        QStringLiteral("CREATE INDEX interview_questions_by_question ON interview_questions(question_id)"),
        QStringLiteral("CREATE INDEX question_set_items_by_set ON question_set_items(set_id, position)"),
        QStringLiteral("CREATE INDEX question_set_items_by_question ON question_set_items(question_id)"),
        QStringLiteral("CREATE INDEX notes_by_person ON notes(person_id)"),
        QStringLiteral("CREATE INDEX notes_by_organization ON notes(organization_id)"),
        QStringLiteral("CREATE INDEX notes_by_field ON notes(field_id)"),
        QStringLiteral("CREATE INDEX notes_by_interview ON notes(interview_id)"),
        QStringLiteral("CREATE INDEX follow_ups_by_person ON follow_ups(person_id)"),
        QStringLiteral("CREATE INDEX follow_ups_by_interview ON follow_ups(interview_id)"),
        QStringLiteral("CREATE INDEX follow_ups_open_by_due ON follow_ups(due_at) WHERE done_at IS NULL"),
    };
}

// Version 3: Today's items that are not follow-ups (an interview that still needs referrals, a
// message waiting for a reply) can be marked done or snoozed; this remembers which and until when.
QStringList schemaVersion3()
{
    return {
        QStringLiteral(R"(CREATE TABLE agenda_dismissals (
            id         INTEGER PRIMARY KEY,
            item_key   TEXT NOT NULL UNIQUE CHECK (trim(item_key) <> ''),
            until      TEXT,
            created_at TEXT NOT NULL
        ))"),
    };
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        {1, QStringLiteral("the domain tables"), schemaVersion1()},
        {2, QStringLiteral("indexes for lists, joins and cascades"), schemaVersion2()},
        {3, QStringLiteral("done and snoozed items of the Today list"), schemaVersion3()},
    };
    return steps;
}

int currentSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace Inroad
