create table app_user (
    id bigint identity(1,1) primary key,
    name nvarchar(100) not null unique,
    display_name nvarchar(max),
    roles nvarchar(max) not null,
    password_hash nvarchar(max),
    failed_sign_ins integer not null default 0,
    locked_until datetime2,
    created_at datetime2 not null
);

create table article (
    id bigint identity(1,1) primary key,
    title nvarchar(max),
    outlet nvarchar(max),
    url nvarchar(max),
    published_at datetime2,
    body nvarchar(max) not null,
    content_hash nvarchar(100) not null unique,
    created_at datetime2 not null
);

create table claim (
    id bigint identity(1,1) primary key,
    workflow_id nvarchar(100) not null,
    workflow_version integer not null,
    state nvarchar(100) not null,
    row_version bigint not null default 0,
    priority integer not null default 0,
    due_at datetime2,
    assignee_id bigint references app_user (id),
    text nvarchar(max) not null,
    speaker nvarchar(max),
    channel nvarchar(max),
    quote nvarchar(max),
    article_id bigint references article (id),
    span_start bigint,
    span_end bigint,
    has_incident integer not null default 0,
    created_at datetime2 not null,
    updated_at datetime2 not null
);
create index ix_claim_queue on claim (state, priority desc, due_at, id);
create index ix_claim_assignee on claim (assignee_id, state);
create index ix_claim_article on claim (article_id);

create table source (
    id bigint identity(1,1) primary key,
    claim_id bigint not null references claim (id),
    url nvarchar(max) not null,
    title nvarchar(max),
    kind nvarchar(max) not null,
    passage nvarchar(max),
    quote_found integer,
    added_by bigint references app_user (id),
    created_at datetime2 not null
);
create index ix_source_claim on source (claim_id);

create table verdict (
    id bigint identity(1,1) primary key,
    claim_id bigint not null references claim (id),
    author_id bigint not null references app_user (id),
    rating nvarchar(max) not null,
    summary nvarchar(max) not null,
    rationale nvarchar(max),
    created_at datetime2 not null
);
create index ix_verdict_claim on verdict (claim_id, id);

create table verdict_source (
    verdict_id bigint not null references verdict (id),
    source_id bigint not null references source (id),
    primary key (verdict_id, source_id)
);

create table journal (
    id bigint identity(1,1) primary key,
    instance_id bigint not null,
    at datetime2 not null,
    kind nvarchar(max) not null,
    actor nvarchar(max) not null,
    actor_id bigint,
    trigger_name nvarchar(max),
    from_state nvarchar(max),
    to_state nvarchar(max),
    note nvarchar(max),
    payload nvarchar(max)
);
create index ix_journal_instance on journal (instance_id, id);

create table job (
    id bigint identity(1,1) primary key,
    instance_id bigint not null,
    activity nvarchar(max) not null,
    state nvarchar(100) not null,
    state_version bigint not null,
    run_at datetime2 not null,
    attempts integer not null default 0,
    max_attempts integer not null,
    backoff_ms bigint not null,
    then_trigger nvarchar(max),
    idempotency_key nvarchar(300) not null unique,
    status nvarchar(20) not null default N'pending',
    lease_owner nvarchar(max),
    lease_expires_at datetime2,
    last_error nvarchar(max),
    created_at datetime2 not null,
    finished_at datetime2
);
create index ix_job_due on job (status, run_at, id);
create index ix_job_instance on job (instance_id);

create table incident (
    id bigint identity(1,1) primary key,
    job_id bigint not null references job (id),
    instance_id bigint not null,
    activity nvarchar(max) not null,
    error nvarchar(max) not null,
    created_at datetime2 not null,
    resolved_at datetime2
);
create index ix_incident_open on incident (resolved_at, id);
