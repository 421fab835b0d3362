"""add reviewer comments to responses

Revision ID: 013_add_response_comments
Revises: 012_add_questionnaire_due_date
Create Date: 2025-06-30 05:02:00.541689

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '013_add_response_comments'
down_revision = '012_add_questionnaire_due_date'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("questionnaire_responses", sa.Column("reviewer_comment", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("questionnaire_responses") as batch:
        batch.drop_column("reviewer_comment")
