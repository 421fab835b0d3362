"""add archived flag to questionnaires

Revision ID: 015_add_archived_flag
Revises: 014_create_asset_tags
Create Date: 2025-07-18 11:37:22.566379

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '015_add_archived_flag'
down_revision = '014_create_asset_tags'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "questionnaires",
        sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("questionnaires") as batch:
        batch.drop_column("archived")
