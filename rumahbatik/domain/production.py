"""Words and rules of production: the stages of making batik and the states of a batch."""

from __future__ import annotations

import enum

from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP


class Stage(enum.StrEnum):
    POLA = "pola"  # drawing the pattern on the cloth
    NGLOWONG = "nglowong"  # first waxing of the outlines (nyanting)
    NEMBOK = "nembok"  # covering areas with wax to keep them from the dye
    PEWARNAAN = "pewarnaan"  # dyeing
    NGLOROD = "nglorod"  # boiling the wax off
    FINISHING = "finishing"  # washing, drying, ironing, hemming


#: The usual order; a recipe may leave stages out.
STAGE_ORDER: tuple[Stage, ...] = tuple(Stage)

STAGE_LABELS: dict[Stage, str] = {
    Stage.POLA: QT_TRANSLATE_NOOP("Production", "Pola (pattern)"),
    Stage.NGLOWONG: QT_TRANSLATE_NOOP("Production", "Nglowong / nyanting"),
    Stage.NEMBOK: QT_TRANSLATE_NOOP("Production", "Nembok (wax cover)"),
    Stage.PEWARNAAN: QT_TRANSLATE_NOOP("Production", "Pewarnaan (dyeing)"),
    Stage.NGLOROD: QT_TRANSLATE_NOOP("Production", "Nglorod (wax removal)"),
    Stage.FINISHING: QT_TRANSLATE_NOOP("Production", "Finishing"),
}


class BatchStatus(enum.StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    CANCELLED = "cancelled"


BATCH_STATUS_LABELS: dict[BatchStatus, str] = {
    BatchStatus.PLANNED: QT_TRANSLATE_NOOP("Production", "Planned"),
    BatchStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Production", "In progress"),
    BatchStatus.FINISHED: QT_TRANSLATE_NOOP("Production", "Finished"),
    BatchStatus.CANCELLED: QT_TRANSLATE_NOOP("Production", "Cancelled"),
}


class PaymentMethod(enum.StrEnum):
    CASH = "cash"
    TRANSFER = "transfer"


PAYMENT_METHOD_LABELS: dict[PaymentMethod, str] = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("Production", "Cash"),
    PaymentMethod.TRANSFER: QT_TRANSLATE_NOOP("Production", "Bank transfer"),
}
