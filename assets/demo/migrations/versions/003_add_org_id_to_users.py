"""add organization id to users

Revision ID: 003_add_org_id_to_users
Revises: 002_create_organizations
Create Date: 2025-03-30 20:05:10.418239

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '003_add_org_id_to_users'
down_revision = '002_create_organizations'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("organization_id", sa.Integer(), nullable=True))
    op.create_index("ix_users_organization_id", "users", ["organization_id"])


def downgrade() -> None:
    op.drop_index("ix_users_organization_id", table_name="users")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("organization_id")
