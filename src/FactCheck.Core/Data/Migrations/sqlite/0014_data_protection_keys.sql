-- ASP.NET Core data-protection keys (they protect sign-in cookies and anti-forgery tokens), kept in the database so
-- that several web nodes on one database share sign-ins. Used when FactCheck:DataProtection:KeysDirectory is not set
-- and the database is not SQLite.
create table data_protection_key (
    id integer primary key autoincrement,
    friendly_name text not null unique,
    xml text not null,
    created_at text not null
);
