alter table job add input nvarchar(max);

create table outbox (
    id bigint identity(1,1) primary key,
    kind nvarchar(100) not null,
    instance_id bigint,
    role nvarchar(100),
    payload nvarchar(max),
    idempotency_key nvarchar(300) not null unique,
    created_at datetime2 not null,
    delivered_at datetime2
);
create index ix_outbox_pending on outbox (delivered_at, id);

create table source_suggestion (
    id bigint identity(1,1) primary key,
    claim_id bigint not null references claim (id),
    name nvarchar(300) not null,
    url nvarchar(800) not null,
    reason nvarchar(max) not null,
    created_at datetime2 not null,
    unique (claim_id, url)
);

create table claim_card (
    id bigint identity(1,1) primary key,
    claim_id bigint not null references claim (id),
    version int not null,
    verdict_id bigint not null references verdict (id),
    rating nvarchar(100) not null,
    summary nvarchar(max) not null,
    idempotency_key nvarchar(300) not null unique,
    published_at datetime2 not null,
    unique (claim_id, version)
);
