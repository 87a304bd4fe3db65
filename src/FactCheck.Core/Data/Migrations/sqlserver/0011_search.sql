-- "Has this been checked already?": see the SQLite script for the design.
create table search_doc (
    seq bigint identity(1,1) primary key,
    kind nvarchar(8) not null,
    ref_id bigint not null,
    text nvarchar(max) not null,
    embedding varbinary(max) not null,
    published smallint not null default 0
);
create unique index ux_search_doc_ref on search_doc (kind, ref_id);

create table external_check (
    id bigint identity(1,1) primary key,
    url nvarchar(850) not null,
    organisation nvarchar(400) not null,
    claim nvarchar(max) not null,
    claimant nvarchar(400),
    rating nvarchar(400),
    headline nvarchar(max),
    reviewed_on nvarchar(10),
    language nvarchar(16),
    imported_from nvarchar(2000),
    imported_at datetime2 not null
);
create unique index ux_external_check_url on external_check (url);
