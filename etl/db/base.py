"""Declarative base with named constraints and the column shapes the models share."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from sqlalchemy import BigInteger, Identity, MetaData, Text
from sqlalchemy.dialects.postgresql import TIMESTAMP, UUID
from sqlalchemy.orm import DeclarativeBase, mapped_column

# Named constraints make migrations reviewable and downgrades exact.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Base(DeclarativeBase):
    metadata = metadata
    type_annotation_map = {
        str: Text(),
        dt.datetime: TIMESTAMP(timezone=True),
        uuid.UUID: UUID(as_uuid=True),
    }


IdPk = Annotated[int, mapped_column(BigInteger, Identity(always=True), primary_key=True)]
Offset = Annotated[int, mapped_column(nullable=False)]
