alter table claim_card add
    slug nvarchar(300), claim_text nvarchar(max), speaker nvarchar(300), channel nvarchar(300),
    appeared_url nvarchar(2000), appeared_title nvarchar(500), appeared_at datetime2,
    rationale nvarchar(max), reviewer nvarchar(100), approver nvarchar(100), sources_json nvarchar(max),
    correction_note nvarchar(max);
create index ix_claim_card_slug on claim_card (slug, version);
