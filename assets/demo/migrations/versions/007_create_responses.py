"""create questionnaire responses

Revision ID: 007_create_responses
Revises: 006_create_questions
Create Date: 2025-05-06 09:15:54.467619

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '007_create_responses'
down_revision = '006_create_questions'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "questionnaire_responses",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("question_id", sa.Integer(), sa.ForeignKey("questions.id"), nullable=False),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("answer", sa.Text(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("questionnaire_responses")
