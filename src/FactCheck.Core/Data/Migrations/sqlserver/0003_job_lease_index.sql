create index ix_job_lease on job (status, lease_expires_at);
