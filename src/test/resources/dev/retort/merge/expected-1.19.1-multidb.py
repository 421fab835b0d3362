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


def upgrade(engine_name: str) -> None:
    """Upgrade schema."""
    globals()["upgrade_%s" % engine_name]()


def downgrade(engine_name: str) -> None:
    """Downgrade schema."""
    globals()["downgrade_%s" % engine_name]()





def upgrade_engine1() -> None:
    """Upgrade engine1 schema."""
    pass


def downgrade_engine1() -> None:
    """Downgrade engine1 schema."""
    pass


def upgrade_engine2() -> None:
    """Upgrade engine2 schema."""
    pass


def downgrade_engine2() -> None:
    """Downgrade engine2 schema."""
    pass

