-- A per-user session stamp: signing out (or an admin ending sessions) changes it, and every cookie issued before is refused.
alter table app_user add session_stamp nvarchar(64) not null default '';
-- /healthz writes here to tell a database it can read from one it can also write to.
create table health_check (id int primary key, checked_at datetime2 not null);
insert into health_check (id, checked_at) values (1, sysutcdatetime());
