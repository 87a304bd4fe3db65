create table audit_entry (
    id bigint identity(1,1) primary key,
    at datetime2 not null,
    actor nvarchar(200) not null,
    action nvarchar(50) not null,
    subject nvarchar(200) not null,
    detail nvarchar(1000)
);
