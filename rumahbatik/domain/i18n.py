"""Marking strings for translation below the ui layer.

Qt's ``pyside6-lupdate`` extracts ``QT_TRANSLATE_NOOP("Context", "text")`` calls by their
spelling, so the domain can mark its message templates without importing Qt. The ui layer
translates them at display time with ``QCoreApplication.translate(context, text)``.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's spelling
    """Return ``text`` unchanged; the call only marks it for extraction."""
    return text
