"""create questions

Revision ID: 006_create_questions
Revises: 005_create_questionnaires
Create Date: 2025-04-27 05:58:13.455274

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '006_create_questions'
down_revision = '005_create_questionnaires'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "questions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("questionnaire_id", sa.Integer(), sa.ForeignKey("questionnaires.id"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("questions")
