create table app_user (
    id integer primary key autoincrement,
    name text not null unique,
    display_name text,
    roles text not null,
    password_hash text,
    failed_sign_ins integer not null default 0,
    locked_until text,
    created_at text not null
);

create table article (
    id integer primary key autoincrement,
    title text,
    outlet text,
    url text,
    published_at text,
    body text not null,
    content_hash text not null unique,
    created_at text not null
);

create table claim (
    id integer primary key autoincrement,
    workflow_id text not null,
    workflow_version integer not null,
    state text not null,
    row_version integer not null default 0,
    priority integer not null default 0,
    due_at text,
    assignee_id integer references app_user (id),
    text text not null,
    speaker text,
    channel text,
    quote text,
    article_id integer references article (id),
    span_start integer,
    span_end integer,
    has_incident integer not null default 0,
    created_at text not null,
    updated_at text not null
);
create index ix_claim_queue on claim (state, priority desc, due_at, id);
create index ix_claim_assignee on claim (assignee_id, state);
create index ix_claim_article on claim (article_id);

create table source (
    id integer primary key autoincrement,
    claim_id integer not null references claim (id),
    url text not null,
    title text,
    kind text not null,
    passage text,
    quote_found integer,
    added_by integer references app_user (id),
    created_at text not null
);
create index ix_source_claim on source (claim_id);

create table verdict (
    id integer primary key autoincrement,
    claim_id integer not null references claim (id),
    author_id integer not null references app_user (id),
    rating text not null,
    summary text not null,
    rationale text,
    created_at text not null
);
create index ix_verdict_claim on verdict (claim_id, id);

create table verdict_source (
    verdict_id integer not null references verdict (id),
    source_id integer not null references source (id),
    primary key (verdict_id, source_id)
);

create table journal (
    id integer primary key autoincrement,
    instance_id integer not null,
    at text not null,
    kind text not null,
    actor text not null,
    actor_id integer,
    trigger_name text,
    from_state text,
    to_state text,
    note text,
    payload text
);
create index ix_journal_instance on journal (instance_id, id);

create table job (
    id integer primary key autoincrement,
    instance_id integer not null,
    activity text not null,
    state text not null,
    state_version integer not null,
    run_at text not null,
    attempts integer not null default 0,
    max_attempts integer not null,
    backoff_ms integer not null,
    then_trigger text,
    idempotency_key text not null unique,
    status text not null default 'pending',
    lease_owner text,
    lease_expires_at text,
    last_error text,
    created_at text not null,
    finished_at text
);
create index ix_job_due on job (status, run_at, id);
create index ix_job_instance on job (instance_id);

create table incident (
    id integer primary key autoincrement,
    job_id integer not null references job (id),
    instance_id integer not null,
    activity text not null,
    error text not null,
    created_at text not null,
    resolved_at text
);
create index ix_incident_open on incident (resolved_at, id);
