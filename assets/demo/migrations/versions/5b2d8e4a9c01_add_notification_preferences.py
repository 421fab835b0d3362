"""add notification preferences

Revision ID: 5b2d8e4a9c01
Revises: 3a9f1c2e7b10
Create Date: 2025-08-14 21:30:25.603414

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5b2d8e4a9c01'
down_revision = '3a9f1c2e7b10'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notification_preferences",
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), primary_key=True),
        sa.Column("channel", sa.String(20), primary_key=True),
        sa.Column("enabled", sa.Boolean(), nullable=False, server_default=sa.true()),
    )


def downgrade() -> None:
    op.drop_table("notification_preferences")
