"""Claim kinds: claims.kind tells what a claim reports, so that analysts can tell "said"
from "believes". speech ("X said ...", "according to X"), belief ("X believes ...",
"aides expect ..."), intention ("X wants ...", "X plans ..."), knowledge ("X knows ...")
or evidence ("polls show ...", "records indicate ..."). Rows loaded before this revision
were all reported speech: the server default fills them with 'speech'.

analytics.claim_sources gains the kind as its last column (CREATE OR REPLACE VIEW may only
append columns). downgrade() drops the view, creates it again from the text it had before
and drops the column. The SQL is inlined: a revision must create the same views forever;
schema/views/claim_sources.sql equals VIEWS here (a test checks it).

Revision ID: 886f09e6d610
Revises: a4c7e2f19b63
Create Date: 2026-11-29 14:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '886f09e6d610'
down_revision: str | Sequence[str] | None = 'a4c7e2f19b63'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS = "'speech', 'belief', 'intention', 'knowledge', 'evidence'"

VIEWS: dict[str, str] = {
    "claim_sources": """\
-- analytics.claim_sources
-- Answers: who is reported as saying what, without quotation marks ("X said that ...",
-- "according to X")? One row per claim, with its claimant, the claimant's roles in
-- that article, the cue and offsets into the article; kind tells what was said from what
-- is believed, intended, known or shown ("X believes ...", "polls show ...").
CREATE OR REPLACE VIEW analytics.claim_sources AS
SELECT
    c.id AS claim_id,
    a.id AS article_id,
    a.source AS article_source,
    a.title AS article_title,
    a.published,
    coalesce(ac.name, o.name) AS claimant,
    CASE WHEN ac.id IS NOT NULL THEN ac.kind WHEN o.id IS NOT NULL THEN 'organization' END AS claimant_kind,
    ar.roles AS claimant_roles,
    c.cue,
    c.text AS claim,
    c.start_char,
    c.end_char,
    c.cue_start,
    c.cue_end,
    c.claimant_actor_id,
    c.claimant_organization_id,
    c.kind
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN actors ac ON ac.id = c.claimant_actor_id
LEFT JOIN organizations o ON o.id = c.claimant_organization_id
LEFT JOIN analytics.actor_roles ar ON ar.actor_id = c.claimant_actor_id AND ar.article_id = c.article_id;

COMMENT ON VIEW analytics.claim_sources IS 'Reported speech and its sources: one row per claim with its article, claimant, the claimant''s roles in that article, cue and offsets.';
COMMENT ON COLUMN analytics.claim_sources.claim_id IS 'The claim (claims.id).';
COMMENT ON COLUMN analytics.claim_sources.article_id IS 'Article the claim is in (articles.id).';
COMMENT ON COLUMN analytics.claim_sources.article_source IS 'Input the article was loaded from: file name, record id or URL.';
COMMENT ON COLUMN analytics.claim_sources.article_title IS 'Headline of the article, when it has one.';
COMMENT ON COLUMN analytics.claim_sources.published IS 'Publication date of the article, when known.';
COMMENT ON COLUMN analytics.claim_sources.claimant IS 'Who is reported as saying it: a person, an anonymous source or an organization; NULL when the extractor found none.';
COMMENT ON COLUMN analytics.claim_sources.claimant_kind IS 'named, anonymous or organization; NULL when there is no claimant.';
COMMENT ON COLUMN analytics.claim_sources.claimant_roles IS 'Roles the same article gives the claimant, separated by "; "; NULL when it gives none.';
COMMENT ON COLUMN analytics.claim_sources.cue IS 'Reporting verb or phrase, as written: said, told, according to.';
COMMENT ON COLUMN analytics.claim_sources.claim IS 'What was claimed (its content only), exactly as in the article.';
COMMENT ON COLUMN analytics.claim_sources.start_char IS 'Offset of the claim''s content in articles.text.';
COMMENT ON COLUMN analytics.claim_sources.end_char IS 'Offset just past the claim''s content.';
COMMENT ON COLUMN analytics.claim_sources.cue_start IS 'Offset of the cue in articles.text.';
COMMENT ON COLUMN analytics.claim_sources.cue_end IS 'Offset just past the cue.';
COMMENT ON COLUMN analytics.claim_sources.claimant_actor_id IS 'Claimant when a person or anonymous source (actors.id).';
COMMENT ON COLUMN analytics.claim_sources.claimant_organization_id IS 'Claimant when an organization (organizations.id).';
COMMENT ON COLUMN analytics.claim_sources.kind IS 'What the claim reports: speech (said, according to), belief (believes), intention (wants), knowledge (knows) or evidence (polls show).';
""",
}

# claim_sources as 7d5a2f0b3c40 created it, for downgrade().
PREVIOUS_VIEWS: dict[str, str] = {
    "claim_sources": """\
