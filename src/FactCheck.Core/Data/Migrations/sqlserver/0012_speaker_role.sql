-- The speaker's role or title, apart from the name ("Eric Stubbs", role "Assistant Commissioner"); the card shows both.
alter table claim add speaker_role nvarchar(300) null;
alter table claim_card add speaker_role nvarchar(300) null;
