alter table job add column input text;

create table outbox (
    id integer primary key autoincrement,
    kind text not null,
    instance_id integer,
    role text,
    payload text,
    idempotency_key text not null unique,
    created_at text not null,
    delivered_at text
);
create index ix_outbox_pending on outbox (delivered_at, id);

create table source_suggestion (
    id integer primary key autoincrement,
    claim_id integer not null references claim (id),
    name text not null,
    url text not null,
    reason text not null,
    created_at text not null,
    unique (claim_id, url)
);

create table claim_card (
    id integer primary key autoincrement,
    claim_id integer not null references claim (id),
    version integer not null,
    verdict_id integer not null references verdict (id),
    rating text not null,
    summary text not null,
    idempotency_key text not null unique,
    published_at text not null,
    unique (claim_id, version)
);
