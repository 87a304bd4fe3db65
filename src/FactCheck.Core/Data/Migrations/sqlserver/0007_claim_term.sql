-- The normalised words of each claim, for finding claims already on the desk or already checked (SimilarClaims).
-- Filled for existing claims by the migrator after this script (the words are computed in C#).
create table claim_term (
    claim_id bigint not null references claim (id),
    term nvarchar(64) not null,
    primary key (claim_id, term)
);
create index ix_claim_term_term on claim_term (term, claim_id);
