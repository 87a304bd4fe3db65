-- The claim as checked: whether its speaker is a person or an organisation (ClaimReview's author type; the checker can change it).
alter table claim add column speaker_kind text;
-- A verdict sent back (or corrected after publishing) is superseded: a new verdict is needed before approval.
alter table verdict add column superseded_at text;
-- A source can be corrected or removed before approval (removed sources stay for the journal, out of every list);
-- a primary source can be marked as the channel's original (ClaimReview firstAppearance).
alter table source add column removed_at text;
alter table source add column is_original integer not null default 0;
-- Cards: the words the article itself quotes (only these appear in quotation marks), the speaker's type, the article's
-- outlet (appearance.publisher), the original report (firstAppearance), and the reviewer's display name.
alter table claim_card add column quote text;
alter table claim_card add column speaker_kind text;
alter table claim_card add column outlet text;
alter table claim_card add column original_url text;
alter table claim_card add column original_title text;
-- Events addressed to one user (the checker whose verdict was sent back), not to a role.
alter table outbox add column recipient_id integer;
