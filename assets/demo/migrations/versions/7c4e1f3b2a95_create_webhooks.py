"""create webhooks

Revision ID: 7c4e1f3b2a95
Revises: 3a9f1c2e7b10
Create Date: 2025-08-24 00:48:06.615759

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7c4e1f3b2a95'
down_revision = '3a9f1c2e7b10'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "webhooks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("organization_id", sa.Integer(), sa.ForeignKey("organizations.id"), nullable=False),
        sa.Column("url", sa.String(500), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("webhooks")
