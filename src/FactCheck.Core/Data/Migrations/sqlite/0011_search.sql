-- "Has this been checked already?": one row per searchable document (a claim on the desk, or another organisation's
-- published fact-check), with the text it is found by and its sentence embedding (384 signed bytes, all-MiniLM-L6-v2,
-- unit length × 127). A row is replaced (new seq) whenever its text changes, so a node's in-memory index catches up
-- by reading the rows after the last seq it saw. published = 1: a check already published (a claim with a card, or
-- another organisation's review), which wins over an unpublished near-copy. Filled for existing claims by the migrator.
create table search_doc (
    seq integer primary key autoincrement,
    kind text not null,
    ref_id integer not null,
    text text not null,
    embedding blob not null,
    published integer not null default 0
);
create unique index ux_search_doc_ref on search_doc (kind, ref_id);

-- Other fact-checkers' published verdicts (ClaimReview), imported to be matched against; never published as our cards.
create table external_check (
    id integer primary key autoincrement,
    url text not null,
    organisation text not null,
    claim text not null,
    claimant text,
    rating text,
    headline text,
    reviewed_on text,
    language text,
    imported_from text,
    imported_at text not null
);
create unique index ux_external_check_url on external_check (url);
