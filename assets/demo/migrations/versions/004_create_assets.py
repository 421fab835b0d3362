"""create assets

Revision ID: 004_create_assets
Revises: 003_add_org_id_to_users
Create Date: 2025-04-08 23:22:51.430584

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '004_create_assets'
down_revision = '003_add_org_id_to_users'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("organization_id", sa.Integer(), sa.ForeignKey("organizations.id"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(50), nullable=False, server_default="server"),
    )


def downgrade() -> None:
    op.drop_table("assets")
