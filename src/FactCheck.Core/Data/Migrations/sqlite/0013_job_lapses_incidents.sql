-- Poison jobs: how often a job's lease lapsed without an outcome (its worker died running it); at FactCheck:Worker:PoisonAfterLapses it becomes an incident.
alter table job add column lapses integer not null default 0;
-- An incident closed without running its job again: who closed it and why.
alter table incident add column resolved_by text;
alter table incident add column resolution text;
