create table api_token (
    id bigint identity(1,1) primary key,
    name nvarchar(100) not null unique,
    user_id bigint not null references app_user (id),
    token_hash nvarchar(100) not null unique,
    created_at datetime2 not null,
    last_used_at datetime2,
    revoked_at datetime2
);
