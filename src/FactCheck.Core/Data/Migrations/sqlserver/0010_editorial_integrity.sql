-- The claim as checked: whether its speaker is a person or an organisation (ClaimReview's author type; the checker can change it).
alter table claim add speaker_kind nvarchar(max);
-- A verdict sent back (or corrected after publishing) is superseded: a new verdict is needed before approval.
alter table verdict add superseded_at datetime2;
-- A source can be corrected or removed before approval (removed sources stay for the journal, out of every list);
-- a primary source can be marked as the channel's original (ClaimReview firstAppearance).
alter table source add removed_at datetime2;
alter table source add is_original int not null default 0;
-- Cards: the words the article itself quotes (only these appear in quotation marks), the speaker's type, the article's
-- outlet (appearance.publisher), the original report (firstAppearance), and the reviewer's display name.
alter table claim_card add quote nvarchar(max);
alter table claim_card add speaker_kind nvarchar(max);
alter table claim_card add outlet nvarchar(max);
alter table claim_card add original_url nvarchar(max);
alter table claim_card add original_title nvarchar(max);
-- Events addressed to one user (the checker whose verdict was sent back), not to a role.
alter table outbox add recipient_id bigint;
