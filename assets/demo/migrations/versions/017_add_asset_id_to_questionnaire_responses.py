"""add asset id to questionnaire responses

Revision ID: 017_add_asset_id_to_questionnaire_responses
Revises: 016_add_security_constraints
Create Date: 2025-07-29 19:58:14.579155

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '017_add_asset_id_to_questionnaire_responses'
down_revision = '016_add_security_constraints'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # batch mode: SQLite cannot add a foreign key to an existing table in place
    with op.batch_alter_table("questionnaire_responses") as batch:
        batch.add_column(sa.Column("asset_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_questionnaire_responses_asset_id", "assets", ["asset_id"], ["id"])
    op.create_index("ix_questionnaire_responses_asset_id", "questionnaire_responses", ["asset_id"])


def downgrade() -> None:
    op.drop_index("ix_questionnaire_responses_asset_id", table_name="questionnaire_responses")
    with op.batch_alter_table("questionnaire_responses") as batch:
        batch.drop_constraint("fk_questionnaire_responses_asset_id", type_="foreignkey")
        batch.drop_column("asset_id")
