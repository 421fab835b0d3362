"""create questionnaires

Revision ID: 005_create_questionnaires
Revises: 004_create_assets
Create Date: 2025-04-18 02:40:32.442929

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '005_create_questionnaires'
down_revision = '004_create_assets'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "questionnaires",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("organization_id", sa.Integer(), sa.ForeignKey("organizations.id"), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("questionnaires")
