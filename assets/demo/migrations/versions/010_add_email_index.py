"""add unique index on user email

Revision ID: 010_add_email_index
Revises: 009_create_audit_log
Create Date: 2025-06-02 19:08:57.504654

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '010_add_email_index'
down_revision = '009_create_audit_log'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_users_email", "users", ["email"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_users_email", table_name="users")
