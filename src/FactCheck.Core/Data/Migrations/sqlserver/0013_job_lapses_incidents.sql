-- Poison jobs: how often a job's lease lapsed without an outcome (its worker died running it); at FactCheck:Worker:PoisonAfterLapses it becomes an incident.
alter table job add lapses int not null default 0;
-- An incident closed without running its job again: who closed it and why.
alter table incident add resolved_by nvarchar(200) null;
alter table incident add resolution nvarchar(2000) null;
