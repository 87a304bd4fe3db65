create table audit_entry (
    id integer primary key autoincrement,
    at text not null,
    actor text not null,
    action text not null,
    subject text not null,
    detail text
);
