"""merge notification branches

Revision ID: 1687c833bfcc
Revises: 5b2d8e4a9c01, 7c4e1f3b2a95
Create Date: 2025-09-02 04:05:47.628104

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1687c833bfcc'
down_revision = ('5b2d8e4a9c01', '7c4e1f3b2a95')
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
