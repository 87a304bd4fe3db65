alter table claim_card
    add column slug text, add column claim_text text, add column speaker text, add column channel text,
    add column appeared_url text, add column appeared_title text, add column appeared_at timestamptz,
    add column rationale text, add column reviewer text, add column approver text, add column sources_json text,
    add column correction_note text;
create index ix_claim_card_slug on claim_card (slug, version);
