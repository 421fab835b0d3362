"""create attachments

Revision ID: 011_create_attachments
Revises: 010_add_email_index
Create Date: 2025-06-11 22:26:38.516999

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '011_create_attachments'
down_revision = '010_add_email_index'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("response_id", sa.Integer(), sa.ForeignKey("questionnaire_responses.id"), nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("attachments")
