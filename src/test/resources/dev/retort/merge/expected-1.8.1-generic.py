"""merge heads

Revision ID: cef530e273d4
Revises: 017_add_asset_id, 1687c833bfcc
Create Date: 2024-01-15 09:30:00.123456

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'cef530e273d4'
down_revision = ('017_add_asset_id', '1687c833bfcc')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
