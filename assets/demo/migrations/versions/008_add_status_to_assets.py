"""add status to assets

Revision ID: 008_add_status_to_assets
Revises: 007_create_responses
Create Date: 2025-05-15 12:33:35.479964

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '008_add_status_to_assets'
down_revision = '007_create_responses'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("assets", sa.Column("status", sa.String(20), nullable=False, server_default="active"))


def downgrade() -> None:
    with op.batch_alter_table("assets") as batch:
        batch.drop_column("status")
