-- The newest event a user has seen on the notifications page: the desk's nav counts the newer ones.
alter table app_user add column events_seen_id integer not null default 0;
