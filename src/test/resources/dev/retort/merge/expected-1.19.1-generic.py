"""merge heads

Revision ID: cef530e273d4
Revises: 017_add_asset_id, 1687c833bfcc
Create Date: 2024-01-15 09:30:00.123456

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'cef530e273d4'
down_revision: Union[str, Sequence[str], None] = ('017_add_asset_id', '1687c833bfcc')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
