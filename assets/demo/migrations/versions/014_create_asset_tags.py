"""create asset tags

Revision ID: 014_create_asset_tags
Revises: 013_add_response_comments
Create Date: 2025-07-09 08:19:41.554034

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '014_create_asset_tags'
down_revision = '013_add_response_comments'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "asset_tags",
        sa.Column("asset_id", sa.Integer(), sa.ForeignKey("assets.id"), primary_key=True),
        sa.Column("tag", sa.String(50), primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("asset_tags")
