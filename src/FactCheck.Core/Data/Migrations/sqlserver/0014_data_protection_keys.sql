-- ASP.NET Core data-protection keys (they protect sign-in cookies and anti-forgery tokens), kept in the database so
-- that several web nodes on one database share sign-ins. Used when FactCheck:DataProtection:KeysDirectory is not set
-- and the database is not SQLite.
create table data_protection_key (
    id bigint identity(1,1) primary key,
    friendly_name nvarchar(200) not null unique,
    xml nvarchar(max) not null,
    created_at datetimeoffset not null
);
