create table api_token (
    id integer primary key autoincrement,
    name text not null unique,
    user_id integer not null references app_user (id),
    token_hash text not null unique,
    created_at text not null,
    last_used_at text,
    revoked_at text
);
