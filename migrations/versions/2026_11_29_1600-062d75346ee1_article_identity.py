"""Article identity and authors: articles.uri (unique), url, outlet and language; article_authors.

Two files named story.txt in different folders were both source 'story.txt', and a JSON
line's url was thrown away. articles.uri is now each article's identity: its page's or
line's URL, else the input's absolute file:// URI (#id for a JSON line), else
urn:sha256:<content_hash>. Existing rows keep their source; their uri is the URL the
source is (or ends with, after '#', for a JSON line named by its url), else the
urn:sha256 of their text, which is unique, since where they were read is not stored. Their
url is that URL and their outlet its host; their language 'en'.

The byline's authors were person mentions labeled 'byline', counted as mentions in the
text; they move to article_authors, in byline order, and leave mentions. Entities stay.
From now on, a page's or JSON line's authors (from its metadata) are article_authors too,
without offsets.

downgrade() puts the byline authors back as byline mentions (their text read from the
article at the stored offsets; authors from metadata were never mentions) and drops the
new columns and table: source was never changed.

Revision ID: 062d75346ee1
Revises: 2b6f1d8e4a57
Create Date: 2026-11-29 16:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '062d75346ee1'
down_revision: str | Sequence[str] | None = '2b6f1d8e4a57'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE_COMMENT = (
    'One row per article: its identity (uri) and its text. Offsets in every other table index articles.text.'
)
PREVIOUS_TABLE_COMMENT = 'One row per distinct article text. Offsets in every other table index articles.text.'
URI_COMMENT = (
    "The article's identity, unique: the page's or JSON line's URL when it has one, else the input's absolute "
    "file:// URI (with #id, or #line-N, for a JSON line), or urn:sha256:<content_hash> for standard input. "
    "A new text at the same URI replaces the article."
)
URL_COMMENT = "The page's or JSON line's http(s) URL, when it has one."
OUTLET_COMMENT = "Who published it: the page's site name, a JSON line's outlet, else the URL's host; NULL when unknown."
LANGUAGE_COMMENT = "ISO 639 code of the article's language, from the page's metadata or a JSON line; en where unknown."
AUTHORS_COMMENT = (
    "Who wrote each article: the persons its byline (or a page's or JSON line's metadata) names, "
    "in that order. A byline name is not a mention in the text (the mentions table does not count it)."
)

# The URL a stored source names: the source itself, or what follows '#' in a JSON line's
# name when the line was named by its url (archive.jsonl#https://...). When several rows
# name one URL (its text changed between runs), the latest keeps it.
FILL_IDENTITY = r"""
WITH named AS (
    SELECT id, substring(source from '(?:^|#)(https?://[^#\s]+(?:#.*)?)$') AS url FROM articles
), kept AS (
    SELECT id, url, row_number() OVER (PARTITION BY url ORDER BY id DESC) AS newest FROM named
)
UPDATE articles a
SET uri = CASE WHEN kept.url IS NOT NULL AND kept.newest = 1 THEN kept.url ELSE 'urn:sha256:' || a.content_hash END,
    url = kept.url,
    outlet = substring(kept.url from '^https?://(?\:www\.)?([^/:?#]+)')
FROM kept
WHERE kept.id = a.id
"""

MOVE_BYLINES = """
INSERT INTO article_authors (article_id, position, actor_id, start_char, end_char)
SELECT article_id, row_number() OVER (PARTITION BY article_id ORDER BY start_char), actor_id, start_char, end_char
FROM (
    SELECT DISTINCT ON (article_id, actor_id) article_id, actor_id, start_char, end_char
    FROM mentions WHERE label = 'byline' AND actor_id IS NOT NULL
    ORDER BY article_id, actor_id, start_char
) AS first_naming;
DELETE FROM mentions WHERE label = 'byline' AND actor_id IS NOT NULL;
"""

RESTORE_BYLINES = """
INSERT INTO mentions (article_id, actor_id, start_char, end_char, text, label)
SELECT au.article_id, au.actor_id, au.start_char, au.end_char,
       substr(a.text, au.start_char + 1, au.end_char - au.start_char), 'byline'
FROM article_authors au JOIN articles a ON a.id = au.article_id
WHERE au.start_char IS NOT NULL
ON CONFLICT DO NOTHING
"""


def upgrade() -> None:
    op.add_column('articles', sa.Column('uri', sa.Text(), nullable=True, comment=URI_COMMENT))
    op.add_column('articles', sa.Column('url', sa.Text(), nullable=True, comment=URL_COMMENT))
    op.add_column('articles', sa.Column('outlet', sa.Text(), nullable=True, comment=OUTLET_COMMENT))
    op.add_column('articles', sa.Column('language', sa.Text(), server_default=sa.text("'en'"), nullable=False,
                                        comment=LANGUAGE_COMMENT))
    op.execute(sa.text(FILL_IDENTITY))
    op.alter_column('articles', 'uri', existing_type=sa.Text(), nullable=False, existing_comment=URI_COMMENT)
    op.create_unique_constraint(op.f('uq_articles_uri'), 'articles', ['uri'])
    op.create_index(op.f('ix_articles_outlet'), 'articles', ['outlet'], unique=False)
    op.create_check_constraint(op.f('ck_articles_language_iso639'), 'articles', "language ~ '^[a-z]{2,3}$'")
    op.create_table_comment('articles', TABLE_COMMENT, existing_comment=PREVIOUS_TABLE_COMMENT)

    op.create_table(
        'article_authors',
        sa.Column('article_id', sa.BigInteger(), nullable=False, comment='The article.'),
        sa.Column('position', sa.SmallInteger(), nullable=False,
                  comment='1 for the byline\'s first author, 2 for the second...'),
        sa.Column('actor_id', sa.BigInteger(), nullable=False, comment='The author (actors.id, a named person).'),
        sa.Column('start_char', sa.Integer(), nullable=True,
                  comment="Offset of the author's name in the byline (articles.text); NULL for an author from metadata."),
        sa.Column('end_char', sa.Integer(), nullable=True, comment="Offset just past the author's name in the byline."),
        sa.CheckConstraint('position >= 1', name=op.f('ck_article_authors_position_positive')),
        sa.CheckConstraint('0 <= start_char AND start_char < end_char', name=op.f('ck_article_authors_span_order')),
        sa.CheckConstraint('(start_char IS NULL) = (end_char IS NULL)', name=op.f('ck_article_authors_span_together')),
        sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_article_authors_actor_id_actors'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_authors_article_id_articles'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('article_id', 'position', name=op.f('pk_article_authors')),
        sa.UniqueConstraint('article_id', 'actor_id', name=op.f('uq_article_authors_article_id_actor_id')),
        comment=AUTHORS_COMMENT,
    )
    op.create_index(op.f('ix_article_authors_actor_id'), 'article_authors', ['actor_id'], unique=False)
    op.execute(sa.text(MOVE_BYLINES))


def downgrade() -> None:
    op.execute(sa.text(RESTORE_BYLINES))
    op.drop_index(op.f('ix_article_authors_actor_id'), table_name='article_authors')
    op.drop_table('article_authors')

    op.create_table_comment('articles', PREVIOUS_TABLE_COMMENT, existing_comment=TABLE_COMMENT)
    op.drop_constraint(op.f('ck_articles_language_iso639'), 'articles', type_='check')
    op.drop_index(op.f('ix_articles_outlet'), table_name='articles')
    op.drop_constraint(op.f('uq_articles_uri'), 'articles', type_='unique')
    for column in ('language', 'outlet', 'url', 'uri'):
        op.drop_column('articles', column)
