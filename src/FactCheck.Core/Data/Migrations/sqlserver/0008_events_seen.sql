-- The newest event a user has seen on the notifications page: the desk's nav counts the newer ones.
alter table app_user add events_seen_id bigint not null default 0;
