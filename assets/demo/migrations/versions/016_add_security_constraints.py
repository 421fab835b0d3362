"""add security constraints

Revision ID: 016_add_security_constraints
Revises: 015_add_archived_flag
Create Date: 2025-07-27 14:55:03.578724

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '016_add_security_constraints'
down_revision = '015_add_archived_flag'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite cannot add constraints to an existing table; batch mode rebuilds the table
    with op.batch_alter_table("users") as batch:
        batch.create_check_constraint("ck_users_email_has_at", "email LIKE '%@%'")
    with op.batch_alter_table("assets") as batch:
        batch.create_unique_constraint("uq_assets_org_name", ["organization_id", "name"])


def downgrade() -> None:
    with op.batch_alter_table("assets") as batch:
        batch.drop_constraint("uq_assets_org_name", type_="unique")
    with op.batch_alter_table("users") as batch:
        batch.drop_constraint("ck_users_email_has_at", type_="check")