-- analytics.claim_sources
-- Answers: who is reported as saying what, without quotation marks ("X said that ...",
-- "according to X")? One row per claim, with its claimant, the claimant's roles in
-- that article, the cue and offsets into the article.
CREATE VIEW analytics.claim_sources AS
SELECT
    c.id AS claim_id,
    a.id AS article_id,
    a.source AS article_source,
    a.title AS article_title,
    a.published,
    coalesce(ac.name, o.name) AS claimant,
    CASE WHEN ac.id IS NOT NULL THEN ac.kind WHEN o.id IS NOT NULL THEN 'organization' END AS claimant_kind,
    ar.roles AS claimant_roles,
    c.cue,
    c.text AS claim,
    c.start_char,
    c.end_char,
    c.cue_start,
    c.cue_end,
    c.claimant_actor_id,
    c.claimant_organization_id
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN actors ac ON ac.id = c.claimant_actor_id
LEFT JOIN organizations o ON o.id = c.claimant_organization_id
LEFT JOIN analytics.actor_roles ar ON ar.actor_id = c.claimant_actor_id AND ar.article_id = c.article_id;

COMMENT ON VIEW analytics.claim_sources IS 'Reported speech and its sources: one row per claim with its article, claimant, the claimant''s roles in that article, cue and offsets.';
COMMENT ON COLUMN analytics.claim_sources.claim_id IS 'The claim (claims.id).';
COMMENT ON COLUMN analytics.claim_sources.article_id IS 'Article the claim is in (articles.id).';
COMMENT ON COLUMN analytics.claim_sources.article_source IS 'Input the article was loaded from: file name, record id or URL.';
COMMENT ON COLUMN analytics.claim_sources.article_title IS 'Headline of the article, when it has one.';
COMMENT ON COLUMN analytics.claim_sources.published IS 'Publication date of the article, when known.';
COMMENT ON COLUMN analytics.claim_sources.claimant IS 'Who is reported as saying it: a person, an anonymous source or an organization; NULL when the extractor found none.';
COMMENT ON COLUMN analytics.claim_sources.claimant_kind IS 'named, anonymous or organization; NULL when there is no claimant.';
COMMENT ON COLUMN analytics.claim_sources.claimant_roles IS 'Roles the same article gives the claimant, separated by "; "; NULL when it gives none.';
COMMENT ON COLUMN analytics.claim_sources.cue IS 'Reporting verb or phrase, as written: said, told, according to.';
COMMENT ON COLUMN analytics.claim_sources.claim IS 'What was claimed (its content only), exactly as in the article.';
COMMENT ON COLUMN analytics.claim_sources.start_char IS 'Offset of the claim''s content in articles.text.';
COMMENT ON COLUMN analytics.claim_sources.end_char IS 'Offset just past the claim''s content.';
COMMENT ON COLUMN analytics.claim_sources.cue_start IS 'Offset of the cue in articles.text.';
COMMENT ON COLUMN analytics.claim_sources.cue_end IS 'Offset just past the cue.';
COMMENT ON COLUMN analytics.claim_sources.claimant_actor_id IS 'Claimant when a person or anonymous source (actors.id).';
COMMENT ON COLUMN analytics.claim_sources.claimant_organization_id IS 'Claimant when an organization (organizations.id).';
""",
}


def upgrade() -> None:
    op.add_column('claims', sa.Column(
        'kind', sa.Text(), server_default=sa.text("'speech'"), nullable=False,
        comment='What the claim reports: speech (said, told, according to), belief (believes, expects), '
        'intention (wants, plans), knowledge (knows, learned) or evidence (polls show, records indicate).',
    ))
    op.create_check_constraint(op.f('ck_claims_kind'), 'claims', f"kind IN ({KINDS})")
    for sql in VIEWS.values():
        op.execute(sa.text(sql))


def downgrade() -> None:
    # Not CASCADE: a view an analyst built on claim_sources stops the downgrade rather than vanishing.
    for name in PREVIOUS_VIEWS:
        op.execute(f"DROP VIEW analytics.{name}")
    for sql in PREVIOUS_VIEWS.values():
        op.execute(sa.text(sql))
    op.drop_constraint(op.f('ck_claims_kind'), 'claims', type_='check')
    op.drop_column('claims', 'kind')
