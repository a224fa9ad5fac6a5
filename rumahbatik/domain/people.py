"""Words and rules about people: techniques, skill levels, genders, customer types."""

from __future__ import annotations

import enum

from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP


class Technique(enum.StrEnum):
    TULIS = "tulis"
    CAP = "cap"
    KOMBINASI = "kombinasi"
    COLET = "colet"
    PRINTING = "printing"


TECHNIQUE_LABELS: dict[Technique, str] = {
    Technique.TULIS: QT_TRANSLATE_NOOP("People", "tulis (hand-drawn)"),
    Technique.CAP: QT_TRANSLATE_NOOP("People", "cap (stamped)"),
    Technique.KOMBINASI: QT_TRANSLATE_NOOP("People", "kombinasi (combined)"),
    Technique.COLET: QT_TRANSLATE_NOOP("People", "colet (hand-painted colour)"),
    Technique.PRINTING: QT_TRANSLATE_NOOP("People", "printing"),
}


class SkillLevel(enum.IntEnum):
    BEGINNER = 1
    CAPABLE = 2
    SKILLED = 3
    MASTER = 4


SKILL_LABELS: dict[SkillLevel, str] = {
    SkillLevel.BEGINNER: QT_TRANSLATE_NOOP("People", "beginner"),
    SkillLevel.CAPABLE: QT_TRANSLATE_NOOP("People", "capable"),
    SkillLevel.SKILLED: QT_TRANSLATE_NOOP("People", "skilled"),
    SkillLevel.MASTER: QT_TRANSLATE_NOOP("People", "master"),
}


class Gender(enum.StrEnum):
    MALE = "L"  # laki-laki
    FEMALE = "P"  # perempuan


GENDER_LABELS: dict[Gender, str] = {
    Gender.MALE: QT_TRANSLATE_NOOP("People", "male"),
    Gender.FEMALE: QT_TRANSLATE_NOOP("People", "female"),
}


class CustomerType(enum.StrEnum):
    WALK_IN = "walk_in"
    RETAIL = "retail"
    WHOLESALE = "wholesale"
    INSTITUTION = "institution"


CUSTOMER_TYPE_LABELS: dict[CustomerType, str] = {
    CustomerType.WALK_IN: QT_TRANSLATE_NOOP("People", "walk-in"),
    CustomerType.RETAIL: QT_TRANSLATE_NOOP("People", "retail"),
    CustomerType.WHOLESALE: QT_TRANSLATE_NOOP("People", "wholesale / reseller"),
    CustomerType.INSTITUTION: QT_TRANSLATE_NOOP("People", "institution"),
}


class MotifStatus(enum.StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    RETIRED = "retired"


MOTIF_STATUS_LABELS: dict[MotifStatus, str] = {
    MotifStatus.DRAFT: QT_TRANSLATE_NOOP("Motifs", "draft"),
    MotifStatus.APPROVED: QT_TRANSLATE_NOOP("Motifs", "approved for production"),
    MotifStatus.RETIRED: QT_TRANSLATE_NOOP("Motifs", "retired"),
}


class RoyaltyKind(enum.StrEnum):
    NONE = "none"
    PERCENT = "percent"
    FIXED = "fixed"
