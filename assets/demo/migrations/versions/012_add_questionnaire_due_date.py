"""add due date to questionnaires

Revision ID: 012_add_questionnaire_due_date
Revises: 011_create_attachments
Create Date: 2025-06-21 01:44:19.529344

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '012_add_questionnaire_due_date'
down_revision = '011_create_attachments'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("questionnaires", sa.Column("due_date", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("questionnaires") as batch:
        batch.drop_column("due_date")
