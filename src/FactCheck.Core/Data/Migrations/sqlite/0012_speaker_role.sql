-- The speaker's role or title, apart from the name ("Eric Stubbs", role "Assistant Commissioner"); the card shows both.
alter table claim add column speaker_role text;
alter table claim_card add column speaker_role text;
